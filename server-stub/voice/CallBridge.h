#pragma once
// The B2BUA's media between the caller's leg and the agent's leg, libre thread only: each
// leg's RTP (audio and telephone-events) is sent on to the other leg as it came when both use
// the same G.711 law (passthrough), or converted packet by packet between A-law and µ-law when
// they differ (the legs are G.711 only, so transcoding needs no clock, buffer or resampling).
// A peer may send either law it offered whatever the answer's first choice, so the law is
// taken from each packet's payload type. The recorder, when given, hears both directions.
// Destroying the bridge unhooks it.
#include <cstdint>
#include <memory>

namespace relais::softphone::media {
class MediaSession;
}

namespace relais::voice {

class CallRecorder;

class CallBridge
{
public:
    enum class Mode { Passthrough, Transcoding }; // as negotiated

    CallBridge(softphone::media::MediaSession &caller, softphone::media::MediaSession &agent,
               CallRecorder *recorder);
    ~CallBridge();
    CallBridge(const CallBridge &) = delete;
    CallBridge &operator=(const CallBridge &) = delete;

    [[nodiscard]] Mode mode() const { return mode_; }
    struct Counters
    {
        std::uint64_t relayed = 0;    // sent on
        std::uint64_t transcoded = 0; // of which converted A↔µ
        std::uint64_t dropped = 0;    // neither G.711 nor a telephone-event the other leg has
    };
    [[nodiscard]] const Counters &toAgent() const { return *toAgent_; }
    [[nodiscard]] const Counters &toCaller() const { return *toCaller_; }

private:
    void relay(softphone::media::MediaSession &from, softphone::media::MediaSession &to,
               bool fromCaller, Counters &counters);

    softphone::media::MediaSession &caller_;
    softphone::media::MediaSession &agent_;
    CallRecorder *recorder_;
    Mode mode_ = Mode::Passthrough;
    std::unique_ptr<Counters> toAgent_ = std::make_unique<Counters>();
    std::unique_ptr<Counters> toCaller_ = std::make_unique<Counters>();
};

} // namespace relais::voice

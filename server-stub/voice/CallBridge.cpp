#include "voice/CallBridge.h"

#include "engine/media/G711Codec.h"
#include "engine/media/MediaSession.h"
#include "voice/CallRecorder.h"

#include <vector>

namespace relais::voice {

using softphone::media::G711Codec;
using softphone::media::MediaSession;
using Side = CallRecorder::Side;

namespace {
constexpr int kPcmu = 0; // static payload types (RFC 3551)
constexpr int kPcma = 8;
} // namespace

CallBridge::CallBridge(MediaSession &caller, MediaSession &agent, CallRecorder *recorder)
    : caller_(caller), agent_(agent), recorder_(recorder)
{
    mode_ = caller.codecName() == agent.codecName() ? Mode::Passthrough : Mode::Transcoding;
    // The caller leg's own audio (prompts, music on hold) ends here: from now on each leg sends
    // what the other leg receives.
    caller.setAudioDevice(nullptr);
    agent.setAudioDevice(nullptr);
    relay(caller, agent, true, *toAgent_);
    relay(agent, caller, false, *toCaller_);
}

CallBridge::~CallBridge()
{
    caller_.setRtpRelay({});
    agent_.setRtpRelay({});
}

void CallBridge::relay(MediaSession &from, MediaSession &to, bool fromCaller, Counters &counters)
{
    struct State
    {
        bool first = true;
        std::vector<std::int16_t> pcm;
        std::vector<std::uint8_t> converted;
    };
    const int outPt = to.payloadType();
    const bool outAlaw = to.codecName() == QLatin1String("PCMA");
    const int eventIn = from.telephoneEventPayloadType();
    const int eventOut = to.telephoneEventPayloadType();
    const Side side = fromCaller ? Side::Caller : Side::Agent;
    CallRecorder *recorder = recorder_;
    auto state = std::make_shared<State>();
    from.setRtpRelay([&to, &counters, outPt, outAlaw, eventIn, eventOut, side, recorder,
                      state](const MediaSession::RtpPacket &p) {
        const int pt = int(p.payloadType);
        // The other leg's first packet starts a new talk spurt (its timestamps are not ours).
        const bool marker = p.marker || state->first;
        if (eventIn >= 0 && pt == eventIn) {
            if (eventOut < 0) {
                ++counters.dropped;
                return;
            }
            state->first = false;
            if (to.sendRtp(std::uint8_t(eventOut), marker, p.timestamp, p.payload, p.size) == 0)
                ++counters.relayed;
            return;
        }
        if (pt != kPcma && pt != kPcmu) {
            ++counters.dropped; // comfort noise and the like
            return;
        }
        const bool alaw = pt == kPcma;
        if (recorder)
            recorder->addG711(side, alaw, p.payload, p.size);
        const std::uint8_t *payload = p.payload;
        std::size_t size = p.size;
        if (alaw != outAlaw) {
            G711Codec(alaw).decode(p.payload, p.size, state->pcm);
            G711Codec(outAlaw).encode(state->pcm.data(), state->pcm.size(), state->converted);
            payload = state->converted.data();
            size = state->converted.size();
            ++counters.transcoded;
        }
        state->first = false;
        if (to.sendRtp(std::uint8_t(outPt), marker, p.timestamp, payload, size) == 0)
            ++counters.relayed;
    });
}

} // namespace relais::voice

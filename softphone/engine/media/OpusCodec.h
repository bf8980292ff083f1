#pragma once
// Opus (libopus), mono, for one call leg. The RTP clock is always 48 kHz (RFC 7587); the
// encoder and decoder run at the PCM rate given (8, 12, 16, 24 or 48 kHz) so the audio device
// needs no resampling. Loss is concealed by the decoder itself, with in-band FEC from the
// next packet when the far end sends it.
#include "AudioCodec.h"

#include <QString>
#include <memory>

struct OpusEncoder;
struct OpusDecoder;

namespace relais::softphone::media {

class OpusCodec : public AudioCodec
{
public:
    struct Settings
    {
        int pcmRate = 48000;
        int bitrate = 32000;
        bool fec = true;             // send in-band FEC (the far end said useinbandfec=1)
        int expectedLossPercent = 5; // how much FEC the encoder plans for
    };

    // Null (with the reason) when libopus refuses the settings.
    static std::unique_ptr<OpusCodec> create(const Settings &settings, QString *error);
    ~OpusCodec() override;
    OpusCodec(const OpusCodec &) = delete;
    OpusCodec &operator=(const OpusCodec &) = delete;

    // The Opus PCM rate closest to `rate` (8000, 12000, 16000, 24000 or 48000).
    static int supportedRate(int rate);

    [[nodiscard]] int pcmRate() const override { return settings_.pcmRate; }
    bool encode(const std::int16_t *pcm, std::size_t count,
                std::vector<std::uint8_t> &out) override;
    bool decode(const std::uint8_t *data, std::size_t size, std::size_t frameSamples,
                std::vector<std::int16_t> &out) override;
    bool conceal(const std::uint8_t *next, std::size_t nextSize, std::size_t frameSamples,
                 std::vector<std::int16_t> &out) override;
    // Lost frames rebuilt from the next packet (FEC, or concealment when it had none).
    [[nodiscard]] std::uint64_t fecFrames() const { return fecFrames_; }

private:
    explicit OpusCodec(const Settings &settings) : settings_(settings) {}

    Settings settings_;
    OpusEncoder *encoder_ = nullptr;
    OpusDecoder *decoder_ = nullptr;
    std::uint64_t fecFrames_ = 0;
};

} // namespace relais::softphone::media

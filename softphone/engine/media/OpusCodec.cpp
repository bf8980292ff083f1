#include "OpusCodec.h"

#include <opus/opus.h>

#include <algorithm>

namespace relais::softphone::media {

namespace {
// A payload holds at most 120 ms of audio (RFC 6716).
std::size_t maxFrameSamples(int rate)
{
    return std::size_t(rate) * 120 / 1000;
}
} // namespace

int OpusCodec::supportedRate(int rate)
{
    for (int r : {8000, 12000, 16000, 24000})
        if (rate <= r)
            return r;
    return 48000;
}

std::unique_ptr<OpusCodec> OpusCodec::create(const Settings &settings, QString *error)
{
    std::unique_ptr<OpusCodec> codec(new OpusCodec(settings));
    codec->settings_.pcmRate = supportedRate(settings.pcmRate);
    const int rate = codec->settings_.pcmRate;
    int err = OPUS_OK;
    codec->encoder_ = opus_encoder_create(rate, 1, OPUS_APPLICATION_VOIP, &err);
    if (err == OPUS_OK)
        codec->decoder_ = opus_decoder_create(rate, 1, &err);
    if (err != OPUS_OK) {
        if (error)
            *error = QStringLiteral("Opus: %1").arg(QString::fromLatin1(opus_strerror(err)));
        return nullptr;
    }
    opus_encoder_ctl(codec->encoder_, OPUS_SET_BITRATE(std::clamp(settings.bitrate, 6000, 510000)));
    opus_encoder_ctl(codec->encoder_, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    opus_encoder_ctl(codec->encoder_, OPUS_SET_INBAND_FEC(settings.fec ? 1 : 0));
    opus_encoder_ctl(codec->encoder_,
                     OPUS_SET_PACKET_LOSS_PERC(settings.fec ? settings.expectedLossPercent : 0));
    return codec;
}

OpusCodec::~OpusCodec()
{
    if (encoder_)
        opus_encoder_destroy(encoder_);
    if (decoder_)
        opus_decoder_destroy(decoder_);
}

bool OpusCodec::encode(const std::int16_t *pcm, std::size_t count, std::vector<std::uint8_t> &out)
{
    out.resize(1500);
    const opus_int32 n = opus_encode(encoder_, pcm, int(count), out.data(), opus_int32(out.size()));
    if (n < 0) {
        out.clear();
        return false;
    }
    out.resize(std::size_t(n));
    return true;
}

bool OpusCodec::decode(const std::uint8_t *data, std::size_t size, std::size_t frameSamples,
                       std::vector<std::int16_t> &out)
{
    out.resize(std::max(frameSamples, maxFrameSamples(settings_.pcmRate)));
    const int n = opus_decode(decoder_, data, opus_int32(size), out.data(), int(out.size()), 0);
    if (n < 0) {
        out.clear();
        return false;
    }
    out.resize(std::size_t(n));
    return true;
}

bool OpusCodec::conceal(const std::uint8_t *next, std::size_t nextSize, std::size_t frameSamples,
                        std::vector<std::int16_t> &out)
{
    out.assign(frameSamples, 0);
    int n = -1;
    // FEC: the next packet may carry a coarse copy of this one (libopus falls back to its
    // plain concealment when it does not).
    if (next && nextSize > 0) {
        n = opus_decode(decoder_, next, opus_int32(nextSize), out.data(), int(frameSamples), 1);
        if (n > 0)
            ++fecFrames_;
    }
    if (n <= 0)
        n = opus_decode(decoder_, nullptr, 0, out.data(), int(frameSamples), 0);
    if (n < 0)
        return false;
    out.resize(frameSamples, 0);
    return true;
}

} // namespace relais::softphone::media

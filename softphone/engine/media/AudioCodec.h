#pragma once
// One audio codec's encoder and decoder for a call leg: 16-bit mono PCM at pcmRate() in and
// out, one RTP payload per frame.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace relais::softphone::media {

class AudioCodec
{
public:
    virtual ~AudioCodec() = default;

    // The rate of the PCM the codec takes and gives (not necessarily its RTP clock rate).
    [[nodiscard]] virtual int pcmRate() const = 0;
    // Encodes one frame; false (and `out` empty) when the codec refuses it.
    virtual bool encode(const std::int16_t *pcm, std::size_t count,
                        std::vector<std::uint8_t> &out) = 0;
    // Decodes one payload into `out` (resized to what it held); false on a corrupt payload.
    virtual bool decode(const std::uint8_t *data, std::size_t size, std::size_t frameSamples,
                        std::vector<std::int16_t> &out) = 0;
    // Fills one lost frame of `frameSamples` from the codec's own concealment, using `next`
    // (the following payload, may be null) for forward error correction. False when the codec
    // has no concealment of its own: the caller conceals.
    virtual bool conceal(const std::uint8_t *next, std::size_t nextSize, std::size_t frameSamples,
                         std::vector<std::int16_t> &out)
    {
        (void)next;
        (void)nextSize;
        (void)frameSamples;
        (void)out;
        return false;
    }
};

} // namespace relais::softphone::media

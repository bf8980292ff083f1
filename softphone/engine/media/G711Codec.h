#pragma once
// G.711 A-law / µ-law (librem's tables), 8 kHz, one byte per sample.
#include "AudioCodec.h"

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace relais::softphone::media {

class G711Codec : public AudioCodec
{
public:
    explicit G711Codec(bool alaw) : alaw_(alaw) {}
    void encode(const std::int16_t *pcm, std::size_t count, std::vector<std::uint8_t> &out) const;
    void decode(const std::uint8_t *data, std::size_t size, std::vector<std::int16_t> &out) const;
    [[nodiscard]] bool isAlaw() const { return alaw_; }

    [[nodiscard]] int pcmRate() const override { return 8000; }
    bool encode(const std::int16_t *pcm, std::size_t count, std::vector<std::uint8_t> &out) override
    {
        std::as_const(*this).encode(pcm, count, out);
        return true;
    }
    bool decode(const std::uint8_t *data, std::size_t size, std::size_t,
                std::vector<std::int16_t> &out) override
    {
        std::as_const(*this).decode(data, size, out);
        return true;
    }

private:
    bool alaw_;
};

} // namespace relais::softphone::media

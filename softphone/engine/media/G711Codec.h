#pragma once
// G.711 A-law / µ-law (librem's tables), 8 kHz, one byte per sample.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace relais::softphone::media {

class G711Codec
{
public:
    explicit G711Codec(bool alaw) : alaw_(alaw) {}
    void encode(const std::int16_t *pcm, std::size_t count, std::vector<std::uint8_t> &out) const;
    void decode(const std::uint8_t *data, std::size_t size, std::vector<std::int16_t> &out) const;
    [[nodiscard]] bool isAlaw() const { return alaw_; }

private:
    bool alaw_;
};

} // namespace relais::softphone::media

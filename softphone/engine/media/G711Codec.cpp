#include "G711Codec.h"

#include "../Libre.h"

namespace relais::softphone::media {

void G711Codec::encode(const std::int16_t *pcm, std::size_t count,
                       std::vector<std::uint8_t> &out) const
{
    out.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        out[i] = alaw_ ? g711_pcm2alaw(pcm[i]) : g711_pcm2ulaw(pcm[i]);
}

void G711Codec::decode(const std::uint8_t *data, std::size_t size,
                       std::vector<std::int16_t> &out) const
{
    out.resize(size);
    for (std::size_t i = 0; i < size; ++i)
        out[i] = alaw_ ? g711_alaw2pcm(data[i]) : g711_ulaw2pcm(data[i]);
}

} // namespace relais::softphone::media

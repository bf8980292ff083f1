#include "NullAudioDevice.h"

#include <algorithm>

namespace relais::softphone {

NullAudioDevice::NullAudioDevice(QString reason) : m_reason(std::move(reason)) {}

bool NullAudioDevice::open(const AudioFormat &, QString *)
{
    m_open = true;
    return true;
}

void NullAudioDevice::close()
{
    m_open = false;
}

void NullAudioDevice::read(std::int16_t *out, std::size_t count)
{
    std::fill(out, out + count, std::int16_t(0));
    m_read += count;
}

void NullAudioDevice::write(const std::int16_t *, std::size_t count)
{
    m_written += count;
}

QString NullAudioDevice::name() const
{
    return QStringLiteral("null");
}

} // namespace relais::softphone

#include "CaptureBridge.h"

#include "LevelMeter.h"
#include "SampleRing.h"

namespace relais::softphone {

CaptureBridge::CaptureBridge(const QAudioFormat &hardware, int engineRate, SampleRing *ring,
                             LevelMeter *meter, QObject *parent)
    : QIODevice(parent), m_ring(ring), m_meter(meter)
{
    m_converter.setFormats(hardware, engineRate);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 CaptureBridge::writeData(const char *data, qint64 len)
{
    m_samples.clear();
    m_converter.toEngine(data, qsizetype(len), m_samples);
    if (!m_samples.empty()) {
        m_meter->process(m_samples.data(), m_samples.size());
        m_ring->write(m_samples.data(), m_samples.size());
    }
    return len;
}

} // namespace relais::softphone

#include "ToneSource.h"

#include <cstring>

namespace relais::softphone {

ToneSource::ToneSource(ToneGenerator generator, const QAudioFormat &hardware, QObject *parent)
    : QIODevice(parent), m_generator(std::move(generator))
{
    const double f1 = m_generator.frequency1(), f2 = m_generator.frequency2();
    m_generator.setSampleRate(hardware.sampleRate()); // keeps cadence and frequencies
    m_generator.setFrequencies(f1, f2);
    m_converter.setFormats(hardware, hardware.sampleRate());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 ToneSource::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + m_converter.hardwareFormat().bytesForDuration(100000);
}

qint64 ToneSource::readData(char *data, qint64 maxlen)
{
    const int bpf = m_converter.hardwareFormat().bytesPerFrame();
    if (bpf <= 0)
        return 0;
    const qint64 frames = maxlen / bpf;
    m_samples.resize(std::size_t(frames));
    m_generator.generate(m_samples.data(), m_samples.size());
    m_bytes.clear();
    m_converter.fromEngine(m_samples.data(), m_samples.size(), m_bytes);
    std::memcpy(data, m_bytes.constData(), size_t(m_bytes.size()));
    return m_bytes.size();
}

} // namespace relais::softphone

#include "TimedRecorder.h"

#include <QMediaDevices>
#include <algorithm>

TimedRecorder::TimedRecorder(const QByteArray &deviceId, int sampleRate, const QElapsedTimer &clock)
    : m_id(deviceId), m_rate(sampleRate), m_clock(clock)
{
}

bool TimedRecorder::start(QString *error)
{
    QAudioDevice device;
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        if (d.id() == m_id)
            device = d;
    if (device.isNull()) {
        *error = QStringLiteral("no audio input %1").arg(QString::fromLatin1(m_id));
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_rate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(format.bytesForDuration(10000));
    m_io = m_source->start();
    if (!m_io) {
        *error = QStringLiteral("cannot record %1").arg(QString::fromLatin1(m_id));
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &TimedRecorder::onReadyRead);
    return true;
}

void TimedRecorder::stop()
{
    if (m_source)
        m_source->stop();
}

void TimedRecorder::onReadyRead()
{
    const QByteArray data = m_io->readAll();
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    const auto *pcm = reinterpret_cast<const std::int16_t *>(data.constData());
    for (qsizetype i = 0; i < data.size() / 2; ++i)
        m_samples.push_back(float(pcm[i]) / 32768.0f);
    m_firstMs = std::min(m_firstMs, now - 1000.0 * double(m_samples.size()) / m_rate);
}

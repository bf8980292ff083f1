#include "HeadsetPlayback.h"

#include "AudioConverter.h"
#include "AudioStreamController.h"

#include <relais/app/PhoneControl.h>

#include <QAudioSink>
#include <QMediaDevices>

namespace relais::app {

HeadsetPlayback::HeadsetPlayback(PhoneControl *phone, QObject *parent)
    : AudioPlayback(parent), m_phone(phone)
{
}

HeadsetPlayback::~HeadsetPlayback()
{
    release();
}

bool HeadsetPlayback::start(const QByteArray &pcm, int sampleRate, QString *error)
{
    release();
    const QByteArray wanted = m_phone ? m_phone->headsetId() : QByteArray();
    const QAudioDevice device = softphone::AudioStreamController::resolve(
        QMediaDevices::audioOutputs(), wanted, QMediaDevices::defaultAudioOutput());
    if (device.isNull()) {
        *error = tr("Aucune sortie son sur ce poste : l'enregistrement ne peut pas être "
                    "écouté ici.");
        return false;
    }
    const QAudioFormat format = softphone::AudioStreamController::chooseFormat(device, sampleRate);
    softphone::AudioConverter converter;
    converter.setFormats(format, sampleRate);
    m_data.clear();
    converter.fromEngine(reinterpret_cast<const std::int16_t *>(pcm.constData()),
                         std::size_t(pcm.size() / 2), m_data);
    m_bytesPerSecond = format.bytesForDuration(1000000);
    m_buffer.setData(m_data);
    if (!m_buffer.open(QIODevice::ReadOnly)) {
        *error = tr("La lecture n'a pas pu démarrer.");
        return false;
    }
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &HeadsetPlayback::onSinkState);
    m_sink->start(&m_buffer);
    if (m_sink->error() != QAudio::NoError) {
        *error = tr("La sortie son « %1 » refuse la lecture.").arg(device.description());
        release();
        return false;
    }
    m_device = device;
    return true;
}

void HeadsetPlayback::pause()
{
    if (m_sink)
        m_sink->suspend();
}

void HeadsetPlayback::resume()
{
    if (m_sink)
        m_sink->resume();
}

void HeadsetPlayback::stop()
{
    release();
}

qint64 HeadsetPlayback::positionMs() const
{
    if (!m_sink || m_bytesPerSecond <= 0)
        return 0;
    // What the device has taken, less what it still holds in its buffer: what was heard.
    const qint64 taken = m_buffer.pos();
    const qint64 held = std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
    return std::max<qint64>(0, taken - held) * 1000 / m_bytesPerSecond;
}

QString HeadsetPlayback::deviceName() const
{
    return m_sink ? m_device.description() : QString();
}

void HeadsetPlayback::onSinkState()
{
    if (!m_sink)
        return;
    const QAudio::State state = m_sink->state();
    if (state == QAudio::IdleState && m_buffer.atEnd()) {
        release();
        emit finished();
    } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
        const QString name = m_device.description();
        release();
        emit failed(tr("La sortie son « %1 » a cessé de fonctionner.").arg(name));
    }
}

void HeadsetPlayback::release()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
    m_buffer.close();
    m_device = {};
}

} // namespace relais::app

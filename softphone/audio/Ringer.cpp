#include "Ringer.h"

#include "AudioDeviceWatcher.h"
#include "AudioStreamController.h"
#include "ToneSource.h"

#include <QAudioSink>
#include <QMediaDevices>

namespace relais::softphone {

Ringer::Ringer(QObject *parent) : QObject(parent), m_watcher(new AudioDeviceWatcher(this))
{
    connect(m_watcher, &AudioDeviceWatcher::outputsChanged, this, &Ringer::onOutputsChanged);
}

Ringer::~Ringer()
{
    release();
}

void Ringer::setDeviceId(const QByteArray &id)
{
    if (id == m_deviceId)
        return;
    m_deviceId = id;
    if (m_ringing)
        play(nullptr);
}

void Ringer::setVolume(qreal volume)
{
    m_volume = qBound(0.0, volume, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

bool Ringer::start(CallTones::Tone tone, QString *error)
{
    m_tone = tone;
    const bool ok = play(error);
    if (ok != m_ringing) {
        m_ringing = ok;
        emit ringingChanged(ok);
    }
    return ok;
}

void Ringer::stop()
{
    release();
    if (m_ringing) {
        m_ringing = false;
        emit ringingChanged(false);
    }
}

bool Ringer::play(QString *error)
{
    release();
    const QAudioDevice device = AudioStreamController::resolve(
        QMediaDevices::audioOutputs(), m_deviceId, QMediaDevices::defaultAudioOutput());
    if (device.isNull()) {
        if (error)
            *error = tr("No audio output to ring on.");
        return false;
    }
    const QAudioFormat format = AudioStreamController::chooseFormat(device, 48000);
    m_source = std::make_unique<ToneSource>(CallTones::make(m_tone, format.sampleRate()), format);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setVolume(m_volume);
    m_sink->start(m_source.get());
    if (m_sink->error() != QAudio::NoError) {
        if (error)
            *error = tr("The ringer output \"%1\" could not be opened.").arg(device.description());
        release();
        return false;
    }
    m_device = device;
    return true;
}

void Ringer::release()
{
    if (m_sink)
        m_sink->stop();
    m_sink.reset();
    m_source.reset();
    m_device = QAudioDevice();
}

void Ringer::onOutputsChanged()
{
    if (!m_ringing)
        return;
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    const QAudioDevice wanted =
        AudioStreamController::resolve(outputs, m_deviceId, QMediaDevices::defaultAudioOutput());
    if (!m_device.isNull() && wanted.id() == m_device.id())
        return;
    QString why;
    if (!play(&why))
        emit problem(why); // keeps "ringing" so the next plugged device rings
}

} // namespace relais::softphone

#include "AudioStreamController.h"

#include "AudioConverter.h"
#include "AudioDeviceWatcher.h"
#include "CaptureBridge.h"
#include "PlaybackBridge.h"
#include "SampleRing.h"

#include <QAudioSink>
#include <QAudioSource>
#include <QLoggingCategory>
#include <QMediaDevices>

namespace relais::softphone {

namespace {

Q_LOGGING_CATEGORY(lcAudio, "relais.audio", QtInfoMsg)

constexpr qint64 kSourceBufferMs = 20;
// Qt 6.4's PulseAudio sink feeds 20 ms periods and stalls with a buffer under three of them.
constexpr int kMinSinkBufferMs = 60;

QString describe(QAudio::Error e)
{
    switch (e) {
    case QAudio::OpenError:
        return AudioStreamController::tr("the device could not be opened (missing or busy)");
    case QAudio::IOError:
        return AudioStreamController::tr("the device stopped answering");
    case QAudio::UnderrunError:
        return AudioStreamController::tr("the device ran out of data");
    case QAudio::FatalError:
        return AudioStreamController::tr("the sound system failed");
    case QAudio::NoError:
        break;
    }
    return {};
}

bool contains(const QList<QAudioDevice> &list, const QAudioDevice &d)
{
    return !d.isNull() && std::any_of(list.begin(), list.end(),
                                      [&](const QAudioDevice &x) { return x.id() == d.id(); });
}

} // namespace

AudioStreamController::AudioStreamController(const Buffers &buffers, QObject *parent)
    : QObject(parent), m_buffers(buffers), m_watcher(new AudioDeviceWatcher(this)), m_retry(this)
{
    connect(m_watcher, &AudioDeviceWatcher::inputsChanged, this, [this] { updateInput(false); });
    connect(m_watcher, &AudioDeviceWatcher::outputsChanged, this, [this] { updateOutput(false); });
    m_retry.setSingleShot(true);
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &AudioStreamController::retry);
}

AudioStreamController::~AudioStreamController()
{
    stop();
}

QAudioDevice AudioStreamController::resolve(const QList<QAudioDevice> &devices,
                                            const QByteArray &preferred,
                                            const QAudioDevice &systemDefault)
{
    if (!preferred.isEmpty())
        for (const auto &d : devices)
            if (d.id() == preferred)
                return d;
    if (contains(devices, systemDefault))
        return systemDefault;
    return devices.isEmpty() ? QAudioDevice() : devices.first();
}

QAudioFormat AudioStreamController::chooseFormat(const QAudioDevice &device, int engineRate)
{
    QAudioFormat f;
    f.setSampleRate(engineRate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(f))
        return f;
    const QAudioFormat preferred = device.preferredFormat();
    if (AudioConverter::supports(preferred))
        return preferred;
    f.setSampleRate(48000);
    return f;
}

bool AudioStreamController::start(const AudioPreferences &preferences, int engineRate,
                                  QString *error)
{
    stop();
    m_prefs = preferences;
    m_rate = engineRate;
    // The watcher's last look may be older than the devices about to be opened: a headset
    // plugged in since then and unplugged before its next look would otherwise go unnoticed.
    m_watcher->rebase();
    const QAudioDevice out = resolve(QMediaDevices::audioOutputs(), m_prefs.outputId,
                                     QMediaDevices::defaultAudioOutput());
    const QAudioDevice in =
        resolve(QMediaDevices::audioInputs(), m_prefs.inputId, QMediaDevices::defaultAudioInput());
    QString why;
    if (out.isNull())
        why = tr("No audio output device (headset or speaker) was found.");
    else if (in.isNull())
        why = tr("No microphone was found.");
    else if (openOutput(out, &why) && openInput(in, &why))
        why.clear();
    if (!why.isEmpty()) {
        closeInput();
        closeOutput();
        if (error)
            *error = why;
        return false;
    }
    m_running = true;
    return true;
}

void AudioStreamController::stop()
{
    m_running = false;
    m_retry.stop();
    closeInput();
    closeOutput();
}

void AudioStreamController::setPreferences(const AudioPreferences &preferences)
{
    const bool inChanged = preferences.inputId != m_prefs.inputId;
    const bool outChanged = preferences.outputId != m_prefs.outputId;
    m_prefs = preferences;
    if (!m_running)
        return;
    if (inChanged)
        updateInput(false);
    if (outChanged)
        updateOutput(false);
}

bool AudioStreamController::openInput(const QAudioDevice &device, QString *error)
{
    const QAudioFormat format = chooseFormat(device, m_rate);
    m_capture =
        std::make_unique<CaptureBridge>(format, m_rate, m_buffers.capture, m_buffers.inputMeter);
    m_source = std::make_unique<QAudioSource>(device, format);
    // The source hands over what it has every buffer's worth: keep that to one engine frame.
    m_source->setBufferSize(format.bytesForDuration(kSourceBufferMs * 1000));
    connect(m_source.get(), &QAudioSource::stateChanged, this,
            &AudioStreamController::onSourceState);
    m_source->start(m_capture.get());
    if (m_source->error() != QAudio::NoError) {
        if (error)
            *error =
                tr("Microphone \"%1\": %2").arg(device.description(), describe(m_source->error()));
        closeInput();
        return false;
    }
    m_inputDevice = device;
    emit inputChanged(device.description());
    return true;
}

bool AudioStreamController::openOutput(const QAudioDevice &device, QString *error)
{
    const QAudioFormat format = chooseFormat(device, m_rate);
    m_playback = std::make_unique<PlaybackBridge>(format, m_rate, m_buffers.playback);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(
        format.bytesForDuration(qint64(std::max(m_prefs.bufferMs, kMinSinkBufferMs)) * 1000));
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &AudioStreamController::onSinkState);
    m_sink->start(m_playback.get());
    if (m_sink->error() != QAudio::NoError) {
        if (error)
            *error =
                tr("Audio output \"%1\": %2").arg(device.description(), describe(m_sink->error()));
        closeOutput();
        return false;
    }
    m_outputDevice = device;
    emit outputChanged(device.description());
    return true;
}

void AudioStreamController::closeInput()
{
    if (m_source) {
        disconnect(m_source.get(), nullptr, this, nullptr);
        m_source->stop();
        m_source.reset();
    }
    m_capture.reset();
    m_inputDevice = QAudioDevice();
    m_buffers.capture->clear();
}

void AudioStreamController::closeOutput()
{
    if (m_sink) {
        disconnect(m_sink.get(), nullptr, this, nullptr);
        m_sink->stop();
        m_sink.reset();
    }
    m_playback.reset();
    m_outputDevice = QAudioDevice();
}

void AudioStreamController::updateInput(bool force)
{
    if (!m_running)
        return;
    const QList<QAudioDevice> devices = QMediaDevices::audioInputs();
    const QAudioDevice wanted =
        resolve(devices, m_prefs.inputId, QMediaDevices::defaultAudioInput());
    const bool lost = m_source && !contains(devices, m_inputDevice);
    qCDebug(lcAudio) << "input check: force" << force << "in use" << m_inputDevice.id() << "lost"
                     << lost << "wanted" << wanted.id() << "source" << bool(m_source);
    if (!force && !lost && m_source && wanted.id() == m_inputDevice.id())
        return;
    const QString previous = m_inputDevice.description();
    closeInput();
    if (wanted.isNull()) {
        emit inputChanged(QString());
        if (lost)
            emit problem(tr("Microphone \"%1\" disconnected; the call goes on without it until "
                            "one is plugged in.")
                             .arg(previous));
        return;
    }
    QString why;
    if (!openInput(wanted, &why)) {
        emit inputChanged(QString());
        emit problem(why);
        m_retry.start();
    } else if (lost) {
        emit problem(tr("Microphone \"%1\" disconnected; now using \"%2\".")
                         .arg(previous, wanted.description()));
    }
}

void AudioStreamController::updateOutput(bool force)
{
    if (!m_running)
        return;
    const QList<QAudioDevice> devices = QMediaDevices::audioOutputs();
    const QAudioDevice wanted =
        resolve(devices, m_prefs.outputId, QMediaDevices::defaultAudioOutput());
    const bool lost = m_sink && !contains(devices, m_outputDevice);
    qCDebug(lcAudio) << "output check: force" << force << "in use" << m_outputDevice.id() << "lost"
                     << lost << "wanted" << wanted.id() << "sink" << bool(m_sink);
    if (!force && !lost && m_sink && wanted.id() == m_outputDevice.id())
        return;
    const QString previous = m_outputDevice.description();
    closeOutput();
    if (wanted.isNull()) {
        emit outputChanged(QString());
        if (lost)
            emit problem(tr("Audio output \"%1\" disconnected; the call goes on without it "
                            "until one is plugged in.")
                             .arg(previous));
        return;
    }
    QString why;
    if (!openOutput(wanted, &why)) {
        emit outputChanged(QString());
        emit problem(why);
        m_retry.start();
    } else if (lost) {
        emit problem(tr("Audio output \"%1\" disconnected; now using \"%2\".")
                         .arg(previous, wanted.description()));
    }
}

void AudioStreamController::onSourceState()
{
    if (m_source)
        qCDebug(lcAudio) << "source state" << m_source->state() << "error" << m_source->error();
    // A device that vanishes under a running stream stops it with an error: reopen later,
    // outside this signal, on whatever device is then the right one.
    if (m_source && m_source->state() == QAudio::StoppedState &&
        m_source->error() != QAudio::NoError && !m_retry.isActive())
        m_retry.start();
}

void AudioStreamController::onSinkState()
{
    if (m_sink)
        qCDebug(lcAudio) << "sink state" << m_sink->state() << "error" << m_sink->error();
    if (m_sink && m_sink->state() == QAudio::StoppedState && m_sink->error() != QAudio::NoError &&
        !m_retry.isActive())
        m_retry.start();
}

void AudioStreamController::retry()
{
    const bool inputBroken = !m_source || (m_source->state() == QAudio::StoppedState &&
                                           m_source->error() != QAudio::NoError);
    const bool outputBroken =
        !m_sink || (m_sink->state() == QAudio::StoppedState && m_sink->error() != QAudio::NoError);
    if (inputBroken)
        updateInput(true);
    if (outputBroken)
        updateOutput(true);
}

} // namespace relais::softphone

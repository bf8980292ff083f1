#include "AudioDeviceWatcher.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>

namespace relais::softphone {

namespace {

Q_LOGGING_CATEGORY(lcWatch, "relais.audio.devices", QtInfoMsg)

template <typename Snap>
Snap snapshotOf(const QList<QAudioDevice> &devices, const QAudioDevice &systemDefault)
{
    Snap s;
    for (const auto &d : devices) {
        s.ids.append(d.id());
        s.descriptions.append(d.description());
    }
    s.defaultId = systemDefault.id();
    return s;
}

} // namespace

AudioDeviceWatcher::AudioDeviceWatcher(QObject *parent, int pollMs)
    : QObject(parent), m_media(new QMediaDevices(this)), m_poll(this), m_inputs(inputs()),
      m_outputs(outputs())
{
    connect(m_media, &QMediaDevices::audioInputsChanged, this, &AudioDeviceWatcher::checkInputs);
    connect(m_media, &QMediaDevices::audioOutputsChanged, this, &AudioDeviceWatcher::checkOutputs);
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        checkInputs();
        checkOutputs();
    });
    m_poll.start();
}

void AudioDeviceWatcher::rebase()
{
    m_inputs = inputs();
    m_outputs = outputs();
}

AudioDeviceWatcher::Snapshot AudioDeviceWatcher::inputs()
{
    return snapshotOf<Snapshot>(QMediaDevices::audioInputs(), QMediaDevices::defaultAudioInput());
}

AudioDeviceWatcher::Snapshot AudioDeviceWatcher::outputs()
{
    return snapshotOf<Snapshot>(QMediaDevices::audioOutputs(), QMediaDevices::defaultAudioOutput());
}

void AudioDeviceWatcher::checkInputs()
{
    Snapshot now = inputs();
    if (now == m_inputs)
        return;
    qCDebug(lcWatch) << "inputs" << now.ids << "default" << now.defaultId << "were" << m_inputs.ids;
    m_inputs = std::move(now);
    emit inputsChanged();
}

void AudioDeviceWatcher::checkOutputs()
{
    Snapshot now = outputs();
    if (now == m_outputs)
        return;
    qCDebug(lcWatch) << "outputs" << now.ids << "default" << now.defaultId << "were"
                     << m_outputs.ids;
    m_outputs = std::move(now);
    emit outputsChanged();
}

} // namespace relais::softphone

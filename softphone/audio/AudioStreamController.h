#pragma once
// Lives on QtAudioDevice's audio thread and owns the Qt Multimedia objects of one call:
// the QAudioSource and QAudioSink on the chosen headset, their bridges, and the reaction to
// devices coming and going. A device that disappears is replaced by the system default (or
// by nothing, while the engine gets silence); the chosen device is taken back when it returns.
#include "AudioPreferences.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QTimer>
#include <memory>

class QAudioSink;
class QAudioSource;

namespace relais::softphone {

class AudioDeviceWatcher;
class CaptureBridge;
class LevelMeter;
class PlaybackBridge;
class SampleRing;

class AudioStreamController : public QObject
{
    Q_OBJECT
public:
    struct Buffers
    {
        SampleRing *capture;
        SampleRing *playback;
        LevelMeter *inputMeter;
    };

    explicit AudioStreamController(const Buffers &buffers, QObject *parent = nullptr);
    ~AudioStreamController() override;

    bool start(const AudioPreferences &preferences, int engineRate, QString *error);
    void stop();
    // Follows a new choice of devices at once when running.
    void setPreferences(const AudioPreferences &preferences);

    // The format used with a device for an engine rate: 16-bit mono at that rate when the
    // device takes it, else the device's preferred format (converted by the bridges).
    static QAudioFormat chooseFormat(const QAudioDevice &device, int engineRate);
    // The preferred device when present, else the default, else the first; null when none.
    static QAudioDevice resolve(const QList<QAudioDevice> &devices, const QByteArray &preferred,
                                const QAudioDevice &systemDefault);

signals:
    // The device now in use; empty when there is none (the call goes on in silence).
    void inputChanged(const QString &description);
    void outputChanged(const QString &description);
    // Something the agent should know (a headset unplugged, a device failing).
    void problem(const QString &reason);

private:
    void updateInput(bool force);
    void updateOutput(bool force);
    bool openInput(const QAudioDevice &device, QString *error);
    bool openOutput(const QAudioDevice &device, QString *error);
    void closeInput();
    void closeOutput();
    void onSourceState();
    void onSinkState();
    void retry();

    Buffers m_buffers;
    AudioDeviceWatcher *m_watcher;
    AudioPreferences m_prefs;
    int m_rate = 8000;
    bool m_running = false;
    QAudioDevice m_inputDevice;
    QAudioDevice m_outputDevice;
    std::unique_ptr<QAudioSource> m_source;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<CaptureBridge> m_capture;
    std::unique_ptr<PlaybackBridge> m_playback;
    QTimer m_retry; // a child, so it follows the controller to the audio thread
};

} // namespace relais::softphone

#pragma once
// The headset through Qt Multimedia. Capture and playback run on a thread of this device's
// own (so open() may be called from the engine's libre thread, which has no Qt event loop);
// the engine's read()/write() only touch two sample rings and never wait for the hardware.
// Levels for the desk's meters are atomics, readable from any thread.
// A headset unplugged mid-call: the default device takes over, or silence until one returns.
#include "AudioPreferences.h"
#include "LevelMeter.h"
#include "SampleRing.h"
#include "relais/softphone/AudioDevice.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>

namespace relais::softphone {

class AudioStreamController;

class QtAudioDevice : public QObject, public AudioDevice
{
    Q_OBJECT
public:
    explicit QtAudioDevice(const AudioPreferences &preferences = {}, QObject *parent = nullptr);
    ~QtAudioDevice() override;

    bool open(const AudioFormat &format, QString *error) override;
    void close() override;
    void read(std::int16_t *out, std::size_t count) override;
    void write(const std::int16_t *in, std::size_t count) override;
    [[nodiscard]] QString name() const override;

    // Takes effect at once during a call (the agent picked another headset).
    void setPreferences(const AudioPreferences &preferences);
    [[nodiscard]] AudioPreferences preferences() const;

    [[nodiscard]] bool isOpen() const { return m_open.load(); }
    [[nodiscard]] const LevelMeter &inputLevel() const { return m_inputMeter; }
    [[nodiscard]] const LevelMeter &outputLevel() const { return m_outputMeter; }
    [[nodiscard]] LevelMeter &inputLevel() { return m_inputMeter; }
    [[nodiscard]] LevelMeter &outputLevel() { return m_outputMeter; }
    // Descriptions of the devices in use; empty when none (silence).
    [[nodiscard]] QString inputDeviceName() const;
    [[nodiscard]] QString outputDeviceName() const;
    // Capture samples replaced by silence because the hardware had none ready.
    [[nodiscard]] std::uint64_t captureUnderruns() const { return m_captureSilence.load(); }

signals:
    void inputDeviceChanged(const QString &description);
    void outputDeviceChanged(const QString &description);
    void deviceProblem(const QString &reason);

private:
    void onAudioThread(const std::function<void()> &work);

    mutable QMutex m_mutex; // preferences and device names
    AudioPreferences m_prefs;
    QString m_inputName;
    QString m_outputName;
    AudioFormat m_format;
    std::atomic<bool> m_open{false};
    std::atomic<std::size_t> m_maxBacklog{0};
    std::atomic<std::uint64_t> m_captureSilence{0};
    SampleRing m_captureRing;
    SampleRing m_playbackRing;
    LevelMeter m_inputMeter;
    LevelMeter m_outputMeter;
    QThread m_thread;
    AudioStreamController *m_controller = nullptr;
};

} // namespace relais::softphone

#pragma once
// Rings on the agent's chosen ringer output (often the loudspeaker rather than the headset):
// the incoming-call ring, or the call-waiting beep while on a call. Used from the Qt thread.
// Follows the device: unplugged while ringing, it moves to the default output.
#include "CallTones.h"

#include <QAudioDevice>
#include <QObject>
#include <memory>

class QAudioSink;

namespace relais::softphone {

class AudioDeviceWatcher;
class ToneSource;

class Ringer : public QObject
{
    Q_OBJECT
public:
    explicit Ringer(QObject *parent = nullptr);
    ~Ringer() override;

    // Empty: the system's default output.
    void setDeviceId(const QByteArray &id);
    [[nodiscard]] QByteArray deviceId() const { return m_deviceId; }
    void setVolume(qreal volume);

    // Starts (or switches to) `tone`, looping until stop(). False with a reason when there is
    // nothing to ring on.
    bool start(CallTones::Tone tone, QString *error = nullptr);
    void stop();

    [[nodiscard]] bool isRinging() const { return m_ringing; }
    [[nodiscard]] CallTones::Tone tone() const { return m_tone; }
    // The output it rings on; empty when not ringing.
    [[nodiscard]] QString deviceDescription() const { return m_device.description(); }

signals:
    void ringingChanged(bool ringing);
    void problem(const QString &reason);

private:
    bool play(QString *error);
    void release();
    void onOutputsChanged();

    AudioDeviceWatcher *m_watcher;
    QByteArray m_deviceId;
    qreal m_volume = 1.0;
    CallTones::Tone m_tone = CallTones::Tone::Ring;
    bool m_ringing = false;
    QAudioDevice m_device;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<ToneSource> m_source;
};

} // namespace relais::softphone

#pragma once
// appcore's AudioPlayback on Qt Multimedia: plays a recording on the output the agent chose for
// their headset in the phone's settings (PhoneControl::headsetId(), the system default when
// none or when that device is gone), converting 16-bit mono to what the device takes.
#include <relais/app/AudioPlayback.h>

#include <QAudioDevice>
#include <QBuffer>
#include <QPointer>
#include <memory>

class QAudioSink;

namespace relais::app {

class PhoneControl;

class HeadsetPlayback : public AudioPlayback
{
    Q_OBJECT

public:
    // `phone` (not owned, may be null) says which output is the headset.
    explicit HeadsetPlayback(PhoneControl *phone = nullptr, QObject *parent = nullptr);
    ~HeadsetPlayback() override;

    bool start(const QByteArray &pcm, int sampleRate, QString *error) override;
    void pause() override;
    void resume() override;
    void stop() override;
    [[nodiscard]] qint64 positionMs() const override;
    [[nodiscard]] QString deviceName() const override;

private:
    void onSinkState();
    void release();

    QPointer<PhoneControl> m_phone;
    QAudioDevice m_device;
    QByteArray m_data; // in the device's format
    QBuffer m_buffer;
    std::unique_ptr<QAudioSink> m_sink;
    qint64 m_bytesPerSecond = 0;
};

} // namespace relais::app

#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace relais::app {

// The seam between RecordingPlayer and a sound output, as PhoneControl is for the softphone:
// appcore never links Qt Multimedia; the desk's main gives an implementation that plays on the
// agent's headset (HeadsetPlayback in relais_appphone). Null: the desk cannot play sound.
class AudioPlayback : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AudioPlayback() override = default;

    // Plays 16-bit little-endian mono PCM at `sampleRate` from its start, converting to what
    // the device takes. False with a reason (for the agent) when there is nothing to play on.
    virtual bool start(const QByteArray &pcm, int sampleRate, QString *error) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    // How far it has played, in ms of the PCM given to start().
    [[nodiscard]] virtual qint64 positionMs() const = 0;
    // What it plays on, for display ("Casque USB"); empty when not playing.
    [[nodiscard]] virtual QString deviceName() const { return {}; }

signals:
    // Played to the end.
    void finished();
    // The device went away or failed mid-way; playing has stopped.
    void failed(const QString &reason);
};

} // namespace relais::app

#pragma once

#include "relais/app/AudioPlayback.h"
#include "relais/app/CtiTypes.h"
#include "relais/app/WavAudio.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace relais::app {

class CtiClient;

// Plays a recording kept on the server (a callback's recorded request, a call): load() fetches
// it over the CTI (recording.get, one chunk after another, so no frame nears the transport's
// limits), decodes the WAV, then play/pause/stop on the desk's AudioPlayback (the agent's
// headset). One recording at a time; loading another stops the one playing. Every failure
// (no sound device, not allowed, gone from the server, offline) ends in state Error with a
// sentence for the agent in errorText.
class RecordingPlayer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString interactionId READ interactionId NOTIFY stateChanged)
    Q_PROPERTY(qint64 positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)

public:
    enum class State {
        Idle,    // nothing loaded
        Loading, // fetching chunks (see loadedBytes/totalBytes)
        Ready,   // loaded, stopped at positionMs
        Playing,
        Paused,
        Error, // see errorText; a recording already loaded can still be played again
    };
    Q_ENUM(State)

    // The largest recording it fetches (an hour of 8 kHz 16-bit mono is about 55 MiB).
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    explicit RecordingPlayer(CtiClient *cti, QObject *parent = nullptr);
    ~RecordingPlayer() override;

    // Not owned; null: playing fails with a clear message.
    void setPlayback(AudioPlayback *playback);
    AudioPlayback *playback() const { return m_playback; }

    // `kind`: "request" (a callback's recorded request), "call", or empty (the server picks:
    // the request when there is one). `autoPlay`: play as soon as it is loaded.
    Q_INVOKABLE void load(const QString &interactionId, const QString &kind = {},
                          bool autoPlay = false);
    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    // Back to the start, loaded.
    Q_INVOKABLE void stop();
    // Forgets the recording (logout).
    Q_INVOKABLE void clear();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Loading || m_state == State::Playing; }
    QString interactionId() const { return m_interactionId; }
    QString kind() const { return m_kind; }
    qint64 positionMs() const { return m_positionMs; }
    qint64 durationMs() const { return m_audio.durationMs(); }
    qint64 loadedBytes() const { return m_file.size(); }
    qint64 totalBytes() const { return m_totalBytes; }
    QString errorText() const { return m_error; }
    const WavAudio &audio() const { return m_audio; }
    // "0:07 / 1:32" for display.
    QString positionText() const;

signals:
    void stateChanged(relais::app::RecordingPlayer::State state);
    void positionChanged(qint64 positionMs);
    void loadProgress(qint64 loadedBytes, qint64 totalBytes);
    void playedToEnd();

private:
    void requestChunk();
    void onChunk(quint64 generation, const CtiResult &result);
    void fail(const QString &text);
    void setState(State state);
    void setPosition(qint64 ms);
    void onPlaybackFinished();
    void onPlaybackFailed(const QString &reason);
    void pollPosition();

    CtiClient *m_cti;
    QPointer<AudioPlayback> m_playback;
    State m_state = State::Idle;
    QString m_interactionId;
    QString m_kind;
    bool m_autoPlay = false;
    quint64 m_generation = 0; // replies of an older load are dropped
    QByteArray m_file;
    qint64 m_totalBytes = 0;
    WavAudio m_audio;
    qint64 m_positionMs = 0;
    QString m_error;
    QTimer m_poll;
    QTimer m_pace;
};

} // namespace relais::app

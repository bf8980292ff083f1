#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace relais::app {

class CtiClient;

// Pausing and resuming the recording of the call the agent is on (the customer reads out a
// card number: what is said meanwhile is never recorded). Follows the selected interaction:
// available while it is an answered call; asks the server with interaction.recording and shows
// what the server says (its reply and the interaction.recording event, also when a supervisor
// paused it). A refusal leaves the state as it was and is reported through failed().
class RecordingPauseController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    Q_PROPERTY(bool paused READ isPaused NOTIFY changed)
    Q_PROPERTY(bool pending READ isPending NOTIFY changed)

public:
    explicit RecordingPauseController(CtiClient *cti, QObject *parent = nullptr);

    // The selected interaction, and whether it is an answered call (voice, active).
    void setCurrent(const QString &interactionId, bool answeredCall);
    QString current() const { return m_current; }
    bool isAvailable() const { return m_available; }
    // The selected call's recording is paused.
    bool isPaused() const { return isPaused(m_current); }
    bool isPaused(const QString &interactionId) const;
    // A pause or resume of the selected call is on its way.
    bool isPending() const { return m_pending.contains(m_current); }

    // Pause (true) or resume (false) the selected call's recording; toggle() does the opposite
    // of what it is now.
    Q_INVOKABLE void setPaused(bool paused);
    Q_INVOKABLE void toggle() { setPaused(!isPaused()); }
    // The call is over (or no longer the agent's): nothing more to pause.
    void forget(const QString &interactionId);
    void clear();

signals:
    void changed();
    void failed(const QString &message);

private:
    void apply(const QString &interactionId, bool paused);

    CtiClient *m_cti;
    QString m_current;
    bool m_available = false;
    QHash<QString, bool> m_paused; // interaction → paused (absent: recording)
    QHash<QString, bool> m_pending;
};

} // namespace relais::app

#pragma once

#include "relais/app/CtiTypes.h"
#include "relais/app/SessionTypes.h"

#include <relais/protocol/Enums.h>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace relais::app {

class CtiClient;

// Who is logged in and what they may do: login/logout, role, the SIP account, the agent's
// state with its reason and time in it, the configuration the server hands out (pause
// reasons, wrap-up codes, queues, canned responses), today's counters, broadcasts and help
// requests. The password is never kept: it goes into the login frame, and only a salted
// PBKDF2 digest stays in memory so that the idle lock can be opened with it.
class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loggedIn READ isLoggedIn NOTIFY loggedInChanged)
    Q_PROPERTY(bool loggingIn READ isLoggingIn NOTIFY loggingInChanged)
    Q_PROPERTY(QString user READ user NOTIFY loggedInChanged)
    Q_PROPERTY(QString agentId READ agentId NOTIFY loggedInChanged)
    Q_PROPERTY(QString agentName READ agentName NOTIFY loggedInChanged)
    Q_PROPERTY(QStringList roles READ roles NOTIFY loggedInChanged)
    Q_PROPERTY(bool isAgent READ isAgent NOTIFY loggedInChanged)
    Q_PROPERTY(bool isSupervisor READ isSupervisor NOTIFY loggedInChanged)
    Q_PROPERTY(QString state READ stateWireName NOTIFY agentStateChanged)
    Q_PROPERTY(QString stateName READ stateName NOTIFY agentStateChanged)
    Q_PROPERTY(QString stateReason READ stateReason NOTIFY agentStateChanged)
    Q_PROPERTY(QString stateReasonLabel READ stateReasonLabel NOTIFY agentStateChanged)
    Q_PROPERTY(qint64 stateSince READ stateSince NOTIFY agentStateChanged)
    Q_PROPERTY(qint64 timeInStateMs READ timeInStateMs NOTIFY tick)
    Q_PROPERTY(QStringList cannedResponses READ cannedResponses NOTIFY configChanged)
    Q_PROPERTY(QStringList queues READ queues NOTIFY configChanged)
    Q_PROPERTY(bool autoAnswer READ autoAnswer NOTIFY configChanged)
    Q_PROPERTY(int handledToday READ handledToday NOTIFY countersChanged)
    Q_PROPERTY(qint64 averageHandleMs READ averageHandleMs NOTIFY countersChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorOccurred)
    Q_PROPERTY(bool helpPending READ isHelpPending NOTIFY helpStateChanged)

public:
    explicit Session(CtiClient *cti, QObject *parent = nullptr);

    CtiClient *cti() const { return m_cti; }

    // Connects if needed (the CtiClient's server list) and logs in. Ends with loggedInChanged
    // or loginFailed. `station` names the workstation in the audit trail.
    void login(const QString &user, const QString &password, const QString &station = {});
    void cancelLogin();
    // Ends the session (refused while work is in hand: logoutRefused).
    void logout();

    void setReady();
    void setNotReady(const QString &reasonId);
    // Asks the supervisors for help (the server's help.request, see docs).
    void requestHelp(const QString &text = {});
    // True when `password` is the one used to log in (the idle lock).
    bool checkUnlockPassword(const QString &password) const;

    bool isLoggedIn() const { return m_loggedIn; }
    bool isLoggingIn() const { return m_loggingIn; }
    QString user() const { return m_user; }
    QString agentId() const { return m_agentId; }
    QString agentName() const { return m_agentName; }
    QStringList roles() const { return m_roles; }
    bool hasRole(protocol::Role role) const;
    bool isAgent() const { return hasRole(protocol::Role::Agent); }
    bool isSupervisor() const;
    QString token() const { return m_token; }
    SipCredentials sipCredentials() const { return m_sip; }

    protocol::AgentState agentState() const { return m_state; }
    QString stateWireName() const { return protocol::toString(m_state); }
    QString stateName() const;
    QString stateReason() const { return m_reason; }
    QString stateReasonLabel() const;
    qint64 stateSince() const { return m_since; }
    qint64 timeInStateMs() const;

    QList<ConfigItem> pauseReasons() const { return m_pauseReasons; }
    QList<ConfigItem> wrapupCodes() const { return m_wrapupCodes; }
    QString wrapupLabel(const QString &id) const;
    QStringList cannedResponses() const { return m_canned; }
    QStringList queues() const { return m_queues; }
    bool autoAnswer() const { return m_autoAnswer; }
    // How many interactions of a channel ("chat", "voice"…) the agent takes at once, from the
    // login's agent.capacity; -1 when the server does not say (an older server).
    int capacity(const QString &channel) const { return m_capacity.value(channel, -1); }

    int handledToday() const { return m_handled; }
    // From the server's agent.state (kept across restarts) when it sends them; else what this
    // desk saw since login.
    qint64 averageHandleMs() const;

    QList<Broadcast> broadcasts() const { return m_broadcasts; }
    bool isHelpPending() const { return m_helpPending; }
    QString lastError() const { return m_lastError; }
    // The last login was refused for its credentials (wrong password, locked account), not
    // for want of a server: trying again as is will not help.
    bool lastLoginRefused() const { return m_loginRefused; }

signals:
    void loggedInChanged(bool loggedIn);
    void loggingInChanged(bool loggingIn);
    void loginFailed(const QString &message);
    // The login or resume reply (agent, sip, config, state, interactions): the interaction
    // models rebuild from it. `resumed` is false for a fresh login.
    void sessionPayload(const QJsonObject &payload, bool resumed);
    // The session ended: "logout", "replaced", "logged_out" (by a supervisor), "expired".
    void loggedOut(const QString &reason, const QString &message);
    void logoutRefused(const QString &message);
    void agentStateChanged();
    void stateRequestFailed(const QString &message);
    void configChanged();
    void countersChanged();
    void broadcastReceived(const relais::app::Broadcast &broadcast);
    void helpRequestSent();
    void helpRequestFailed(const QString &message);
    // A supervisor took the help request (help.resolved).
    void helpResolved(const QString &supervisorName);
    void helpStateChanged();
    void errorOccurred(const QString &message);
    void tick(); // once a second while logged in (time in state, countdowns)

private:
    void applyPayload(const QJsonObject &payload, bool resumed);
    void applyState(const QJsonObject &state);
    void endSession(const QString &reason, const QString &message);
    void fail(const QString &message);
    static QList<ConfigItem> configItems(const QJsonArray &array, bool wrapup);

    CtiClient *m_cti;
    bool m_loggedIn = false;
    bool m_loggingIn = false;
    QString m_user;
    QString m_agentId;
    QString m_agentName;
    QStringList m_roles;
    QString m_token;
    SipCredentials m_sip;
    protocol::AgentState m_state = protocol::AgentState::LoggedOut;
    QString m_reason;
    qint64 m_since = 0;
    QList<ConfigItem> m_pauseReasons;
    QList<ConfigItem> m_wrapupCodes;
    QStringList m_canned;
    QStringList m_queues;
    bool m_autoAnswer = false;
    QHash<QString, int> m_capacity;
    int m_handled = 0;
    int m_handledTimed = 0;
    qint64 m_handleTotalMs = 0;
    bool m_serverCounters = false;
    qint64 m_serverAhtMs = 0;
    QHash<QString, qint64> m_acceptedAt; // interaction → epoch ms (local) it was accepted
    QList<Broadcast> m_broadcasts;
    QString m_lastError;
    bool m_loginRefused = false;
    bool m_helpPending = false;
    QByteArray m_unlockSalt;
    QByteArray m_unlockDigest;
    QTimer m_tick;
    QTimer m_loginTimeout;
};

} // namespace relais::app

#pragma once

#include "relais/app/CtiTypes.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace relais::app {

class AgentFilterProxyModel;
class AgentGridModel;
class CtiClient;
class HelpRequestModel;
class KpiModel;
class QueueStatsModel;
class Session;
class UserSettings;
class WaitingInteractionModel;

// The supervisor face's brain: subscribes to the live figures (supervise.subscribe, again after
// every reconnection), feeds the queue table, the agent grid and the KPI tiles from stats.queues
// and agent.state, and sends the supervisor's actions (force a state, log out, move an
// interaction, broadcast). agent.state events are applied to the grid in batches, one every
// kAgentBatchMs: a floor of 1,000 agents changing every second then costs a few repaints a
// second instead of one per event.
class SupervisionHub : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool subscribed READ isSubscribed NOTIFY subscribedChanged)

public:
    // `settings` (may be null) keeps the chosen KPI tiles on the server, under kIndicatorsKey.
    SupervisionHub(CtiClient *cti, Session *session, UserSettings *settings = nullptr,
                   QObject *parent = nullptr);
    static constexpr const char *kIndicatorsKey = "supervisor.indicators";

    QueueStatsModel *queues() const { return m_queues; }
    AgentGridModel *agents() const { return m_agents; }
    AgentFilterProxyModel *agentsView() const { return m_agentsView; }
    KpiModel *kpis() const { return m_kpis; }
    HelpRequestModel *helpRequests() const { return m_help; }
    // The interactions waiting in the watched queues (active while the supervisor looks).
    WaitingInteractionModel *waiting() const { return m_waiting; }

    // Watches these queues (empty: all of them).
    Q_INVOKABLE void subscribe(const QStringList &queues = {});
    Q_INVOKABLE void unsubscribe();
    bool isSubscribed() const { return m_subscribed; }

    // state: "ready" | "not_ready"; audited on the server with the reason.
    Q_INVOKABLE void forceState(const QString &agentId, const QString &state,
                                const QString &reason = {});
    Q_INVOKABLE void forceLogout(const QString &agentId, const QString &reason = {});
    Q_INVOKABLE void moveToQueue(const QString &interactionId, const QString &queue);
    Q_INVOKABLE void moveToAgent(const QString &interactionId, const QString &agentId);
    // severity: info | warning | incident; team empty: everyone.
    Q_INVOKABLE void broadcast(const QString &text,
                               const QString &severity = QStringLiteral("info"),
                               const QString &team = {});

    // Marks an agent's help request as taken (help.resolve).
    Q_INVOKABLE void resolveHelp(const QString &requestId);

    void handleEvent(const CtiEvent &event);
    // Applies the agent.state events received since the last batch now (tests, benches).
    void flushAgentStates();
    void reset();

    static constexpr int kAgentBatchMs = 200;

signals:
    void subscribedChanged();
    void actionSucceeded(const QString &message);
    void actionFailed(const QString &message);
    // An agent asked for help (help.requested): also a row of helpRequests().
    void helpRequested(const QString &requestId, const QString &agentId, const QString &name,
                       const QString &text);

private:
    void sendSubscribe();
    // Sends an action; `after` runs once the reply is in, whatever it said.
    void act(const QString &verb, const QJsonObject &fields, const QString &done,
             const QString &failed, const std::function<void()> &after = {});

    CtiClient *m_cti;
    Session *m_session;
    UserSettings *m_settings;
    QueueStatsModel *m_queues;
    AgentGridModel *m_agents;
    AgentFilterProxyModel *m_agentsView;
    KpiModel *m_kpis;
    HelpRequestModel *m_help;
    WaitingInteractionModel *m_waiting;
    QStringList m_watched;
    bool m_wanted = false;
    bool m_subscribed = false;
    bool m_restoringIndicators = false;
    QJsonArray m_pendingAgentStates;
    QTimer m_agentBatch;
};

} // namespace relais::app

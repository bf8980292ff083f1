#include "relais/app/SupervisionHub.h"

#include "relais/app/AgentFilterProxyModel.h"
#include "relais/app/AgentGridModel.h"
#include "relais/app/CtiClient.h"
#include "relais/app/HelpRequestModel.h"
#include "relais/app/KpiModel.h"
#include "relais/app/QueueStatsModel.h"
#include "relais/app/Session.h"
#include "relais/app/UserSettings.h"
#include "relais/app/WaitingInteractionModel.h"

#include <relais/protocol/Protocol.h>

#include <QJsonArray>

namespace relais::app {

using namespace relais::protocol;

SupervisionHub::SupervisionHub(CtiClient *cti, Session *session, UserSettings *settings,
                               QObject *parent)
    : QObject(parent), m_cti(cti), m_session(session), m_settings(settings),
      m_queues(new QueueStatsModel(this)), m_agents(new AgentGridModel(this)),
      m_agentsView(new AgentFilterProxyModel(this)), m_kpis(new KpiModel(m_queues, this)),
      m_help(new HelpRequestModel(this)),
      m_waiting(new WaitingInteractionModel(cti, m_queues, this))
{
    m_agentsView->setSourceModel(m_agents);
    m_kpis->setAgents(m_agents);
    m_waiting->setAgentNames([this](const QString &id) {
        const AgentGridModel::Agent *a = m_agents->agent(id);
        return a && !a->name.isEmpty() ? a->name : id;
    });
    m_agentBatch.setSingleShot(true);
    m_agentBatch.setInterval(kAgentBatchMs);
    connect(&m_agentBatch, &QTimer::timeout, this, &SupervisionHub::flushAgentStates);
    m_agents->setClock([cti] { return cti->serverNowMs(); });
    for (const char *type : {msg::StatsQueues, msg::AgentState, "help.requested", "help.resolved"})
        m_cti->subscribe(QLatin1String(type), this, [this](const CtiEvent &e) { handleEvent(e); });
    // A subscription lives on one connection: a resumed session needs it again.
    connect(m_cti, &CtiClient::connected, this, [this](const QUrl &, bool resumed) {
        if (m_wanted && resumed)
            sendSubscribe();
    });
    connect(m_cti, &CtiClient::stateChanged, this, [this](CtiClient::ConnectionState s) {
        if (s != CtiClient::ConnectionState::Connected && m_subscribed) {
            m_subscribed = false;
            emit subscribedChanged();
        }
    });
    if (m_session)
        connect(m_session, &Session::loggedOut, this, &SupervisionHub::reset);
    if (m_settings) {
        // The supervisor's choice of tiles follows them from desk to desk.
        connect(m_kpis, &KpiModel::indicatorsChanged, this, [this] {
            if (!m_restoringIndicators)
                m_settings->set(QLatin1String(kIndicatorsKey),
                                QJsonArray::fromStringList(m_kpis->indicators()));
        });
    }
}

void SupervisionHub::handleEvent(const CtiEvent &e)
{
    if (e.type == QLatin1String(msg::StatsQueues)) {
        m_queues->applyStats(e.body.value(QStringLiteral("queues")).toArray(),
                             qint64(e.body.value(QStringLiteral("at")).toDouble()));
    } else if (e.type == QLatin1String(msg::AgentState)) {
        if (!m_wanted)
            return;
        m_pendingAgentStates.append(e.body);
        if (!m_agentBatch.isActive())
            m_agentBatch.start();
    } else if (e.type == QLatin1String("help.requested")) {
        if (!m_wanted)
            return;
        m_help->add(e.body);
        emit helpRequested(e.body.value(QStringLiteral("id")).toString(),
                           e.body.value(QStringLiteral("agentId")).toString(),
                           e.body.value(QStringLiteral("name")).toString(),
                           e.body.value(QStringLiteral("text")).toString());
    } else if (e.type == QLatin1String("help.resolved")) {
        m_help->remove(e.body.value(QStringLiteral("id")).toString());
    }
}

void SupervisionHub::flushAgentStates()
{
    m_agentBatch.stop();
    if (m_pendingAgentStates.isEmpty())
        return;
    const QJsonArray batch = std::exchange(m_pendingAgentStates, {});
    m_agents->applyAgentStates(batch);
}

void SupervisionHub::subscribe(const QStringList &queues)
{
    m_watched = queues;
    m_wanted = true;
    sendSubscribe();
    if (m_settings) {
        m_settings->get(QLatin1String(kIndicatorsKey), this, [this](const QJsonValue &v) {
            if (!v.isArray())
                return;
            QStringList ids;
            for (const QJsonValue &id : v.toArray())
                ids << id.toString();
            m_restoringIndicators = true;
            m_kpis->setIndicators(ids);
            m_restoringIndicators = false;
        });
    }
}

void SupervisionHub::sendSubscribe()
{
    // The whole floor in one go first (one insertion), then the live stream.
    m_cti->request(QLatin1String(msg::AgentList), {}, this, [this](const CtiResult &r) {
        if (!r.ok || !m_wanted)
            return;
        // The list is older than any event still waiting in the batch: it goes first.
        m_agents->applyAgentStates(r.body.value(QStringLiteral("agents")).toArray());
        flushAgentStates();
    });
    m_cti->request(QStringLiteral("help.list"), {}, this, [this](const CtiResult &r) {
        if (r.ok && m_wanted)
            m_help->setAll(r.body.value(QStringLiteral("requests")).toArray());
    });
    QJsonObject fields;
    if (!m_watched.isEmpty())
        fields.insert("queues", QJsonArray::fromStringList(m_watched));
    m_cti->request(
        QLatin1String(msg::SuperviseSubscribe), fields, this, [this](const CtiResult &r) {
            if (!r.ok) {
                emit actionFailed(tr("Supervision indisponible : %1").arg(r.error.message));
                return;
            }
            QHash<QString, QStringList> skills;
            for (const QJsonValue &v : r.body.value(QStringLiteral("queues")).toArray()) {
                const QJsonObject q = v.toObject();
                QStringList required;
                for (const QJsonValue &s : q.value(QStringLiteral("skills")).toArray())
                    required << s.toString();
                const QString name = q.value(QStringLiteral("name")).toString();
                skills.insert(name, required);
                // The queue's colours, as the server's configuration sets them.
                const QJsonValue t = q.value(QStringLiteral("thresholds"));
                if (t.isObject())
                    m_queues->setThresholds(name, QueueThresholds::fromJson(t.toObject()));
            }
            m_agents->setQueueSkills(skills);
            if (!m_subscribed) {
                m_subscribed = true;
                emit subscribedChanged();
            }
        });
}

void SupervisionHub::unsubscribe()
{
    m_wanted = false;
    m_agentBatch.stop();
    m_pendingAgentStates = {};
    m_cti->send(QLatin1String(msg::SuperviseUnsubscribe));
    if (m_subscribed) {
        m_subscribed = false;
        emit subscribedChanged();
    }
}

void SupervisionHub::reset()
{
    m_wanted = false;
    m_agentBatch.stop();
    m_pendingAgentStates = {};
    m_watched.clear();
    m_queues->clear();
    m_agents->clear();
    m_help->clear();
    m_waiting->clear();
    if (m_subscribed) {
        m_subscribed = false;
        emit subscribedChanged();
    }
}

void SupervisionHub::act(const QString &verb, const QJsonObject &fields, const QString &done,
                         const QString &failed, const std::function<void()> &after)
{
    m_cti->request(verb, fields, this, [this, done, failed, after](const CtiResult &r) {
        if (r.ok)
            emit actionSucceeded(done);
        else
            emit actionFailed(failed.arg(r.error.message));
        if (after)
            after();
    });
}

void SupervisionHub::forceState(const QString &agentId, const QString &state, const QString &reason)
{
    QJsonObject fields{{"agentId", agentId}, {"state", state}};
    if (!reason.isEmpty())
        fields.insert("reason", reason);
    const AgentGridModel::Agent *a = m_agents->agent(agentId);
    const QString name = a && !a->name.isEmpty() ? a->name : agentId;
    act(QLatin1String(msg::AgentForceState), fields,
        state == QLatin1String("ready") ? tr("%1 est passé Prêt").arg(name)
                                        : tr("%1 est passé en pause").arg(name),
        tr("Changement d'état refusé : %1"));
}

void SupervisionHub::forceLogout(const QString &agentId, const QString &reason)
{
    QJsonObject fields{{"agentId", agentId}, {"state", "logged_out"}};
    if (!reason.isEmpty())
        fields.insert("reason", reason);
    const AgentGridModel::Agent *a = m_agents->agent(agentId);
    act(QLatin1String(msg::AgentForceState), fields,
        tr("%1 a été déconnecté").arg(a && !a->name.isEmpty() ? a->name : agentId),
        tr("Déconnexion refusée : %1"));
}

void SupervisionHub::moveToQueue(const QString &interactionId, const QString &queue)
{
    act(QLatin1String(msg::InteractionTransfer),
        {{"interactionId", interactionId}, {"queue", queue}},
        tr("Interaction déplacée vers la file %1").arg(queue), tr("Déplacement refusé : %1"),
        [this] { m_waiting->refresh(); });
}

void SupervisionHub::moveToAgent(const QString &interactionId, const QString &agentId)
{
    const AgentGridModel::Agent *a = m_agents->agent(agentId);
    act(QLatin1String(msg::InteractionTransfer),
        {{"interactionId", interactionId}, {"agentId", agentId}},
        tr("Interaction confiée à %1").arg(a && !a->name.isEmpty() ? a->name : agentId),
        tr("Déplacement refusé : %1"), [this] { m_waiting->refresh(); });
}

void SupervisionHub::resolveHelp(const QString &requestId)
{
    m_cti->request(QStringLiteral("help.resolve"), {{"requestId", requestId}}, this,
                   [this, requestId](const CtiResult &r) {
                       if (r.ok || r.error.isServer(ErrorCode::Conflict)) {
                           m_help->remove(requestId);
                           emit actionSucceeded(tr("Demande d'aide prise en charge"));
                           return;
                       }
                       emit actionFailed(
                           tr("Prise en charge impossible : %1").arg(r.error.message));
                   });
}

void SupervisionHub::broadcast(const QString &text, const QString &severity, const QString &team)
{
    QJsonObject fields{{"text", text}, {"severity", severity}};
    if (!team.isEmpty())
        fields.insert("team", team);
    act(QLatin1String(msg::Broadcast), fields,
        team.isEmpty() ? tr("Message diffusé à tout le plateau")
                       : tr("Message diffusé à l'équipe %1").arg(team),
        tr("Diffusion refusée : %1"));
}

} // namespace relais::app

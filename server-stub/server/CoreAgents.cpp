// DispatchCore: what supervisors and the agents themselves see of an agent (agent.state).
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "server/IxStateNames.h"
#include <relais/protocol/Protocol.h>

#include <QDateTime>

#include <algorithm>
#include <vector>

namespace relais::server {

using namespace relais::protocol;

// Team, skills and the queues an agent may serve do not change while the server runs: built
// once, so that an agent.state costs little more than its few changing fields.
void DispatchCore::loadAgentStatics()
{
    m_agentStatic.clear();
    for (const QString &id : m_routing.agentIds()) {
        const store::UserRecord &u = m_users[id];
        QStringList names = u.skills.keys();
        names.sort();
        QJsonArray skills;
        for (const QString &name : names)
            skills.append(QJsonObject{{"name", name}, {"level", u.skills.value(name)}});
        QJsonArray queues;
        for (const routing::QueueConfig &q : m_config.queues) {
            bool eligible = true;
            for (const QString &skill : q.requiredSkills)
                eligible = eligible && u.skills.value(skill, 0) >= 1;
            if (eligible)
                queues.append(q.name);
        }
        m_agentStatic.insert(id,
                             QJsonObject{{"team", u.team}, {"skills", skills}, {"queues", queues}});
    }
    m_agentDay.clear();
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
    const QHash<QString, store::AgentTotals> totals =
        m_db->agentTotalsSince(midnight.toMSecsSinceEpoch());
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it)
        m_agentDay.insert(it.key(), AgentDay{it->handled, it->handleSumMs});
}

QJsonObject DispatchCore::agentStateJson(const QString &agentId, AgentState state,
                                         const QString &reason, qint64 since) const
{
    QJsonObject o = AgentStateInfo{agentId, displayName(agentId), state, reason, since}.toJson();
    const QJsonObject fixed = m_agentStatic.value(agentId);
    for (auto it = fixed.constBegin(); it != fixed.constEnd(); ++it)
        o.insert(it.key(), it.value());
    const AgentDay day = m_agentDay.value(agentId);
    o.insert("handledToday", day.handled);
    o.insert("ahtTodayMs", day.handled == 0 ? 0 : day.handleSumMs / day.handled);
    QJsonArray work;
    if (const std::optional<routing::AgentInfo> a = m_routing.agent(agentId)) {
        for (const QString &id : a->interactions) {
            const std::optional<routing::InteractionInfo> ix = m_routing.interaction(id);
            if (!ix)
                continue;
            QJsonObject item{{"id", id},
                             {"channel", toString(ix->channel)},
                             {"queue", ix->queue},
                             {"from", ix->from},
                             {"state", ixStateName(ix->state)}};
            if (ix->state == routing::IxState::Active)
                item.insert("since", ix->answeredAt);
            else if (ix->state == routing::IxState::WrapUp)
                item.insert("since", ix->endedAt);
            work.append(item);
        }
    }
    o.insert("interactions", work);
    return o;
}

QJsonObject DispatchCore::agentStateJson(const QString &agentId) const
{
    const std::optional<routing::AgentInfo> a = m_routing.agent(agentId);
    if (!a)
        return {};
    return agentStateJson(agentId, a->state, a->reason, a->since);
}

QJsonArray DispatchCore::agentStatesJson() const
{
    QJsonArray out;
    for (const QString &id : m_routing.agentIds())
        out.append(agentStateJson(id));
    return out;
}

CoreResult DispatchCore::agentDirectory(const Caller &caller, std::optional<Channel> channel) const
{
    struct Entry
    {
        QString name;
        QJsonObject body;
    };
    std::vector<Entry> entries;
    for (const QString &id : m_routing.agentIds()) {
        if (id == caller.username)
            continue;
        const std::optional<routing::AgentInfo> a = m_routing.agent(id);
        if (!a)
            continue;
        const bool signedIn = a->state != AgentState::LoggedOut;
        const bool reachable =
            signedIn && (!channel || transferTargetRefusal(*channel, id).isEmpty());
        const QString name = displayName(id);
        entries.push_back({name, QJsonObject{{"agentId", id},
                                             {"name", name},
                                             {"state", toString(a->state)},
                                             {"team", m_users.value(id).team},
                                             {"reachable", reachable}}});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &l, const Entry &r) {
        return QString::localeAwareCompare(l.name, r.name) < 0;
    });
    QJsonArray agents;
    for (const Entry &e : entries)
        agents.append(e.body);
    return CoreResult::success({{"agents", agents}});
}

// An agent whose work in hand or counters changed without a change of state (a second chat
// accepted, one of two closed) gets one agent.state too.
void DispatchCore::announceAgents(const Batch &batch)
{
    for (const QString &agent : batch.touched) {
        if (batch.announced.contains(agent) || !m_routing.hasAgent(agent))
            continue;
        later([this, agent] {
            const QJsonObject body = agentStateJson(agent);
            emit toUser(agent, QLatin1String(msg::AgentState), body);
            emit toSupervisors(QLatin1String(msg::AgentState), body);
        });
    }
}

void DispatchCore::countHandled(const QString &agentId, qint64 handleMs)
{
    AgentDay &day = m_agentDay[agentId];
    ++day.handled;
    day.handleSumMs += handleMs;
}

void DispatchCore::resetAgentDays()
{
    m_agentDay.clear();
    for (const QString &id : m_routing.agentIds()) {
        const QJsonObject body = agentStateJson(id);
        if (body.value("state").toString() == QLatin1String("logged_out"))
            continue;
        emit toUser(id, QLatin1String(msg::AgentState), body);
        emit toSupervisors(QLatin1String(msg::AgentState), body);
    }
}

} // namespace relais::server

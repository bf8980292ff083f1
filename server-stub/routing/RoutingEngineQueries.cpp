// RoutingEngine: queries and counters.
#include "RoutingEngine.h"

#include "RoutingEngineImpl.h"

namespace relais::routing {

std::optional<AgentInfo> RoutingEngine::agent(const QString &agentId) const
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return std::nullopt;
    const AgentData &data = d->agents[a];
    AgentInfo info;
    info.id = data.cfg.id;
    info.name = data.cfg.name;
    info.availability = data.availability;
    info.reason = data.stateReason;
    info.state = data.state;
    info.since = data.since;
    info.idleSince = data.idleSince;
    info.connected = data.connected;
    for (int slot : data.inHand)
        info.interactions << d->pool[slot]->info.id;
    return info;
}

std::optional<InteractionInfo> RoutingEngine::interaction(const QString &interactionId) const
{
    const Ix *x = d->find(interactionId);
    if (!x)
        return std::nullopt;
    return x->info;
}

QStringList RoutingEngine::waiting(const QString &queue) const
{
    QStringList ids;
    const int q = d->queueIndex.value(queue, -1);
    if (q < 0)
        return ids;
    for (const WaitKey &k : d->queues[q].queued)
        ids << d->pool[k.slot]->info.id;
    return ids;
}

QList<InteractionInfo> RoutingEngine::unanswered(const QString &queue) const
{
    QList<InteractionInfo> out;
    const int q = d->queueIndex.value(queue, -1);
    if (q < 0)
        return out;
    std::vector<WaitKey> offered;
    for (const AgentData &a : d->agents) {
        if (a.pendingOffer >= 0 && d->pool[a.pendingOffer]->queue == q)
            offered.push_back(d->pool[a.pendingOffer]->key());
    }
    std::sort(offered.begin(), offered.end());
    for (const WaitKey &k : offered)
        out << d->pool[k.slot]->info;
    for (const WaitKey &k : d->queues[q].queued)
        out << d->pool[k.slot]->info;
    return out;
}

QStringList RoutingEngine::agentIds() const
{
    QStringList ids;
    ids.reserve(int(d->agents.size()));
    for (const AgentData &a : d->agents)
        ids << a.cfg.id;
    return ids;
}

protocol::QueueStats RoutingEngine::queueStats(const QString &queue, Ms now) const
{
    protocol::QueueStats s;
    s.name = queue;
    const int q = d->queueIndex.value(queue, -1);
    if (q < 0)
        return s;
    const QueueData &data = d->queues[q];
    const QueueCounters &c = data.counters;
    s.waiting = int(data.unanswered.size());
    s.longestWaitMs = data.unanswered.empty() ? 0 : std::max<Ms>(0, now - *data.unanswered.begin());
    s.offered = c.offered;
    s.answered = c.answered;
    s.abandoned = c.abandoned;
    const int handled = c.answered + c.abandoned;
    s.serviceLevel = handled == 0 ? 100.0 : 100.0 * c.answeredInTarget / handled;
    s.ahtMs = c.closed == 0 ? 0 : c.handleSum / c.closed;
    s.agents = data.agents;
    return s;
}

void RoutingEngine::resetCounters()
{
    for (QueueData &q : d->queues)
        q.counters = {};
}

} // namespace relais::routing

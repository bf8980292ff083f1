// RoutingEngine: configuration and agents. Interactions and time are in
// RoutingEngineInteractions.cpp, queries in RoutingEngineQueries.cpp.
#include "RoutingEngine.h"

#include "RoutingEngineImpl.h"

namespace relais::routing {

namespace {
Outcome failure(Error error, const QString &message)
{
    Outcome o;
    o.error = error;
    o.message = message;
    return o;
}

Outcome unknownAgent(const QString &id)
{
    return failure(Error::NotFound, QStringLiteral("no agent '%1'").arg(id));
}
} // namespace

RoutingEngine::RoutingEngine() : d(std::make_unique<Impl>()) {}

RoutingEngine::~RoutingEngine() = default;

void RoutingEngine::configureQueue(const QueueConfig &queue)
{
    const auto it = d->queueIndex.constFind(queue.name);
    if (it == d->queueIndex.constEnd()) {
        d->queueIndex.insert(queue.name, int(d->queues.size()));
        d->queues.emplace_back().cfg = queue;
    } else {
        d->queues[*it].cfg = queue;
    }
    // Eligibility and levels may have changed: every agent is placed again. Offers follow at the
    // next call that reports events.
    const int q = d->queueIndex.value(queue.name);
    for (int a = 0; a < int(d->agents.size()); ++a) {
        d->unindex(a);
        d->countState(a, -1);
        d->updateEligibility(a, q);
        d->countState(a, +1);
        d->reindex(a);
        if (d->agents[a].indexedMask)
            d->markDirty(a);
    }
}

void RoutingEngine::configureAgent(const AgentConfig &agent)
{
    int a = d->agentNo(agent.id);
    if (a < 0) {
        a = int(d->agents.size());
        d->agentIndex.insert(agent.id, a);
        d->agents.emplace_back();
    }
    d->unindex(a);
    d->countState(a, -1);
    d->agents[a].cfg = agent;
    d->computeEligibility(a);
    d->countState(a, +1);
    d->reindex(a);
    d->markDirty(a);
}

bool RoutingEngine::hasQueue(const QString &name) const
{
    return d->queueIndex.contains(name);
}

bool RoutingEngine::hasAgent(const QString &id) const
{
    return d->agentIndex.contains(id);
}

std::optional<QueueConfig> RoutingEngine::queueConfig(const QString &name) const
{
    const auto it = d->queueIndex.constFind(name);
    if (it == d->queueIndex.constEnd())
        return std::nullopt;
    return d->queues[*it].cfg;
}

QStringList RoutingEngine::queueNames() const
{
    QStringList names;
    names.reserve(int(d->queues.size()));
    for (const QueueData &q : d->queues)
        names << q.cfg.name;
    return names;
}

Outcome RoutingEngine::login(const QString &agentId, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return unknownAgent(agentId);
    AgentData &agent = d->agents[a];
    if (agent.availability != Availability::LoggedOut)
        return failure(Error::Conflict, QStringLiteral("agent '%1' is logged in").arg(agentId));
    agent.availability = Availability::NotReady;
    agent.availabilityReason = QStringLiteral("login");
    agent.connected = true;
    agent.idleSince = now;
    Outcome o;
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::logout(const QString &agentId, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return unknownAgent(agentId);
    AgentData &agent = d->agents[a];
    if (agent.availability == Availability::LoggedOut)
        return failure(Error::Conflict, QStringLiteral("agent '%1' is not logged in").arg(agentId));
    if (!agent.inHand.empty())
        return failure(Error::Conflict,
                       QStringLiteral("agent '%1' still has interactions in hand").arg(agentId));
    agent.availability = Availability::LoggedOut;
    agent.availabilityReason.clear();
    agent.connected = false;
    Outcome o;
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::setAvailability(const QString &agentId, Availability availability,
                                       const QString &reason, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return unknownAgent(agentId);
    AgentData &agent = d->agents[a];
    if (availability == Availability::LoggedOut)
        return failure(Error::BadRequest, QStringLiteral("use logout to log an agent out"));
    if (agent.availability == Availability::LoggedOut)
        return failure(Error::Conflict, QStringLiteral("agent '%1' is not logged in").arg(agentId));
    if (availability == Availability::Ready && agent.availability != Availability::Ready)
        agent.idleSince = now;
    agent.availability = availability;
    agent.availabilityReason = availability == Availability::Ready ? QString() : reason;
    Outcome o;
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::setConnected(const QString &agentId, bool connected, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return unknownAgent(agentId);
    AgentData &agent = d->agents[a];
    if (agent.availability == Availability::LoggedOut)
        return failure(Error::Conflict, QStringLiteral("agent '%1' is not logged in").arg(agentId));
    Outcome o;
    if (agent.connected == connected)
        return o;
    agent.connected = connected;
    if (!connected && agent.pendingOffer >= 0) {
        Ix &x = *d->pool[agent.pendingOffer];
        o.events.push_back(OfferRevoked{x.info.id, agentId, RevokeReason::Withdrawn});
        d->releaseOffer(x);
        d->sync(a, now, o.events);
        d->putQueued(x, now, o.events);
    } else {
        d->sync(a, now, o.events);
    }
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::setConsulted(const QString &agentId, bool consulted, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return unknownAgent(agentId);
    AgentData &agent = d->agents[a];
    if (consulted && agent.availability == Availability::LoggedOut)
        return failure(Error::Conflict, QStringLiteral("agent '%1' is not logged in").arg(agentId));
    if (consulted && agent.pendingOffer >= 0)
        return failure(Error::Conflict,
                       QStringLiteral("agent '%1' is being offered an interaction").arg(agentId));
    Outcome o;
    if (agent.consulted == consulted)
        return o;
    agent.consulted = consulted;
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::forceLogout(const QString &agentId, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return unknownAgent(agentId);
    AgentData &agent = d->agents[a];
    if (agent.availability == Availability::LoggedOut && agent.inHand.empty())
        return failure(Error::Conflict, QStringLiteral("agent '%1' is not logged in").arg(agentId));
    Outcome o;
    // Withdrawn work goes back only once the agent is out, so that it is not offered back.
    std::vector<Ix *> requeue;
    if (agent.pendingOffer >= 0) {
        Ix &x = *d->pool[agent.pendingOffer];
        o.events.push_back(OfferRevoked{x.info.id, agentId, RevokeReason::Withdrawn});
        d->releaseOffer(x);
        requeue.push_back(&x);
    }
    const std::vector<int> inHand = agent.inHand;
    for (int slot : inHand) {
        Ix &x = *d->pool[slot];
        if (x.info.state == IxState::WrapUp) {
            o.events.push_back(WrapupExpired{x.info.id, agentId});
            d->close(x, now, o.events);
        } else if (x.info.state == IxState::Active && (protocol::isTextChannel(x.info.channel) ||
                                                       x.info.channel == Channel::Callback)) {
            d->releaseHandled(x, now);
            requeue.push_back(&x);
        }
    }
    agent.availability = Availability::LoggedOut;
    agent.availabilityReason.clear();
    agent.connected = false;
    d->sync(a, now, o.events);
    for (Ix *x : requeue)
        d->putQueued(*x, now, o.events);
    d->match(now, o.events);
    return o;
}

} // namespace relais::routing

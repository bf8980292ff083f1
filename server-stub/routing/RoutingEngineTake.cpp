// RoutingEngine: an agent takes a waiting interaction themselves (a callback called now).
#include "RoutingEngine.h"

#include "RoutingEngineImpl.h"

namespace relais::routing {

Outcome RoutingEngine::Impl::cannotTake(int agent, const Ix *offeredToThem) const
{
    const AgentData &a = agents[agent];
    if (a.availability == Availability::LoggedOut)
        return failed(Error::Conflict, QStringLiteral("'%1' is logged out").arg(a.cfg.id));
    for (int slot : a.inHand) {
        if (pool[slot].get() != offeredToThem)
            return failed(Error::Conflict, QStringLiteral("'%1' has work in hand").arg(a.cfg.id));
    }
    return {};
}

void RoutingEngine::Impl::handOver(Ix &x, int agent, Ms now, Events &ev)
{
    AgentData &a = agents[agent];
    leaveUnanswered(x);
    x.agent = agent;
    x.info.agentId = a.cfg.id;
    x.target = -1;
    x.info.targetAgent.clear();
    x.offerToken = 0;
    x.overflowToken = 0;
    x.info.offerExpiresAt = 0;
    x.info.state = IxState::Active;
    x.info.answeredAt = now;
    if (std::find(a.inHand.begin(), a.inHand.end(), x.slot) == a.inHand.end())
        a.inHand.push_back(x.slot);
    ++a.load[int(x.info.channel)];
    if (isExclusive(x.info.channel))
        ++a.exclusive;
    QueueData &q = queues[x.queue];
    if (!x.answeredHere) {
        x.answeredHere = true;
        ++q.counters.answered;
        if (now - x.info.arrivedAt <= q.cfg.serviceLevelTargetMs)
            ++q.counters.answeredInTarget;
    }
    ev.push_back(InteractionStateChanged{x.info.id, IxState::Active, a.cfg.id, x.info.queue});
    sync(agent, now, ev);
}

Outcome RoutingEngine::take(const QString &agentId, const QString &interactionId, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return failed(Error::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    Ix *x = d->find(interactionId);
    if (!x)
        return failed(Error::NotFound, QStringLiteral("no interaction '%1'").arg(interactionId));
    if (x->info.state == IxState::Offered && x->agent == a)
        return accept(agentId, interactionId, now);
    if (x->info.state == IxState::Offered)
        return failed(Error::Conflict, QStringLiteral("interaction '%1' is offered to '%2'")
                                           .arg(interactionId, x->info.agentId));
    if (x->info.state != IxState::Queued)
        return failed(Error::Conflict,
                      QStringLiteral("interaction '%1' is no longer waiting").arg(interactionId));
    if (Outcome why = d->cannotTake(a, nullptr); !why.ok())
        return why;
    d->removeQueued(*x);
    Outcome o;
    d->handOver(*x, a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::enqueueTaken(const InteractionSpec &spec, const QString &agentId, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return failed(Error::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    if (spec.id.isEmpty() || d->find(spec.id) || !hasQueue(spec.queue))
        return failed(
            Error::BadRequest,
            QStringLiteral("interaction '%1' cannot be created in '%2'").arg(spec.id, spec.queue));
    if (Outcome why = d->cannotTake(a, nullptr); !why.ok())
        return why;
    Ix &x = d->create(spec, d->queueIndex.value(spec.queue), now);
    ++d->queues[x.queue].counters.offered;
    Outcome o;
    d->handOver(x, a, now, o.events);
    d->match(now, o.events);
    return o;
}

} // namespace relais::routing

// RoutingEngine: releasing an interaction kept for one agent, and withdrawing a waiting one.
#include "RoutingEngine.h"

#include "RoutingEngineImpl.h"

namespace relais::routing {

Outcome RoutingEngine::releaseTarget(const QString &interactionId, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return failed(Error::NotFound, QStringLiteral("no interaction '%1'").arg(interactionId));
    Outcome o;
    if (x->target < 0)
        return o;
    if (x->info.state == IxState::Queued) {
        d->removeQueued(*x);
        x->target = -1;
        x->info.targetAgent.clear();
        d->insertQueued(*x);
        o.events.push_back(InteractionStateChanged{x->info.id, IxState::Queued, {}, x->info.queue});
        d->match(now, o.events);
    } else {
        x->target = -1;
        x->info.targetAgent.clear();
    }
    return o;
}

Outcome RoutingEngine::withdraw(const QString &interactionId, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return failed(Error::NotFound, QStringLiteral("no interaction '%1'").arg(interactionId));
    Outcome o;
    int agent = -1;
    if (x->info.state == IxState::Offered) {
        agent = x->agent;
        o.events.push_back(OfferRevoked{interactionId, x->info.agentId, RevokeReason::Withdrawn});
        d->releaseOffer(*x);
    } else if (x->info.state == IxState::Queued) {
        d->removeQueued(*x);
    } else {
        return failed(Error::Conflict,
                      QStringLiteral("interaction '%1' is no longer waiting").arg(interactionId));
    }
    d->leaveUnanswered(*x);
    QueueCounters &c = d->queues[x->queue].counters;
    c.offered = std::max(0, c.offered - 1);
    x->info.state = IxState::Abandoned;
    x->info.endedAt = now;
    x->info.agentId.clear();
    x->overflowToken = 0;
    x->target = -1;
    x->info.targetAgent.clear();
    o.events.push_back(
        InteractionStateChanged{interactionId, IxState::Abandoned, {}, x->info.queue});
    if (agent >= 0)
        d->sync(agent, now, o.events);
    d->match(now, o.events);
    return o;
}

} // namespace relais::routing

// RoutingEngine: interactions and deadlines.
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

Outcome unknownInteraction(const QString &id)
{
    return failure(Error::NotFound, QStringLiteral("no interaction '%1'").arg(id));
}

Outcome notOfferedTo(const QString &id, const QString &agentId)
{
    return failure(Error::Conflict,
                   QStringLiteral("interaction '%1' is not offered to '%2'").arg(id, agentId));
}

Outcome badSpec(const RoutingEngine &engine, const InteractionSpec &spec, bool exists)
{
    if (spec.id.isEmpty())
        return failure(Error::BadRequest, QStringLiteral("field 'id' is empty"));
    if (exists)
        return failure(Error::BadRequest, QStringLiteral("interaction '%1' exists").arg(spec.id));
    if (!engine.hasQueue(spec.queue))
        return failure(Error::BadRequest, QStringLiteral("no queue '%1'").arg(spec.queue));
    if (!spec.targetAgent.isEmpty() && !engine.hasAgent(spec.targetAgent))
        return failure(Error::BadRequest, QStringLiteral("no agent '%1'").arg(spec.targetAgent));
    return {};
}
} // namespace

Outcome RoutingEngine::enqueue(const InteractionSpec &spec, Ms now)
{
    if (Outcome bad = badSpec(*this, spec, d->find(spec.id)); !bad.ok())
        return bad;
    const int q = d->queueIndex.value(spec.queue);
    Ix &x = d->create(spec, q, now);
    if (!spec.targetAgent.isEmpty()) {
        x.target = d->agentNo(spec.targetAgent);
        x.info.targetAgent = spec.targetAgent;
    }
    ++d->queues[q].counters.offered;
    d->armOverflow(x, x.info.arrivedAt);
    Outcome o;
    d->putQueued(x, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::restoreAssigned(const InteractionSpec &spec, const QString &agentId,
                                       IxState state, Ms answeredAt, Ms now)
{
    if (Outcome bad = badSpec(*this, spec, d->find(spec.id)); !bad.ok())
        return bad;
    const int a = d->agentNo(agentId);
    if (a < 0)
        return failure(Error::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    if (state != IxState::Active && state != IxState::WrapUp)
        return failure(Error::BadRequest, QStringLiteral("only active or wrap-up is restored"));
    Ix &x = d->create(spec, d->queueIndex.value(spec.queue), now);
    AgentData &agent = d->agents[a];
    x.agent = a;
    x.info.agentId = agentId;
    x.info.answeredAt = answeredAt > 0 ? answeredAt : now;
    x.answeredHere = true;
    agent.inHand.push_back(x.slot);
    ++agent.load[int(x.info.channel)];
    if (isExclusive(x.info.channel))
        ++agent.exclusive;
    Outcome o;
    if (state == IxState::Active) {
        x.info.state = IxState::Active;
        o.events.push_back(
            InteractionStateChanged{x.info.id, IxState::Active, agentId, x.info.queue});
    } else {
        d->startWrapup(x, now, o.events);
    }
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Ix *RoutingEngine::Impl::pendingOffer(const QString &agentId, const QString &interactionId,
                                      int *agent, Outcome *why) const
{
    *agent = agentNo(agentId);
    Ix *x = *agent < 0 ? nullptr : find(interactionId);
    if (*agent < 0)
        *why = failure(Error::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    else if (!x)
        *why = unknownInteraction(interactionId);
    else if (x->info.state != IxState::Offered || x->agent != *agent)
        *why = notOfferedTo(interactionId, agentId);
    else
        return x;
    return nullptr;
}

Outcome RoutingEngine::accept(const QString &agentId, const QString &interactionId, Ms now)
{
    int a = -1;
    Outcome why;
    Ix *x = d->pendingOffer(agentId, interactionId, &a, &why);
    if (!x)
        return why;
    AgentData &agent = d->agents[a];
    agent.pendingOffer = -1;
    ++agent.load[int(x->info.channel)];
    if (isExclusive(x->info.channel))
        ++agent.exclusive;
    x->offerToken = 0;
    x->info.offerExpiresAt = 0;
    x->info.state = IxState::Active;
    x->info.answeredAt = now;
    d->leaveUnanswered(*x);
    QueueData &q = d->queues[x->queue];
    if (!x->answeredHere) {
        x->answeredHere = true;
        ++q.counters.answered;
        if (now - x->info.arrivedAt <= q.cfg.serviceLevelTargetMs)
            ++q.counters.answeredInTarget;
    }
    Outcome o;
    o.events.push_back(
        InteractionStateChanged{interactionId, IxState::Active, agentId, x->info.queue});
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::reject(const QString &agentId, const QString &interactionId, Ms now)
{
    int a = -1;
    Outcome why;
    Ix *x = d->pendingOffer(agentId, interactionId, &a, &why);
    if (!x)
        return why;
    Outcome o;
    o.events.push_back(OfferRevoked{interactionId, agentId, RevokeReason::Rejected});
    d->releaseOffer(*x);
    x->rejectedBy.push_back(a);
    // A transfer to this agent is refused: the queue serves it again.
    x->target = -1;
    x->info.targetAgent.clear();
    d->sync(a, now, o.events);
    d->putQueued(*x, now, o.events);
    d->match(now, o.events);
    return o;
}

void RoutingEngine::Impl::noAnswer(Ix &x, Ms now, Events &ev)
{
    const int a = x.agent;
    AgentData &agent = agents[a];
    ev.push_back(OfferRevoked{x.info.id, agent.cfg.id, RevokeReason::Timeout});
    releaseOffer(x);
    x.target = -1;
    x.info.targetAgent.clear();
    agent.availability = Availability::NotReady;
    agent.availabilityReason = QStringLiteral("no_answer");
    sync(a, now, ev);
    putQueued(x, now, ev);
}

Outcome RoutingEngine::offerUnanswered(const QString &agentId, const QString &interactionId, Ms now)
{
    int a = -1;
    Outcome why;
    Ix *x = d->pendingOffer(agentId, interactionId, &a, &why);
    if (!x)
        return why;
    Outcome o;
    d->noAnswer(*x, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::end(const QString &interactionId, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return unknownInteraction(interactionId);
    if (x->info.state != IxState::Active)
        return failure(Error::Conflict,
                       QStringLiteral("interaction '%1' is not active").arg(interactionId));
    Outcome o;
    d->startWrapup(*x, now, o.events);
    d->sync(x->agent, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::wrapup(const QString &agentId, const QString &interactionId, Ms now)
{
    const int a = d->agentNo(agentId);
    if (a < 0)
        return failure(Error::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    Ix *x = d->find(interactionId);
    if (!x)
        return unknownInteraction(interactionId);
    if ((x->info.state != IxState::Active && x->info.state != IxState::WrapUp) || x->agent != a)
        return failure(Error::Conflict,
                       QStringLiteral("interaction '%1' is not in the hands of '%2'")
                           .arg(interactionId, agentId));
    Outcome o;
    if (x->info.state == IxState::Active)
        d->startWrapup(*x, now, o.events);
    d->close(*x, now, o.events);
    d->sync(a, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::abandon(const QString &interactionId, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return unknownInteraction(interactionId);
    Outcome o;
    switch (x->info.state) {
    case IxState::Active:
        d->startWrapup(*x, now, o.events);
        d->sync(x->agent, now, o.events);
        break;
    case IxState::Queued:
    case IxState::Offered: {
        int agent = -1;
        if (x->info.state == IxState::Offered) {
            agent = x->agent;
            o.events.push_back(
                OfferRevoked{interactionId, x->info.agentId, RevokeReason::Abandoned});
            d->releaseOffer(*x);
        } else {
            d->removeQueued(*x);
        }
        d->leaveUnanswered(*x);
        ++d->queues[x->queue].counters.abandoned;
        x->info.state = IxState::Abandoned;
        x->info.endedAt = now;
        x->overflowToken = 0;
        o.events.push_back(
            InteractionStateChanged{interactionId, IxState::Abandoned, {}, x->info.queue});
        if (agent >= 0)
            d->sync(agent, now, o.events);
        break;
    }
    default:
        return failure(Error::Conflict,
                       QStringLiteral("interaction '%1' is already over").arg(interactionId));
    }
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::transferToQueue(const QString &interactionId, const QString &queue, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return unknownInteraction(interactionId);
    const int q = d->queueIndex.value(queue, -1);
    if (q < 0)
        return failure(Error::NotFound, QStringLiteral("no queue '%1'").arg(queue));
    Outcome o;
    int agent = x->agent;
    switch (x->info.state) {
    case IxState::Queued:
        d->removeQueued(*x);
        break;
    case IxState::Offered:
        o.events.push_back(OfferRevoked{interactionId, x->info.agentId, RevokeReason::Transferred});
        d->releaseOffer(*x);
        break;
    case IxState::Active:
        d->releaseHandled(*x, now);
        break;
    default:
        return failure(
            Error::Conflict,
            QStringLiteral("interaction '%1' can no longer be transferred").arg(interactionId));
    }
    if (agent >= 0)
        d->sync(agent, now, o.events);
    d->enterQueue(*x, q, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::transferToAgent(const QString &interactionId, const QString &agentId, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return unknownInteraction(interactionId);
    const int target = d->agentNo(agentId);
    if (target < 0)
        return failure(Error::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    const IxState state = x->info.state;
    if (state != IxState::Queued && state != IxState::Offered && state != IxState::Active)
        return failure(
            Error::Conflict,
            QStringLiteral("interaction '%1' can no longer be transferred").arg(interactionId));
    if (x->agent == target && state == IxState::Active)
        return failure(
            Error::Conflict,
            QStringLiteral("'%1' already handles interaction '%2'").arg(agentId, interactionId));
    Outcome o;
    std::erase(x->rejectedBy, target);
    if (x->agent == target) { // already offered to that agent: it stays so
        x->target = target;
        x->info.targetAgent = agentId;
        return o;
    }
    const int agent = x->agent;
    if (state == IxState::Queued) {
        d->removeQueued(*x);
    } else if (state == IxState::Offered) {
        o.events.push_back(OfferRevoked{interactionId, x->info.agentId, RevokeReason::Transferred});
        d->releaseOffer(*x);
    } else {
        d->releaseHandled(*x, now);
    }
    if (agent >= 0)
        d->sync(agent, now, o.events);
    x->target = target;
    x->info.targetAgent = agentId;
    d->putQueued(*x, now, o.events);
    d->match(now, o.events);
    return o;
}

Outcome RoutingEngine::convertChannel(const QString &interactionId, Channel channel, Ms now)
{
    Ix *x = d->find(interactionId);
    if (!x)
        return unknownInteraction(interactionId);
    Outcome o;
    if (x->info.channel == channel)
        return o;
    if (x->info.state == IxState::Queued) {
        d->removeQueued(*x);
        x->info.channel = channel;
        d->insertQueued(*x);
    } else if (x->info.state == IxState::Offered) {
        const int agent = x->agent;
        o.events.push_back(OfferRevoked{interactionId, x->info.agentId, RevokeReason::Withdrawn});
        d->releaseOffer(*x);
        d->sync(agent, now, o.events);
        x->info.channel = channel;
        d->putQueued(*x, now, o.events);
    } else {
        return failure(Error::Conflict,
                       QStringLiteral("interaction '%1' is no longer waiting").arg(interactionId));
    }
    d->match(now, o.events);
    return o;
}

void RoutingEngine::forget(const QString &interactionId)
{
    Ix *x = d->find(interactionId);
    if (x && (x->info.state == IxState::Closed || x->info.state == IxState::Abandoned))
        d->destroy(*x);
}

Events RoutingEngine::tick(Ms now)
{
    Events ev;
    while (!d->deadlines.empty() && d->deadlines.top().at <= now) {
        const Deadline dl = d->deadlines.top();
        d->deadlines.pop();
        if (!d->valid(dl))
            continue;
        Ix &x = *d->pool[dl.slot];
        switch (dl.kind) {
        case DeadlineKind::Offer:
            d->noAnswer(x, now, ev);
            break;
        case DeadlineKind::Wrapup: {
            const int a = x.agent;
            ev.push_back(WrapupExpired{x.info.id, x.info.agentId});
            d->close(x, now, ev);
            d->sync(a, now, ev);
            break;
        }
        case DeadlineKind::Overflow: {
            x.overflowToken = 0;
            // Offered: looked at again if it comes back (putQueued). Transfers to an agent wait.
            if (x.info.state != IxState::Queued || x.target >= 0 || x.overflowDone)
                break;
            x.overflowDone = true;
            const QueueConfig &q = d->queues[x.queue].cfg;
            ev.push_back(OverflowDue{x.info.id, q.name, q.overflowAction, q.overflowTarget});
            const int target = d->queueIndex.value(q.overflowTarget, -1);
            if (q.overflowAction == OverflowAction::Queue && target >= 0 && target != x.queue) {
                d->removeQueued(x);
                d->enterQueue(x, target, now, ev);
            }
            break;
        }
        }
    }
    d->match(now, ev);
    return ev;
}

std::optional<Ms> RoutingEngine::nextDeadline() const
{
    while (!d->deadlines.empty() && !d->valid(d->deadlines.top()))
        d->deadlines.pop();
    if (d->deadlines.empty())
        return std::nullopt;
    return d->deadlines.top().at;
}

} // namespace relais::routing

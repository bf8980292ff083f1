#include "RoutingEngineImpl.h"

namespace relais::routing {

namespace {
int *counter(protocol::AgentCounts &c, AgentState s)
{
    switch (s) {
    case AgentState::Ready:
        return &c.ready;
    case AgentState::NotReady:
        return &c.notReady;
    case AgentState::Reserved:
        return &c.reserved;
    case AgentState::Busy:
        return &c.busy;
    case AgentState::WrapUp:
        return &c.wrapUp;
    case AgentState::LoggedOut:
        break;
    }
    return nullptr;
}
} // namespace

Ix *RoutingEngine::Impl::find(const QString &id) const
{
    const auto it = ixIndex.constFind(id);
    return it == ixIndex.constEnd() ? nullptr : pool[*it].get();
}

Ix &RoutingEngine::Impl::create(const InteractionSpec &spec, int queue, Ms now)
{
    int slot;
    if (freeSlots.empty()) {
        slot = int(pool.size());
        pool.emplace_back();
    } else {
        slot = freeSlots.back();
        freeSlots.pop_back();
    }
    pool[slot] = std::make_unique<Ix>();
    Ix &x = *pool[slot];
    x.slot = slot;
    x.queue = queue;
    x.info.id = spec.id;
    x.info.channel = spec.channel;
    x.info.queue = queues[queue].cfg.name;
    x.info.from = spec.from;
    x.info.priority = spec.priority;
    const QueueConfig &q = queues[queue].cfg;
    if (!spec.from.isEmpty() && q.priorityNumbers.contains(spec.from))
        x.info.priority = std::max(spec.priority, q.priorityBoost);
    x.info.arrivedAt = spec.arrivedAt > 0 ? spec.arrivedAt : now;
    if (spec.seq == 0) {
        x.info.seq = nextSeq++;
    } else {
        x.info.seq = spec.seq;
        nextSeq = std::max(nextSeq, spec.seq + 1);
    }
    ixIndex.insert(spec.id, slot);
    return x;
}

void RoutingEngine::Impl::destroy(Ix &x)
{
    const int slot = x.slot;
    ixIndex.remove(x.info.id);
    pool[slot].reset();
    freeSlots.push_back(slot);
}

// ---------------------------------------------------------------- agents

unsigned RoutingEngine::Impl::channelMask(const AgentData &a) const
{
    if (a.availability != Availability::Ready || !a.connected || a.pendingOffer >= 0 ||
        a.exclusive > 0 || a.consulted)
        return 0;
    int total = 0;
    for (int n : a.load)
        total += n;
    unsigned mask = 0;
    for (int c = 0; c < protocol::kChannelCount; ++c) {
        const int cap = a.cfg.capacity[c];
        if (cap <= 0)
            continue;
        if (isExclusive(Channel(c)) ? total == 0 : a.load[c] < cap)
            mask |= 1u << c;
    }
    return mask;
}

std::pair<AgentState, QString> RoutingEngine::Impl::effective(const AgentData &a) const
{
    if (a.pendingOffer >= 0)
        return {AgentState::Reserved, {}};
    // A lost desk shows first, even with work in hand: supervisors must see it at once.
    if (!a.connected && a.availability != Availability::LoggedOut)
        return {AgentState::NotReady, QStringLiteral("disconnected")};
    if (a.consulted && a.availability != Availability::LoggedOut)
        return {AgentState::Busy, QStringLiteral("consultation")};
    bool wrapping = false;
    for (int slot : a.inHand) {
        const IxState s = pool[slot]->info.state;
        if (s == IxState::Active)
            return {AgentState::Busy, {}};
        wrapping = wrapping || s == IxState::WrapUp;
    }
    if (wrapping)
        return {AgentState::WrapUp, {}};
    if (a.availability == Availability::LoggedOut)
        return {AgentState::LoggedOut, {}};
    if (a.availability == Availability::Ready)
        return {AgentState::Ready, {}};
    return {AgentState::NotReady, a.availabilityReason};
}

// Keeps the agent's place in the free sets of its queues in step with what it can take now.
void RoutingEngine::Impl::reindex(int agent)
{
    AgentData &a = agents[agent];
    const unsigned mask = channelMask(a);
    const bool idleChanged = a.idleSince != a.indexedIdle;
    if (mask == a.indexedMask && (mask == 0 || !idleChanged))
        return;
    const unsigned drop = idleChanged ? a.indexedMask : a.indexedMask & ~mask;
    const unsigned add = idleChanged ? mask : mask & ~a.indexedMask;
    for (Eligibility &e : a.eligible) {
        QueueData &q = queues[e.queue];
        for (unsigned m = drop & q.channels; m; m &= m - 1) {
            const int c = std::countr_zero(m);
            q.free[c].erase(e.at[c]);
        }
        for (unsigned m = add & q.channels; m; m &= m - 1) {
            const int c = std::countr_zero(m);
            e.at[c] = q.free[c].insert(AgentKey{-e.level, a.idleSince, a.cfg.id, agent}).first;
        }
    }
    if (mask & ~a.indexedMask)
        markDirty(agent);
    a.indexedMask = mask;
    a.indexedIdle = a.idleSince;
}

void RoutingEngine::Impl::unindex(int agent)
{
    AgentData &a = agents[agent];
    if (a.indexedMask == 0)
        return;
    for (Eligibility &e : a.eligible) {
        QueueData &q = queues[e.queue];
        for (unsigned m = a.indexedMask & q.channels; m; m &= m - 1) {
            const int c = std::countr_zero(m);
            q.free[c].erase(e.at[c]);
        }
    }
    a.indexedMask = 0;
}

// The first interaction of a channel in a queue: from now on the queue keeps a free set for it.
void RoutingEngine::Impl::subscribe(int queue, Channel channel)
{
    QueueData &q = queues[queue];
    const unsigned bit = channelBit(channel);
    if (q.channels & bit)
        return;
    q.channels |= bit;
    const int c = int(channel);
    for (int agent = 0; agent < int(agents.size()); ++agent) {
        AgentData &a = agents[agent];
        if (!(a.indexedMask & bit))
            continue;
        for (Eligibility &e : a.eligible) {
            if (e.queue == queue) {
                e.at[c] =
                    q.free[c].insert(AgentKey{-e.level, a.indexedIdle, a.cfg.id, agent}).first;
                break;
            }
        }
    }
}

int RoutingEngine::Impl::levelFor(const AgentData &a, const QueueConfig &q) const
{
    int level = 0;
    for (const QString &skill : q.requiredSkills) {
        const int l = a.cfg.skills.value(skill, 0);
        if (l < 1)
            return -1;
        level += l;
    }
    return level;
}

void RoutingEngine::Impl::computeEligibility(int agent)
{
    AgentData &a = agents[agent];
    a.eligible.clear();
    for (int q = 0; q < int(queues.size()); ++q) {
        const int level = levelFor(a, queues[q].cfg);
        if (level >= 0)
            a.eligible.push_back(Eligibility{q, level, {}});
    }
}

void RoutingEngine::Impl::updateEligibility(int agent, int queue)
{
    AgentData &a = agents[agent];
    const int level = levelFor(a, queues[queue].cfg);
    auto it = std::find_if(a.eligible.begin(), a.eligible.end(),
                           [queue](const Eligibility &e) { return e.queue == queue; });
    if (it != a.eligible.end()) {
        if (level >= 0)
            it->level = level;
        else
            a.eligible.erase(it);
    } else if (level >= 0) {
        a.eligible.push_back(Eligibility{queue, level, {}});
    }
}

void RoutingEngine::Impl::countState(int agent, int delta)
{
    const AgentData &a = agents[agent];
    for (const Eligibility &e : a.eligible) {
        if (int *n = counter(queues[e.queue].agents, a.state))
            *n += delta;
    }
}

void RoutingEngine::Impl::sync(int agent, Ms now, Events &ev)
{
    AgentData &a = agents[agent];
    auto [state, reason] = effective(a);
    if (state != a.state || reason != a.stateReason) {
        countState(agent, -1);
        a.state = state;
        a.stateReason = reason;
        a.since = now;
        countState(agent, +1);
        ev.push_back(AgentStateChanged{a.cfg.id, state, reason, now});
    }
    reindex(agent);
}

void RoutingEngine::Impl::markDirty(int agent)
{
    if (!agents[agent].dirty) {
        agents[agent].dirty = true;
        dirtyAgents.push_back(agent);
    }
}

// ---------------------------------------------------------------- interactions

void RoutingEngine::Impl::insertQueued(Ix &x)
{
    QueueData &q = queues[x.queue];
    const WaitKey k = x.key();
    if (x.target >= 0) {
        agents[x.target].targeted.insert(k);
    } else {
        subscribe(x.queue, x.info.channel);
        q.waiting[int(x.info.channel)].insert(k);
    }
    q.queued.insert(k);
    if (!x.unanswered) {
        q.unanswered.insert(x.info.arrivedAt);
        x.unanswered = true;
    }
    dirtyIx.insert(k);
}

void RoutingEngine::Impl::removeQueued(Ix &x)
{
    QueueData &q = queues[x.queue];
    const WaitKey k = x.key();
    if (x.target >= 0)
        agents[x.target].targeted.erase(k);
    else
        q.waiting[int(x.info.channel)].erase(k);
    q.queued.erase(k);
}

// (Back) in its queue with its original key, so at the head of its priority.
void RoutingEngine::Impl::putQueued(Ix &x, Ms now, Events &ev)
{
    x.info.state = IxState::Queued;
    x.info.agentId.clear();
    x.info.offerExpiresAt = 0;
    x.agent = -1;
    x.offerToken = 0;
    insertQueued(x);
    if (x.overflowAt > 0 && !x.overflowDone && x.overflowToken == 0)
        schedule(x, DeadlineKind::Overflow, std::max(x.overflowAt, now));
    ev.push_back(InteractionStateChanged{x.info.id, IxState::Queued, {}, x.info.queue});
}

void RoutingEngine::Impl::leaveUnanswered(Ix &x)
{
    if (!x.unanswered)
        return;
    std::multiset<Ms> &u = queues[x.queue].unanswered;
    const auto it = u.find(x.info.arrivedAt);
    if (it != u.end())
        u.erase(it);
    x.unanswered = false;
}

void RoutingEngine::Impl::armOverflow(Ix &x, Ms from)
{
    const QueueConfig &q = queues[x.queue].cfg;
    x.overflowDone = false;
    x.overflowToken = 0;
    x.overflowAt = 0;
    if (q.overflowDelayMs > 0 && q.overflowAction != OverflowAction::None)
        x.overflowAt = from + q.overflowDelayMs;
}

// Into another queue (transfer, overflow): counts as offered there, keeps seq and priority.
void RoutingEngine::Impl::enterQueue(Ix &x, int queue, Ms now, Events &ev)
{
    leaveUnanswered(x);
    x.queue = queue;
    x.info.queue = queues[queue].cfg.name;
    x.target = -1;
    x.info.targetAgent.clear();
    x.answeredHere = false;
    ++queues[queue].counters.offered;
    armOverflow(x, now);
    putQueued(x, now, ev);
}

void RoutingEngine::Impl::offer(Ix &x, int agent, Ms now, Events &ev)
{
    AgentData &a = agents[agent];
    removeQueued(x);
    x.info.state = IxState::Offered;
    x.agent = agent;
    x.info.agentId = a.cfg.id;
    const Ms timeout = queues[x.queue].cfg.offerTimeoutMs;
    x.info.offerExpiresAt = timeout > 0 ? now + timeout : 0;
    if (timeout > 0)
        schedule(x, DeadlineKind::Offer, now + timeout);
    a.pendingOffer = x.slot;
    a.inHand.push_back(x.slot);
    ev.push_back(OfferMade{x.info.id, a.cfg.id, x.info.offerExpiresAt});
    ev.push_back(InteractionStateChanged{x.info.id, IxState::Offered, a.cfg.id, x.info.queue});
    sync(agent, now, ev);
}

void RoutingEngine::Impl::releaseOffer(Ix &x)
{
    AgentData &a = agents[x.agent];
    a.pendingOffer = -1;
    std::erase(a.inHand, x.slot);
    x.agent = -1;
    x.offerToken = 0;
    x.info.offerExpiresAt = 0;
}

void RoutingEngine::Impl::releaseHandled(Ix &x, Ms now)
{
    AgentData &a = agents[x.agent];
    --a.load[int(x.info.channel)];
    if (isExclusive(x.info.channel))
        --a.exclusive;
    std::erase(a.inHand, x.slot);
    if (a.inHand.empty())
        a.idleSince = now;
    x.agent = -1;
    x.wrapToken = 0;
}

void RoutingEngine::Impl::startWrapup(Ix &x, Ms now, Events &ev)
{
    x.info.state = IxState::WrapUp;
    x.info.endedAt = now;
    const Ms limit = queues[x.queue].cfg.wrapupLimitMs;
    if (limit > 0)
        schedule(x, DeadlineKind::Wrapup, now + limit);
    ev.push_back(InteractionStateChanged{x.info.id, IxState::WrapUp, x.info.agentId, x.info.queue});
}

void RoutingEngine::Impl::close(Ix &x, Ms now, Events &ev)
{
    QueueCounters &c = queues[x.queue].counters;
    ++c.closed;
    if (x.info.answeredAt > 0)
        c.handleSum += std::max<Ms>(0, now - x.info.answeredAt);
    if (x.info.endedAt == 0)
        x.info.endedAt = now;
    x.info.state = IxState::Closed;
    releaseHandled(x, now);
    ev.push_back(InteractionStateChanged{x.info.id, IxState::Closed, x.info.agentId, x.info.queue});
}

void RoutingEngine::Impl::schedule(Ix &x, DeadlineKind kind, Ms at)
{
    const quint64 token = nextToken++;
    switch (kind) {
    case DeadlineKind::Offer:
        x.offerToken = token;
        break;
    case DeadlineKind::Wrapup:
        x.wrapToken = token;
        break;
    case DeadlineKind::Overflow:
        x.overflowToken = token;
        break;
    }
    deadlines.push(Deadline{at, token, x.slot, kind});
}

bool RoutingEngine::Impl::valid(const Deadline &d) const
{
    const Ix *x = pool[d.slot].get();
    if (!x)
        return false;
    switch (d.kind) {
    case DeadlineKind::Offer:
        return x->offerToken == d.token;
    case DeadlineKind::Wrapup:
        return x->wrapToken == d.token;
    case DeadlineKind::Overflow:
        return x->overflowToken == d.token;
    }
    return false;
}

} // namespace relais::routing

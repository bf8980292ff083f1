// RoutingEngine::Impl: matching waiting interactions to free agents.
#include "RoutingEngineImpl.h"

namespace relais::routing {

int RoutingEngine::Impl::bestAgentFor(const Ix &x) const
{
    for (const AgentKey &k : queues[x.queue].free[int(x.info.channel)]) {
        if (!x.rejected(k.index))
            return k.index;
    }
    return -1;
}

// The best waiting interaction this agent can take: its own transfers and the heads of its
// queues for the channels it has room for.
Ix *RoutingEngine::Impl::bestFor(int agent) const
{
    const AgentData &a = agents[agent];
    const unsigned mask = channelMask(a);
    Ix *best = nullptr;
    WaitKey bestKey;
    for (const WaitKey &k : a.targeted) {
        Ix *x = pool[k.slot].get();
        if (mask & channelBit(x->info.channel)) {
            best = x;
            bestKey = k;
            break;
        }
    }
    for (const Eligibility &e : a.eligible) {
        const QueueData &queue = queues[e.queue];
        if (queue.queued.empty())
            continue;
        for (int c = 0; c < protocol::kChannelCount; ++c) {
            if (!(mask & (1u << c)))
                continue;
            for (const WaitKey &k : queue.waiting[c]) {
                if (best && !(k < bestKey))
                    break;
                Ix *x = pool[k.slot].get();
                if (!x->rejected(agent)) {
                    best = x;
                    bestKey = k;
                    break;
                }
            }
        }
    }
    return best;
}

// Runs until no free agent can take any waiting interaction. Agents that may have gained room
// pick the best work among their queues (given to the best agent for it); interactions that
// (re)entered a queue look for the best free agent.
void RoutingEngine::Impl::match(Ms now, Events &ev)
{
    while (!dirtyAgents.empty()) {
        const int agent = dirtyAgents.back();
        dirtyAgents.pop_back();
        agents[agent].dirty = false;
        while (Ix *x = bestFor(agent)) {
            const int to = x->target >= 0 ? x->target : bestAgentFor(*x);
            if (to < 0)
                break;
            offer(*x, to, now, ev);
            if (to == agent)
                break;
        }
    }
    while (!dirtyIx.empty()) {
        const WaitKey k = *dirtyIx.begin();
        dirtyIx.erase(dirtyIx.begin());
        Ix *x = k.slot < int(pool.size()) ? pool[k.slot].get() : nullptr;
        if (!x || x->info.state != IxState::Queued || x->key() != k)
            continue;
        int to = -1;
        if (x->target >= 0) {
            if (channelMask(agents[x->target]) & channelBit(x->info.channel))
                to = x->target;
        } else {
            to = bestAgentFor(*x);
        }
        if (to >= 0)
            offer(*x, to, now, ev);
    }
}

} // namespace relais::routing

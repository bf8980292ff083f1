#pragma once

// Private to the routing core: the state behind RoutingEngine and the helpers its operations
// share. Nothing outside routing/ includes this.

#include "RoutingEngine.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <bit>
#include <compare>
#include <deque>
#include <functional>
#include <memory>
#include <queue>
#include <set>
#include <utility>
#include <vector>

namespace relais::routing {

// Serving order inside a queue: higher priority first, then arrival order.
struct WaitKey
{
    int negPriority = 0;
    quint64 seq = 0;
    int slot = -1;
    auto operator<=>(const WaitKey &) const = default;
};

// Agent order for a queue: highest skill level, then longest idle, then id.
struct AgentKey
{
    int negLevel = 0;
    Ms idleSince = 0;
    QString id;
    int index = -1;
    bool operator<(const AgentKey &o) const
    {
        if (negLevel != o.negLevel)
            return negLevel < o.negLevel;
        if (idleSince != o.idleSince)
            return idleSince < o.idleSince;
        return id < o.id;
    }
};

using FreeSet = std::set<AgentKey>;

// An agent's place in one queue it is eligible for; `at[c]` is its node in the queue's free set
// of channel c while it sits there.
struct Eligibility
{
    int queue = -1;
    int level = 0;
    std::array<FreeSet::iterator, protocol::kChannelCount> at{};
};

struct QueueCounters
{
    int offered = 0;
    int answered = 0;
    int answeredInTarget = 0;
    int abandoned = 0;
    int closed = 0;
    Ms handleSum = 0;
};

struct Ix
{
    InteractionInfo info;
    int slot = -1;
    int queue = -1;
    int agent = -1;  // offered to / handled by
    int target = -1; // transfer to an agent: only this one may get it
    std::vector<int> rejectedBy;
    quint64 offerToken = 0; // 0: no deadline pending of that kind
    quint64 wrapToken = 0;
    quint64 overflowToken = 0;
    Ms overflowAt = 0; // 0: no overflow in the current queue
    bool overflowDone = false;
    bool answeredHere = false; // counted as answered in the current queue
    bool unanswered = false;   // its arrival is in the queue's `unanswered` set
    WaitKey key() const { return {-info.priority, info.seq, slot}; }
    bool rejected(int agent) const
    {
        return std::find(rejectedBy.begin(), rejectedBy.end(), agent) != rejectedBy.end();
    }
};

struct AgentData
{
    AgentConfig cfg;
    Availability availability = Availability::LoggedOut;
    QString availabilityReason;
    bool connected = false;
    bool consulted = false; // on a colleague's consultation call: busy, offered nothing
    AgentState state = AgentState::LoggedOut; // last reported effective state
    QString stateReason;
    Ms since = 0;
    Ms idleSince = 0;
    int pendingOffer = -1;                           // slot
    std::vector<int> inHand;                         // slots: offered, active, wrapping
    std::array<int, protocol::kChannelCount> load{}; // active + wrapping per channel
    int exclusive = 0;                               // voice/callback among them
    std::vector<Eligibility> eligible;
    std::set<WaitKey> targeted; // queued interactions transferred to this agent
    unsigned indexedMask = 0;   // channels it can take, as placed in its queues' free sets
    Ms indexedIdle = 0;
    bool dirty = false; // may take work: matching looks at it
};

struct QueueData
{
    QueueConfig cfg;
    std::array<std::set<WaitKey>, protocol::kChannelCount> waiting; // queued, not targeted
    std::set<WaitKey> queued;     // every queued one, targeted too: the serving order
    std::multiset<Ms> unanswered; // arrivedAt of the queued and offered ones
    // Eligible agents able to take a channel now, best first. Kept only for the channels this
    // queue has received so far (`channels`), so an agent's change touches few sets.
    std::array<FreeSet, protocol::kChannelCount> free;
    unsigned channels = 0;
    QueueCounters counters;
    protocol::AgentCounts agents;
};

enum class DeadlineKind : quint8 { Offer, Wrapup, Overflow };

struct Deadline
{
    Ms at = 0;
    quint64 token = 0;
    int slot = -1;
    DeadlineKind kind = DeadlineKind::Offer;
    bool operator>(const Deadline &o) const { return at != o.at ? at > o.at : token > o.token; }
};

struct RoutingEngine::Impl
{
    std::deque<QueueData> queues; // stable addresses: agents hold iterators into their sets
    QHash<QString, int> queueIndex;
    std::vector<AgentData> agents;
    QHash<QString, int> agentIndex;
    std::vector<std::unique_ptr<Ix>> pool;
    std::vector<int> freeSlots;
    QHash<QString, int> ixIndex;
    // Lazy deletion: an entry whose token no longer matches its interaction's is skipped.
    mutable std::priority_queue<Deadline, std::vector<Deadline>, std::greater<>> deadlines;
    quint64 nextSeq = 1;
    quint64 nextToken = 1;
    std::vector<int> dirtyAgents;
    std::set<WaitKey> dirtyIx;

    Ix *find(const QString &id) const;
    // The interaction offered to `agentId` and still pending; null with the reason in `why`.
    Ix *pendingOffer(const QString &agentId, const QString &interactionId, int *agent,
                     Outcome *why) const;
    int agentNo(const QString &id) const { return agentIndex.value(id, -1); }
    Ix &create(const InteractionSpec &spec, int queue, Ms now);
    void destroy(Ix &x);

    // agents
    unsigned channelMask(const AgentData &a) const;
    std::pair<AgentState, QString> effective(const AgentData &a) const;
    void reindex(int agent);
    void unindex(int agent);
    void subscribe(int queue, Channel channel);
    void computeEligibility(int agent);
    void updateEligibility(int agent, int queue);
    int levelFor(const AgentData &a, const QueueConfig &q) const; // -1: not eligible
    void countState(int agent, int delta);
    void sync(int agent, Ms now, Events &ev);
    void markDirty(int agent);

    // interactions
    void insertQueued(Ix &x);
    void removeQueued(Ix &x);
    void putQueued(Ix &x, Ms now, Events &ev);
    void leaveUnanswered(Ix &x);
    void enterQueue(Ix &x, int queue, Ms now, Events &ev);
    void armOverflow(Ix &x, Ms from);
    void offer(Ix &x, int agent, Ms now, Events &ev);
    void releaseOffer(Ix &x);
    // The offer went unanswered (timed out, or the agent's phone could not ring): back to the
    // head of its queue, the agent not_ready no_answer.
    void noAnswer(Ix &x, Ms now, Events &ev);
    void releaseHandled(Ix &x, Ms now);
    void startWrapup(Ix &x, Ms now, Events &ev);
    void close(Ix &x, Ms now, Events &ev);
    // take / enqueueTaken: why the agent cannot take work now (Error::None when they can), and
    // the hand-over of an interaction out of any queue to them, Active.
    Outcome cannotTake(int agent, const Ix *offeredToThem) const;
    void handOver(Ix &x, int agent, Ms now, Events &ev);
    void schedule(Ix &x, DeadlineKind kind, Ms at);
    bool valid(const Deadline &d) const;

    // matching
    int bestAgentFor(const Ix &x) const;
    Ix *bestFor(int agent) const;
    void match(Ms now, Events &ev);
};

inline Outcome failed(Error error, const QString &message)
{
    Outcome o;
    o.error = error;
    o.message = message;
    return o;
}

inline unsigned channelBit(Channel c)
{
    return 1u << unsigned(c);
}
inline bool isExclusive(Channel c)
{
    return c == Channel::Voice || c == Channel::Callback;
}

} // namespace relais::routing

#pragma once

#include "RoutingTypes.h"

#include <relais/protocol/Types.h>

#include <memory>
#include <optional>

namespace relais::routing {

// The ACD core: queues, agents, interactions, offers. Every mutating call runs the matching
// of waiting interactions to free agents before it returns, and reports what changed as
// Events, in order. Nothing here reads a clock or touches I/O.
//
// Ordering: within a queue, higher priority first, then arrival order (seq). An agent is
// chosen among those eligible for the queue (all required skills) by the sum of their levels in
// the queue's required skills (highest first), then longest idle, then id. An agent free for
// several queues takes the best waiting interaction among them (priority, then oldest arrival).
//
// Eligibility for an offer: availability Ready, connected, no pending offer, channel load below
// capacity, no voice/callback interaction in hand for anything else, and nothing else in hand
// for a voice/callback offer. Interactions in wrap-up count in the load.
//
// Effective state: reserved if an offer is pending, else busy if an interaction is active, else
// wrap_up if one is wrapping, else the availability (ready / not_ready + reason / logged_out).
class RoutingEngine
{
public:
    RoutingEngine();
    ~RoutingEngine();
    RoutingEngine(const RoutingEngine &) = delete;
    RoutingEngine &operator=(const RoutingEngine &) = delete;

    // --- configuration (may be called again to update; queues are never removed) ---
    // These report no events: offers they make possible come with the next call or tick().
    void configureQueue(const QueueConfig &queue);
    void configureAgent(const AgentConfig &agent);
    bool hasQueue(const QString &name) const;
    bool hasAgent(const QString &id) const;
    std::optional<QueueConfig> queueConfig(const QString &name) const;
    QStringList queueNames() const; // in configuration order

    // --- agents ---
    // Login puts the agent connected and not_ready (reason "login"); Conflict if logged in.
    Outcome login(const QString &agentId, Ms now);
    // Logout: Conflict while an offer is pending or an interaction is active/wrapping.
    Outcome logout(const QString &agentId, Ms now);
    // Ready or NotReady(reason). Conflict when logged out.
    Outcome setAvailability(const QString &agentId, Availability availability,
                            const QString &reason, Ms now);
    // Disconnected: a pending offer is revoked (Withdrawn, back to the head of its queue) and the
    // agent shows not_ready "disconnected", even with work in hand. Reconnected: the availability
    // it had comes back.
    Outcome setConnected(const QString &agentId, bool connected, Ms now);
    // A colleague consulted on someone else's call (their phone rings or talks, the call is not
    // theirs yet): busy with reason "consultation", offered nothing until released. Releasing
    // an agent who logged out meanwhile only clears the mark.
    Outcome setConsulted(const QString &agentId, bool consulted, Ms now);
    // Forced logout by a supervisor or a session expiry: pending offer revoked, queued-for-agent
    // work kept, active text interactions and callbacks re-queued at the head of their queue,
    // wrapping ones closed (WrapupExpired), then logged_out. An active voice call stays with the
    // agent (shown busy) until it ends. Conflict when logged out with nothing in hand.
    Outcome forceLogout(const QString &agentId, Ms now);

    // --- interactions ---
    // Adds a waiting interaction. BadRequest: unknown queue, empty or duplicate id.
    Outcome enqueue(const InteractionSpec &spec, Ms now);
    // Restores an interaction that a previous run had handed to an agent (after a restart): it
    // comes back Active or WrapUp on that agent, who must be configured. The agent's availability
    // is left as it is (logged out after a restart: login() brings it back, still busy).
    Outcome restoreAssigned(const InteractionSpec &spec, const QString &agentId, IxState state,
                            Ms answeredAt, Ms now);
    Outcome accept(const QString &agentId, const QString &interactionId, Ms now);
    // Back to the head of its queue; never offered to this agent again. A transfer to this agent
    // is then served by the queue (so is one whose offer times out).
    Outcome reject(const QString &agentId, const QString &interactionId, Ms now);
    // The offer cannot be answered (the agent's phone is unreachable or did not answer): the
    // same as its timeout, at once — back to the head of its queue, agent not_ready no_answer.
    Outcome offerUnanswered(const QString &agentId, const QString &interactionId, Ms now);
    // The conversation is over: Active → WrapUp (wrap-up limit from the queue).
    Outcome end(const QString &interactionId, Ms now);
    // The agent finished the wrap-up: WrapUp → Closed. Active is accepted too (end + wrap-up).
    Outcome wrapup(const QString &agentId, const QString &interactionId, Ms now);
    // The customer left. Queued/Offered → Abandoned (counted); Active → WrapUp; else Conflict.
    Outcome abandon(const QString &interactionId, Ms now);
    // To another queue (keeps its arrival seq and priority) or to one agent. The agent who had
    // it (if active) is released without wrap-up.
    Outcome transferToQueue(const QString &interactionId, const QString &queue, Ms now);
    Outcome transferToAgent(const QString &interactionId, const QString &agentId, Ms now);
    // Changes the channel keeping the place in the queue (voice → callback on overflow). A pending
    // offer is withdrawn first; Conflict once answered.
    Outcome convertChannel(const QString &interactionId, Channel channel, Ms now);
    // An interaction kept for one agent (transfer to an agent, a callback for the agent who
    // promised it) becomes available to anyone in its queue, keeping its place. Nothing changes
    // for one that has no target; an offer already made stands.
    Outcome releaseTarget(const QString &interactionId, Ms now);
    // Takes back a waiting interaction that nobody will handle (a cancelled callback): a pending
    // offer is revoked (Withdrawn), it ends Abandoned but counts neither as offered nor as
    // abandoned in its queue. Conflict once answered.
    Outcome withdraw(const QString &interactionId, Ms now);
    // The agent takes a waiting interaction themselves (a callback they call now): it leaves its
    // queue (and whoever it was kept for) and is Active in their hands at once, answered in its
    // queue as if offered to them and accepted; one already offered to them is accepted.
    // Conflict: offered to someone else, already answered, or the agent logged out, with
    // another offer pending or work in hand. NotFound: unknown agent or interaction.
    Outcome take(const QString &agentId, const QString &interactionId, Ms now);
    // The same for one that arrives in the agent's hands (a scheduled callback called before it
    // is due): counted as offered and answered in its queue. BadRequest as for enqueue.
    Outcome enqueueTaken(const InteractionSpec &spec, const QString &agentId, Ms now);
    // Forgets closed and abandoned interactions (the server calls it after persisting them).
    void forget(const QString &interactionId);

    // --- time ---
    // Handles every deadline <= now: offer timeouts (back to the head, agent not_ready
    // "no_answer"), wrap-up limits, overflows.
    Events tick(Ms now);
    // The earliest pending deadline, or nullopt.
    std::optional<Ms> nextDeadline() const;

    // --- queries ---
    std::optional<AgentInfo> agent(const QString &agentId) const;
    std::optional<InteractionInfo> interaction(const QString &interactionId) const;
    QStringList waiting(const QString &queue) const; // in the order they will be served
    // Every unanswered interaction of the queue: the offered ones (at the head, by priority then
    // arrival), then the queued ones in the order they will be served.
    QList<InteractionInfo> unanswered(const QString &queue) const;
    QStringList agentIds() const;
    // `waiting` and `longestWaitMs` count the queued and the offered (not yet answered) ones.
    protocol::QueueStats queueStats(const QString &queue, Ms now) const;
    // Counters for "today"; the server calls this at midnight.
    void resetCounters();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace relais::routing

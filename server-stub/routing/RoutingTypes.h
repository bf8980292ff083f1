#pragma once

#include <relais/protocol/Enums.h>

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <variant>
#include <vector>

// Value types of the routing core. Pure logic: no I/O, no clock (every call is given `now`,
// epoch milliseconds).
namespace relais::routing {

using protocol::AgentState;
using protocol::Channel;
using Ms = qint64;

enum class OverflowAction { None, Callback, Queue };

struct QueueConfig
{
    QString name;
    QString language;
    QStringList requiredSkills;    // an agent needs every one of them (level >= 1)
    QSet<QString> priorityNumbers; // normalised E.164 or e-mail; matching `from` gets priority
    int priorityBoost = 100;       // priority given to a priority number
    Ms serviceLevelTargetMs = 20000;
    Ms offerTimeoutMs = 15000;
    Ms wrapupLimitMs = 60000; // 0: no limit
    Ms overflowDelayMs = 0;   // 0: never overflows
    OverflowAction overflowAction = OverflowAction::None;
    QString overflowTarget; // the queue, for OverflowAction::Queue
};

// Per-channel capacity: how many interactions of that channel at once.
using Capacity = std::array<int, protocol::kChannelCount>;
Capacity defaultCapacity(); // voice 1, chat 3, email 1, sms 3, whatsapp 3, facebook 3, callback 1

struct AgentConfig
{
    QString id;
    QString name;
    QHash<QString, int> skills; // skill → level (1..10)
    Capacity capacity = defaultCapacity();
};

// What the agent asked for; the effective AgentState is derived from it and the load.
enum class Availability { LoggedOut, Ready, NotReady };

enum class IxState { Queued, Offered, Active, WrapUp, Closed, Abandoned };

struct InteractionSpec
{
    QString id;
    Channel channel = Channel::Chat;
    QString queue;
    QString from;        // used to match priority numbers
    int priority = 0;    // raised to the queue's boost when `from` is a priority number
    Ms arrivedAt = 0;    // first arrival; waits and service level count from it
    quint64 seq = 0;     // arrival order; 0 = assign the next one. Restores pass the stored one.
    QString targetAgent; // non-empty: only this agent may get it (transfer to an agent)
};

struct InteractionInfo
{
    QString id;
    Channel channel = Channel::Chat;
    QString queue;
    QString from;
    int priority = 0;
    Ms arrivedAt = 0;
    quint64 seq = 0;
    IxState state = IxState::Queued;
    QString agentId; // offered to / handled by
    QString targetAgent;
    Ms offerExpiresAt = 0;
    Ms answeredAt = 0;
    Ms endedAt = 0;
};

struct AgentInfo
{
    QString id;
    QString name;
    Availability availability = Availability::LoggedOut;
    QString reason; // not_ready reason
    AgentState state = AgentState::LoggedOut;
    Ms since = 0;     // when `state` (or its reason) last changed
    Ms idleSince = 0; // when the agent last became free: longest idle is served first
    bool connected = false;
    QStringList interactions; // offered, active and wrapping, in arrival order
};

// ---- events: what a call changed, for the server to persist and announce ----
enum class RevokeReason { Timeout, Rejected, Abandoned, Transferred, Withdrawn };

struct OfferMade
{
    QString interactionId;
    QString agentId;
    Ms expiresAt = 0;
};
struct OfferRevoked
{
    QString interactionId;
    QString agentId;
    RevokeReason reason = RevokeReason::Timeout;
};
struct AgentStateChanged
{
    QString agentId;
    AgentState state = AgentState::LoggedOut;
    QString reason;
    Ms since = 0;
};
struct InteractionStateChanged
{
    QString interactionId;
    IxState state = IxState::Queued;
    QString agentId;
    QString queue;
};
// The interaction waited longer than its queue's overflow delay (emitted once per interaction).
struct OverflowDue
{
    QString interactionId;
    QString queue;
    OverflowAction action = OverflowAction::None;
    QString target;
};
// The queue's wrap-up limit passed: the core closed the interaction itself.
struct WrapupExpired
{
    QString interactionId;
    QString agentId;
};

using Event = std::variant<OfferMade, OfferRevoked, AgentStateChanged, InteractionStateChanged,
                           OverflowDue, WrapupExpired>;
using Events = std::vector<Event>;

enum class Error { None, NotFound, Conflict, BadRequest };

// Result of a mutating call: an error (and then nothing changed) or the events it caused.
struct Outcome
{
    Error error = Error::None;
    QString message; // human text for the error
    Events events;
    bool ok() const { return error == Error::None; }
};

} // namespace relais::routing

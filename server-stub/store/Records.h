#pragma once

#include "routing/RoutingTypes.h"

#include <relais/protocol/Enums.h>

#include <QHash>
#include <QString>
#include <QStringList>

// Rows of the store, as plain values. Times are epoch milliseconds.
namespace relais::store {

struct UserRecord
{
    QString username;
    QString name;
    QStringList roles;
    QHash<QString, int> skills;
    routing::Capacity capacity{};
    QString passwordHash;
    QString sipUser;
    QString sipPassword;
    bool autoAnswer = false;
    QString team;
    int failedLogins = 0;
    qint64 lockedUntil = 0;
};

struct SessionRecord
{
    QString token;
    QString username;
    qint64 expiresAt = 0;
};

struct InteractionRecord
{
    QString id;
    protocol::Channel channel = protocol::Channel::Chat;
    QString queue;
    QString from;
    QString subject;
    int priority = 0;
    quint64 seq = 0;
    QString customerId;
    QString state; // queued|offered|active|wrap_up|closed|abandoned|cancelled
    QString agentId;
    QString targetAgent;
    qint64 createdAt = 0;
    qint64 answeredAt = 0;
    qint64 endedAt = 0;
    qint64 closedAt = 0;
    QString disposition;
    QString reason;
    QString notes;
    QString sipCallId;
    QString connector;
    QString recording; // voice: the WAV file's name under [voice] recordings_dir, or empty
    QString direction = QStringLiteral("inbound"); // or "outbound" (an agent's call.dial)
};

// An agent's handled interactions (closed after being answered) and their handle time.
struct AgentTotals
{
    int handled = 0;
    qint64 handleSumMs = 0;
};

// One queue's figures over a period, by arrival (reports).
struct QueueTotals
{
    QString queue;
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    int answeredInTarget = 0;
    qint64 waitSumMs = 0; // arrival to answer, of the answered ones
    qint64 waitMaxMs = 0;
    int handled = 0; // answered and closed
    qint64 handleSumMs = 0;
};

// One queue's figures in one interval of a day (day charts).
struct IntervalTotals
{
    QString queue;
    int interval = 0; // 0 = the first after midnight
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    int answeredInTarget = 0;
};

// How long an agent spent in one state (and reason) over a period.
struct AgentStateTime
{
    QString agentId;
    QString state;
    QString reason;
    qint64 ms = 0;
};

// An agent's call for help; open while resolvedAt is 0.
struct HelpRequest
{
    QString id;
    QString agentId;
    QString text;
    qint64 createdAt = 0;
    qint64 resolvedAt = 0;
    QString resolvedBy;
};

// A callback promised to a customer. When due it becomes a `callback` interaction with the same
// id, kept first for `agentId`.
struct CallbackRecord
{
    QString id;
    QString customerId;
    QString number;
    QString queue;
    QString agentId; // who it comes back to first; empty: anyone in the queue
    qint64 dueAt = 0;
    QString note;
    QString recording; // URL of the customer's recorded request (voice overflow), or empty
    QString state;     // scheduled | waiting | in_progress | done | cancelled | abandoned
    QString sourceInteraction;
    QString createdBy;
    qint64 createdAt = 0;
    QString customerName; // filled by callbacks() only
};

struct AuditEntry
{
    qint64 at = 0;
    QString actor;
    QString action;
    QString resource;
    QString source; // peer address
    bool success = true;
    QString detail;
};

} // namespace relais::store

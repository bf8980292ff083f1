#pragma once

#include "relais/protocol/Enums.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The contract's value types. Each has toJson() and a validating fromJson() that names the
// first bad field in *error (and returns nullopt).
namespace relais::protocol {

struct Skill
{
    QString name;
    int level = 1;
    QJsonObject toJson() const;
    static std::optional<Skill> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Skill &) const = default;
};

struct Agent
{
    QString id;
    QString name;
    QList<Role> roles;
    QList<Skill> skills;
    bool hasRole(Role r) const { return roles.contains(r); }
    QJsonObject toJson() const;
    static std::optional<Agent> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Agent &) const = default;
};

struct Customer
{
    QString id;
    QString name;
    QString phone;
    QString email;
    QString language;
    QString segment;
    QJsonObject fields;
    QJsonObject toJson() const;
    static std::optional<Customer> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Customer &) const = default;
};

// One past contact: an item of the screen-pop history.
struct Contact
{
    qint64 at = 0; // epoch ms
    Channel channel = Channel::Voice;
    QString queue;
    QString reason;
    QString disposition;
    QString agent; // display name of the agent who handled it
    QString notes;
    QString interactionId;
    QString recording; // voice: the call's recording file (name under the server's recordings)
    QJsonObject toJson() const;
    static std::optional<Contact> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Contact &) const = default;
};

struct Interaction
{
    QString id;
    Channel channel = Channel::Chat;
    QString queue;
    QString from;
    QString subject;
    int priority = 0;
    qint64 waitedMs = 0;
    QString sipCallId;
    QJsonObject toJson() const;
    static std::optional<Interaction> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Interaction &) const = default;
};

struct AgentCounts
{
    int ready = 0;
    int busy = 0;
    int notReady = 0;
    int wrapUp = 0;
    int reserved = 0;
    bool operator==(const AgentCounts &) const = default;
};

struct QueueStats
{
    QString name;
    int waiting = 0;
    qint64 longestWaitMs = 0;
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    double serviceLevel = 100.0; // percent answered within the queue's target
    qint64 ahtMs = 0;
    AgentCounts agents;
    QJsonObject toJson() const;
    static std::optional<QueueStats> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const QueueStats &) const = default;
};

struct AgentStateInfo
{
    QString agentId;
    QString name;
    AgentState state = AgentState::LoggedOut;
    QString reason;
    qint64 since = 0;
    QJsonObject toJson() const;
    static std::optional<AgentStateInfo> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const AgentStateInfo &) const = default;
};

struct Message
{
    QString interactionId;
    qint64 seq = 0;
    QString from; // customer | agent | system
    QString text;
    qint64 at = 0;
    QJsonObject toJson() const;
    static std::optional<Message> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const Message &) const = default;
};

} // namespace relais::protocol

#pragma once

#include "routing/RoutingTypes.h"

#include <relais/protocol/Enums.h>

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// relais-dispatch's site configuration, as loaded from TOML (see docs/relais.example.toml).
// Durations are milliseconds here, seconds in the file.
namespace relais::config {

struct UserDef
{
    QString username;
    QString name;
    QStringList roles;          // agent | supervisor | trainer | admin
    QHash<QString, int> skills; // skill → level 1..10
    routing::Capacity capacity{};
    QString password;     // clear text (demo sites); hashed when the user is first created
    QString passwordHash; // an argon2id hash ("$argon2id$…"); wins over `password`
    QString sipUser;      // defaults to the username
    QString sipPassword;
    bool autoAnswer = false;
    QString team;
};

struct ConnectorDef
{
    QString name;
    QString token;
    QString webhookUrl;
};

struct ServiceNumber
{
    QString number;
    enum class Kind { Ivr, Queue } kind = Kind::Queue;
    QString target; // the IVR's or the queue's name
};

// One step of an IVR: plays `prompt`, then waits `timeoutMs` for a digit (unless it is a leaf
// that hangs up). A choice leads to another node or to a queue, and may set the caller's language.
struct IvrChoice
{
    QString node; // exactly one of node / queue
    QString queue;
    QString language; // "fr", "en"… or empty (unchanged)
};

struct IvrNode
{
    QString id;
    QString prompt;                    // WAV path, relative to [voice] prompts_dir unless absolute
    QHash<QString, IvrChoice> choices; // DTMF digit ("0".."9", "*", "#") → where it leads
    qint64 timeoutMs = 5000;
    QString defaultChoice; // the digit taken on timeout or an unknown digit; empty: replay once
    bool hangup = false;   // a self-care leaf: plays the prompt and hangs up
};

struct IvrDef
{
    QString name;
    QString root; // the id of the first node
    QList<IvrNode> nodes;
    const IvrNode *node(const QString &id) const;
};

// How a queue sounds to a waiting caller ([[queues]] voice keys). Prompts are WAV paths.
struct QueueVoice
{
    QString welcomePrompt;
    QString musicOnHold;
    QString announcementPrompt;
    qint64 announcementIntervalMs = 30000; // 0: no periodic announcement
    bool record = true;                    // calls of this queue are recorded by default
    QString callerId; // presented on its outbound calls; empty: its service number, if any
};

// When a queue's figures turn amber and red on the supervisors' screens ([[queues]]
// thresholds). Amber from the first value, red from the second; the service level is bad
// *below* them. AHT 0: no colour.
struct QueueThresholds
{
    int waitingAmber = 5;
    int waitingRed = 10;
    qint64 longestWaitAmberMs = 60'000;
    qint64 longestWaitRedMs = 120'000;
    double serviceLevelAmber = 80.0;
    double serviceLevelRed = 60.0;
    double abandonRateAmber = 5.0; // percent of offered
    double abandonRateRed = 10.0;
    qint64 ahtAmberMs = 0;
    qint64 ahtRedMs = 0;
};

struct VoiceSettings
{
    QStringList trunkGateways; // addresses or subnets ("192.0.2.10", "198.51.100.0/24")
    QString promptsDir;        // empty: the installed prompts (or the build tree's)
    QString recordingsDir = QStringLiteral("recordings");
    QString outboundGateway; // "ip[:port]" where outbound calls go; empty: no outbound calls
    // How long an outside number may ring for a transfer before it is cancelled and the agent
    // keeps the caller (transfer_ring_timeout, 5..120 s).
    qint64 transferRingTimeoutMs = 30000;
};

struct Config
{
    QList<routing::QueueConfig> queues;
    QStringList skills;
    QStringList pauseReasons;                  // ids, in the order of the file
    QHash<QString, QString> pauseReasonLabels; // id → label shown on the desk
    QStringList wrapupCodes;                   // ids
    QHash<QString, QString> wrapupCodeLabels;  // id → label
    QStringList cannedResponses;
    QList<UserDef> users;
    QList<ConnectorDef> connectors;
    QList<ServiceNumber> serviceNumbers;
    QList<IvrDef> ivrs;
    QHash<QString, QueueVoice> queueVoice;           // every queue has one after loading
    QHash<QString, QueueThresholds> queueThresholds; // every queue has one after loading
    VoiceSettings voice;
    QHash<protocol::Channel, QString> defaultQueue; // every channel has one after loading
    QString sipDomain = QStringLiteral("relais.local");
    QString defaultCountryCode = QStringLiteral("229");
    int maxFailedLogins = 10;
    qint64 lockoutMs = 30 * 60 * 1000;
    int rateLimitPerSecond = 50;
    int rateLimitBurst = 100;
    qint64 sessionExpiryMs = 120000;

    const routing::QueueConfig *queue(const QString &name) const;
    const UserDef *userDef(const QString &username) const;
    const IvrDef *ivr(const QString &name) const;
    const ServiceNumber *serviceNumber(const QString &number) const;
    // Calls are accepted from the trunk gateways, and from any loopback address when `demo`.
    bool trunkAllowed(const QHostAddress &from, bool demo) const;
};

} // namespace relais::config

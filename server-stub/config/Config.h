#pragma once

#include "routing/RoutingTypes.h"

#include <relais/protocol/Enums.h>

#include <QHash>
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
};

} // namespace relais::config

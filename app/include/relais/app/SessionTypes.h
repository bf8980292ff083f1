#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// Value types the Session hands out.
namespace relais::app {

// The SIP account the login returns; what the softphone registers with.
struct SipCredentials
{
    Q_GADGET
    Q_PROPERTY(QString uri MEMBER uri)
    Q_PROPERTY(QString registrar MEMBER registrar)
    Q_PROPERTY(QString username MEMBER username)
public:
    QString uri;       // sip:agent1@relais.local
    QString registrar; // sip:127.0.0.1:5060 (may be empty when the server has no voice side)
    QString username;
    QString password;
    bool isValid() const { return !uri.isEmpty() && !username.isEmpty(); }
    bool operator==(const SipCredentials &) const = default;
    static SipCredentials fromJson(const QJsonObject &o);
};

// A pause reason or a wrap-up code: the id the server wants, the label the agent reads.
struct ConfigItem
{
    QString id;
    QString label;
    bool operator==(const ConfigItem &) const = default;
};

// A supervisor's message to the floor.
struct Broadcast
{
    QString text;
    QString severity; // info | warning | incident
    QString from;
    QString team; // empty: everyone
    qint64 at = 0;
    static Broadcast fromJson(const QJsonObject &o);
};

} // namespace relais::app

Q_DECLARE_METATYPE(relais::app::SipCredentials)
Q_DECLARE_METATYPE(relais::app::Broadcast)

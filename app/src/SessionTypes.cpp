#include "relais/app/SessionTypes.h"

namespace relais::app {

SipCredentials SipCredentials::fromJson(const QJsonObject &o)
{
    SipCredentials c;
    c.uri = o.value(QStringLiteral("uri")).toString();
    c.registrar = o.value(QStringLiteral("registrar")).toString();
    c.username = o.value(QStringLiteral("username")).toString();
    c.password = o.value(QStringLiteral("password")).toString();
    return c;
}

Broadcast Broadcast::fromJson(const QJsonObject &o)
{
    Broadcast b;
    b.text = o.value(QStringLiteral("text")).toString();
    b.severity = o.value(QStringLiteral("severity")).toString(QStringLiteral("info"));
    b.from = o.value(QStringLiteral("from")).toString();
    b.team = o.value(QStringLiteral("team")).toString();
    b.at = qint64(o.value(QStringLiteral("at")).toDouble());
    return b;
}

} // namespace relais::app

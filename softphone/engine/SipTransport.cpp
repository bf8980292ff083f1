#include "relais/softphone/SipTransport.h"

namespace relais::softphone {

QString sipTransportName(SipTransport transport)
{
    switch (transport) {
    case SipTransport::Udp:
        return QStringLiteral("udp");
    case SipTransport::Tcp:
        return QStringLiteral("tcp");
    case SipTransport::Tls:
        return QStringLiteral("tls");
    }
    return QString();
}

std::optional<SipTransport> sipTransportFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("udp"))
        return SipTransport::Udp;
    if (lower == QLatin1String("tcp"))
        return SipTransport::Tcp;
    if (lower == QLatin1String("tls"))
        return SipTransport::Tls;
    return std::nullopt;
}

} // namespace relais::softphone

#pragma once
#include <QString>
#include <optional>

namespace relais::softphone {

enum class SipTransport { Udp, Tcp, Tls };

// "udp", "tcp", "tls"
QString sipTransportName(SipTransport transport);
std::optional<SipTransport> sipTransportFromName(const QString &name);

} // namespace relais::softphone

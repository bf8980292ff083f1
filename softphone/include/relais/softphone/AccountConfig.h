#pragma once
// A SIP account: registration with digest authentication, refreshed before it expires,
// moved to the fallback registrar when the current one stops answering.
#include "relais/softphone/SipTransport.h"

#include <QString>

namespace relais::softphone {

struct AccountConfig
{
    QString id;                // chosen by the caller, used in events; empty = the AOR
    QString aor;               // address of record, "sip:alice@example.com"
    QString registrar;         // "sip:host:port"; the transport comes from `transport`
    QString fallbackRegistrar; // optional second site
    QString username;          // digest user; empty = the AOR's user part
    QString password;
    QString displayName;
    SipTransport transport = SipTransport::Udp;
    int expiresSeconds = 600;
    // A REGISTER that has no final answer after this long counts as "registrar not
    // answering" (libre's own transaction timeout is 32 s).
    int registrarTimeoutMs = 8000;
    // CRLF keep-alive towards the registrar to keep NAT bindings open; 0 = off.
    int keepAliveSeconds = 25;
    // Optional outbound proxy for this account's calls ("sip:host:port").
    QString outboundProxy;
};

} // namespace relais::softphone

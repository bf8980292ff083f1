#pragma once
// How the engine listens and behaves; given to Softphone::start().
#include "relais/softphone/SipTransport.h"

#include <QList>
#include <QString>

namespace relais::softphone {

struct SoftphoneConfig
{
    // Local IP to bind SIP and RTP to. Empty: the interface of the default route (loopback
    // when there is none). A wildcard (0.0.0.0) cannot be used: it would end up in Contact.
    QString listenAddress;
    // SIP port; 0 picks a free one (see Softphone::localContact()). With several transports,
    // UDP and TCP share it and TLS takes the next one.
    quint16 listenPort = 0;
    QList<SipTransport> transports{SipTransport::Udp};
    // PEM file with certificate and private key, needed to accept TLS; optional for a client.
    QString tlsCertificateFile;
    // When set, TLS peers must present a certificate chain signed by this CA (libre 1.1.0
    // checks the chain, not the host name).
    QString tlsCaFile;

    QString userAgent = QStringLiteral("Relais");
    QString contactUser = QStringLiteral("relais"); // user part of Contact without an account
    QString displayName;

    int maxCalls = 2;             // lines; a call beyond them is answered 486 Busy Here
    bool honourAutoAnswer = true; // Call-Info answer-after / Alert-Info alert-autoanswer
    // Audio codecs offered and accepted, best first ("opus", "PCMA", "PCMU"); empty: all of
    // them in that order.
    QList<QString> audioCodecs;
    // Jitter buffer bounds in ms (0: the media's defaults, 20 and 60).
    int jitterMinMs = 0;
    int jitterMaxMs = 0;
    int rtpPortMin = 10000;
    int rtpPortMax = 20000;
    int qualityIntervalMs = 2000; // how often callQuality() is reported, 0 = never
    int shutdownTimeoutMs = 3000; // how long stop() waits for unregister and BYE answers
    int maxFds = 4096;            // libre's descriptor table
};

} // namespace relais::softphone

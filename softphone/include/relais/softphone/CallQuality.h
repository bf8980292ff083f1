#pragma once
// Per-call RTP/RTCP figures for the call-quality indicator (reported every few seconds).
#include <QMetaType>
#include <QString>

namespace relais::softphone {

struct CallQuality
{
    QString codec;
    quint32 packetsSent = 0;
    quint32 packetsReceived = 0;
    quint32 packetsLost = 0;         // as seen by us on what we receive
    double lossFraction = 0.0;       // 0..1, receive side
    double remoteLossFraction = 0.0; // 0..1, from the far end's RTCP reports
    double jitterMs = 0.0;           // interarrival jitter of what we receive
    double remoteJitterMs = 0.0;     // as reported by the far end
    double roundTripMs = -1.0;       // -1 until an RTCP round trip is known
    quint32 srtpAuthFailures = 0;    // received packets dropped by SRTP authentication
};

} // namespace relais::softphone

Q_DECLARE_METATYPE(relais::softphone::CallQuality)

#pragma once
// Turns a call's RTP/RTCP figures into what the agent's quality indicator shows: an estimated
// MOS from a simplified ITU-T G.107 E-model (delay, jitter, loss; G.711's equipment impairment),
// and Good / Fair / Poor at the usual contact-centre thresholds (MOS 4.0 and 3.6).
#include "relais/app/PhoneControl.h"

namespace relais::app {

struct CallFigures
{
    QString codec;
    quint32 packetsReceived = 0;
    double lossFraction = 0.0;       // 0..1, what we receive
    double remoteLossFraction = 0.0; // 0..1, what the far end receives (its RTCP reports)
    double jitterMs = 0.0;
    double remoteJitterMs = 0.0;
    double roundTripMs = -1.0; // -1 unknown
};

class CallQualityRating
{
public:
    // Unknown until some media was received.
    static PhoneQuality rate(const CallFigures &figures);
    static double mos(double oneWayDelayMs, double lossPercent);
};

} // namespace relais::app

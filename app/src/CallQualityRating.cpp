#include "relais/app/CallQualityRating.h"

#include <algorithm>
#include <cmath>

namespace relais::app {

namespace {
// Without an RTCP round trip yet, assume a LAN's delay.
constexpr double kDefaultRoundTripMs = 20.0;
// Packetisation (20 ms), a 40 ms jitter buffer and the sound devices, added to the network's.
constexpr double kEndpointDelayMs = 80.0;
} // namespace

double CallQualityRating::mos(double oneWayDelayMs, double lossPercent)
{
    // R = 93.2 - Id - Ie,eff (G.107 with default values). Id: delay impairment, simplified
    // above 177.3 ms; Ie,eff for G.711 with random loss (Ie = 0, Bpl = 4.3 without PLC, 25.1
    // with it: our jitter buffer conceals).
    const double d = std::max(0.0, oneWayDelayMs);
    double id = 0.024 * d;
    if (d > 177.3)
        id += 0.11 * (d - 177.3);
    const double ppl = std::clamp(lossPercent, 0.0, 100.0);
    const double ie = 95.0 * ppl / (ppl + 25.1);
    const double r = std::clamp(93.2 - id - ie, 0.0, 100.0);
    const double m = 1.0 + 0.035 * r + 7.0e-6 * r * (r - 60.0) * (100.0 - r);
    return std::clamp(m, 1.0, 4.5);
}

PhoneQuality CallQualityRating::rate(const CallFigures &f)
{
    PhoneQuality q;
    q.codec = f.codec;
    q.roundTripMs = f.roundTripMs;
    if (f.packetsReceived == 0)
        return q;
    q.lossPercent = 100.0 * std::max(f.lossFraction, f.remoteLossFraction);
    q.jitterMs = std::max(f.jitterMs, f.remoteJitterMs);
    const double rtt = f.roundTripMs >= 0.0 ? f.roundTripMs : kDefaultRoundTripMs;
    // Jitter costs about twice its value in the buffer that absorbs it.
    const double oneWay = rtt / 2.0 + 2.0 * q.jitterMs + kEndpointDelayMs;
    q.mos = mos(oneWay, q.lossPercent);
    q.level = q.mos >= 4.0   ? PhoneQuality::Level::Good
              : q.mos >= 3.6 ? PhoneQuality::Level::Fair
                             : PhoneQuality::Level::Poor;
    return q;
}

} // namespace relais::app

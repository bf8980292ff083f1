#include "CallTones.h"

#include <cctype>
#include <cstring>

namespace relais::softphone {

ToneGenerator CallTones::make(Tone tone, int sampleRate)
{
    ToneGenerator g(sampleRate);
    g.setAmplitude(0.25);
    switch (tone) {
    case Tone::Ringback:
        g.setFrequencies(440.0);
        g.setCadence({{1500, true}, {3500, false}});
        break;
    case Tone::Busy:
        g.setFrequencies(440.0);
        g.setCadence({{500, true}, {500, false}});
        break;
    case Tone::CallWaiting:
        g.setFrequencies(440.0);
        g.setCadence({{300, true}, {4700, false}});
        break;
    case Tone::Ring:
        g.setFrequencies(400.0, 450.0);
        g.setAmplitude(0.5);
        g.setCadence({{400, true}, {200, false}, {400, true}, {2000, false}});
        break;
    }
    return g;
}

bool CallTones::dtmfFrequencies(char digit, double *low, double *high)
{
    static const char keys[] = "123A456B789C*0#D";
    static const double rows[] = {697.0, 770.0, 852.0, 941.0};
    static const double cols[] = {1209.0, 1336.0, 1477.0, 1633.0};
    const char d = char(std::toupper(static_cast<unsigned char>(digit)));
    const char *p = d ? std::strchr(keys, d) : nullptr;
    if (!p)
        return false;
    const auto i = p - keys;
    *low = rows[i / 4];
    *high = cols[i % 4];
    return true;
}

ToneGenerator CallTones::dtmf(char digit, int sampleRate, int durationMs)
{
    ToneGenerator g(sampleRate);
    double low = 0.0, high = 0.0;
    if (dtmfFrequencies(digit, &low, &high)) {
        g.setFrequencies(low, high);
        g.setAmplitude(0.5);
        g.setCadence({{durationMs, true}}, false);
    } else {
        g.setAmplitude(0.0);
        g.setCadence({{durationMs, false}}, false);
    }
    return g;
}

} // namespace relais::softphone

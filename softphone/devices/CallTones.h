#pragma once
// The tones a phone plays locally, as ToneGenerators ready to generate.
// French/European plan: ring-back 440 Hz 1.5 s on / 3.5 s off, busy 440 Hz 0.5 s / 0.5 s,
// call waiting one 440 Hz beep of 0.3 s every 5 s. The agent's own ringer uses a softer
// two-tone double ring (400 + 450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off).
// DTMF digits are the ITU-T Q.23 dual tones, played once for local feedback.
#include "ToneGenerator.h"

namespace relais::softphone {

class CallTones
{
public:
    enum class Tone { Ringback, Busy, CallWaiting, Ring };

    static ToneGenerator make(Tone tone, int sampleRate);
    // The dual tone of a DTMF digit (0-9, *, #, A-D) for `durationMs`, then silence.
    // An unknown digit gives silence.
    static ToneGenerator dtmf(char digit, int sampleRate, int durationMs = 100);
    // The row and column frequencies of a digit; false for an unknown digit.
    static bool dtmfFrequencies(char digit, double *low, double *high);
};

} // namespace relais::softphone

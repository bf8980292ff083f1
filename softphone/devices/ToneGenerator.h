#pragma once
// Sine tones (one frequency or two summed, as telephone tones are) with an optional cadence
// of on/off segments, generated sample by sample so a cadence is exact in samples whatever
// the frame size. Each burst fades in and out over 2 ms to avoid clicks.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace relais::softphone {

struct ToneSegment
{
    int durationMs = 0;
    bool on = true;
};

class ToneGenerator
{
public:
    explicit ToneGenerator(int sampleRate = 8000);

    void setSampleRate(int sampleRate);
    // f2 = 0 for a single tone.
    void setFrequencies(double f1, double f2 = 0.0);
    // Peak of the whole tone as a fraction of full scale (each of two tones gets half).
    void setAmplitude(double fraction);
    // Empty: a continuous tone. `repeat` false: the cadence plays once, then silence.
    void setCadence(std::vector<ToneSegment> cadence, bool repeat = true);
    // Back to the start of the cadence.
    void reset();

    void generate(std::int16_t *out, std::size_t count);

    [[nodiscard]] int sampleRate() const { return m_rate; }
    [[nodiscard]] double frequency1() const { return m_f1; }
    [[nodiscard]] double frequency2() const { return m_f2; }
    [[nodiscard]] double amplitude() const { return m_amplitude; }
    // Cadence length in samples (0 for a continuous tone).
    [[nodiscard]] std::uint64_t cycleSamples() const;
    // True once a cadence that does not repeat has been played to its end.
    [[nodiscard]] bool finished() const { return m_finished; }
    // Ramp length in samples at each burst's edges.
    [[nodiscard]] int rampSamples() const { return m_rampSamples; }

private:
    void rebuild();

    struct Span
    {
        std::uint64_t samples;
        bool on;
    };

    int m_rate;
    double m_f1 = 440.0;
    double m_f2 = 0.0;
    double m_amplitude = 0.25;
    std::vector<ToneSegment> m_cadence;
    bool m_repeat = true;
    std::vector<Span> m_spans;
    std::size_t m_span = 0;
    std::uint64_t m_inSpan = 0;     // samples already generated in the current span
    std::uint64_t m_toneSample = 0; // samples since the current burst began
    int m_rampSamples = 16;
    bool m_finished = false;
};

} // namespace relais::softphone

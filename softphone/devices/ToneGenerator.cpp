#include "ToneGenerator.h"

#include <algorithm>
#include <cmath>

namespace relais::softphone {

ToneGenerator::ToneGenerator(int sampleRate) : m_rate(std::max(sampleRate, 1))
{
    rebuild();
}

void ToneGenerator::setSampleRate(int sampleRate)
{
    m_rate = std::max(sampleRate, 1);
    rebuild();
}

void ToneGenerator::setFrequencies(double f1, double f2)
{
    m_f1 = f1;
    m_f2 = f2;
}

void ToneGenerator::setAmplitude(double fraction)
{
    m_amplitude = std::clamp(fraction, 0.0, 1.0);
}

void ToneGenerator::setCadence(std::vector<ToneSegment> cadence, bool repeat)
{
    m_cadence = std::move(cadence);
    m_repeat = repeat;
    rebuild();
}

void ToneGenerator::rebuild()
{
    m_rampSamples = std::max(1, m_rate * 2 / 1000);
    m_spans.clear();
    for (const auto &s : m_cadence) {
        const std::uint64_t n = std::uint64_t(std::max(s.durationMs, 0)) * m_rate / 1000;
        if (n > 0)
            m_spans.push_back({n, s.on});
    }
    reset();
}

void ToneGenerator::reset()
{
    m_span = 0;
    m_inSpan = 0;
    m_toneSample = 0;
    m_finished = false;
}

std::uint64_t ToneGenerator::cycleSamples() const
{
    std::uint64_t total = 0;
    for (const auto &s : m_spans)
        total += s.samples;
    return total;
}

void ToneGenerator::generate(std::int16_t *out, std::size_t count)
{
    const double w1 = 2.0 * M_PI * m_f1 / m_rate;
    const double w2 = 2.0 * M_PI * m_f2 / m_rate;
    const bool dual = m_f2 > 0.0;
    const double peak = 32767.0 * m_amplitude * (dual ? 0.5 : 1.0);
    for (std::size_t i = 0; i < count; ++i) {
        bool on = true;
        std::uint64_t burstLeft = UINT64_MAX; // samples left in this burst, for the fade-out
        if (!m_spans.empty()) {
            if (m_finished) {
                out[i] = 0;
                continue;
            }
            const Span &span = m_spans[m_span];
            on = span.on;
            burstLeft = span.samples - m_inSpan;
            if (++m_inSpan >= span.samples) {
                m_inSpan = 0;
                if (++m_span >= m_spans.size()) {
                    m_span = 0;
                    if (!m_repeat)
                        m_finished = true;
                }
            }
        }
        if (!on) {
            out[i] = 0;
            m_toneSample = 0;
            continue;
        }
        const double t = double(m_toneSample++);
        double env = 1.0;
        if (t < m_rampSamples)
            env = 0.5 - 0.5 * std::cos(M_PI * (t + 0.5) / m_rampSamples);
        if (burstLeft <= std::uint64_t(m_rampSamples))
            env = std::min(env,
                           0.5 - 0.5 * std::cos(M_PI * (double(burstLeft) - 0.5) / m_rampSamples));
        double v = std::sin(w1 * t);
        if (dual)
            v += std::sin(w2 * t);
        out[i] = std::int16_t(std::lrint(peak * env * v));
    }
}

} // namespace relais::softphone

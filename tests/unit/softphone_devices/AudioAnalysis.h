#pragma once
// Measurements the device tests make on generated or converted audio.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace audiotest {

// Amplitude of the `freq` component (a pure sine of peak A gives about A), by Goertzel.
inline double toneAmplitude(const std::int16_t *x, std::size_t n, int rate, double freq)
{
    const double w = 2.0 * M_PI * freq / rate;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0.0, s2 = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double s0 = x[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2.0 * std::sqrt(std::max(power, 0.0)) / double(n);
}

inline double toneAmplitude(const std::vector<std::int16_t> &x, int rate, double freq)
{
    return toneAmplitude(x.data(), x.size(), rate, freq);
}

// The strongest frequency between lo and hi, scanned in `step` Hz.
inline double dominantFrequency(const std::vector<std::int16_t> &x, int rate, double lo, double hi,
                                double step)
{
    double best = lo, bestAmp = -1.0;
    for (double f = lo; f <= hi; f += step) {
        const double a = toneAmplitude(x, rate, f);
        if (a > bestAmp) {
            bestAmp = a;
            best = f;
        }
    }
    return best;
}

inline double rms(const std::int16_t *x, std::size_t n)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        sum += double(x[i]) * x[i];
    return n ? std::sqrt(sum / double(n)) : 0.0;
}

inline double rms(const std::vector<std::int16_t> &x)
{
    return rms(x.data(), x.size());
}

inline std::vector<std::int16_t> sine(int rate, double freq, std::size_t n, double amplitude)
{
    std::vector<std::int16_t> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = std::int16_t(std::lrint(amplitude * std::sin(2.0 * M_PI * freq * double(i) / rate)));
    return v;
}

} // namespace audiotest

#include "Resampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace relais::softphone {

namespace {

constexpr int kZeroCrossings = 16;  // per side, at the filter's cut-off
constexpr double kKaiserBeta = 8.0; // about 80 dB stop band
constexpr double kCutoff = 0.90;    // fraction of the lower Nyquist frequency kept
constexpr int kMaxPhases = 1024;

double besselI0(double x)
{
    double sum = 1.0, term = 1.0;
    for (int k = 1; k < 40; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
        if (term < sum * 1e-12)
            break;
    }
    return sum;
}

std::int16_t clampSample(float v)
{
    const float r = std::nearbyint(v);
    return std::int16_t(std::clamp(r, -32768.0f, 32767.0f));
}

} // namespace

void Resampler::reset(int inRate, int outRate)
{
    m_inRate = std::max(inRate, 1);
    m_outRate = std::max(outRate, 1);
    const auto g = std::gcd(m_inRate, m_outRate);
    m_up = std::uint64_t(m_outRate / g);
    m_down = std::uint64_t(m_inRate / g);
    buildFilter();
    clear();
}

void Resampler::clear()
{
    m_history.assign(m_half > 0 ? std::size_t(m_half - 1) : 0, 0.0f);
    m_pos = m_history.size();
    m_frac = 0;
    m_totalIn = 0;
    m_totalOut = 0;
}

void Resampler::buildFilter()
{
    m_bank.clear();
    if (isPassthrough()) {
        m_half = 0;
        m_phases = 1;
        return;
    }
    // Cut-off relative to the input's Nyquist frequency.
    const double fc = kCutoff * std::min(1.0, double(m_up) / double(m_down));
    m_half = int(std::ceil(kZeroCrossings / fc));
    m_phases = int(std::min<std::uint64_t>(m_up, kMaxPhases));
    const int taps = 2 * m_half;
    m_bank.resize(std::size_t(m_phases) * taps);
    const double i0beta = besselI0(kKaiserBeta);
    for (int p = 0; p < m_phases; ++p) {
        const double frac = double(p) / m_phases;
        float *row = m_bank.data() + std::size_t(p) * taps;
        double sum = 0.0;
        for (int j = 0; j < taps; ++j) {
            // Distance from the output instant to the input sample this tap multiplies.
            const double x = frac + double(m_half - 1 - j);
            const double arg = M_PI * fc * x;
            const double sinc = std::abs(arg) < 1e-12 ? 1.0 : std::sin(arg) / arg;
            const double r = x / m_half;
            const double w =
                std::abs(r) >= 1.0 ? 0.0 : besselI0(kKaiserBeta * std::sqrt(1.0 - r * r)) / i0beta;
            const double h = fc * sinc * w;
            row[j] = float(h);
            sum += h;
        }
        // Unity gain at DC for every phase, so a constant stays constant.
        for (int j = 0; j < taps; ++j)
            row[j] = float(row[j] / sum);
    }
}

void Resampler::run(std::vector<std::int16_t> &out, std::uint64_t limit)
{
    const int taps = 2 * m_half;
    while (m_totalOut < limit && m_pos + std::size_t(m_half) < m_history.size()) {
        const std::size_t phase =
            m_phases == int(m_up) ? std::size_t(m_frac) : std::size_t(m_frac * m_phases / m_up);
        const float *k = m_bank.data() + phase * taps;
        const float *x = m_history.data() + (m_pos + 1 - std::size_t(m_half));
        float acc = 0.0f;
        for (int j = 0; j < taps; ++j)
            acc += k[j] * x[j];
        out.push_back(clampSample(acc));
        ++m_totalOut;
        m_frac += m_down;
        m_pos += std::size_t(m_frac / m_up);
        m_frac %= m_up;
    }
    // Keep only what the next outputs still need.
    const std::size_t keepFrom = std::min(m_pos + 1 - std::size_t(m_half), m_history.size());
    if (keepFrom > 0) {
        m_history.erase(m_history.begin(), m_history.begin() + std::ptrdiff_t(keepFrom));
        m_pos -= keepFrom;
    }
}

void Resampler::process(const std::int16_t *in, std::size_t count, std::vector<std::int16_t> &out)
{
    if (isPassthrough()) {
        out.insert(out.end(), in, in + count);
        return;
    }
    m_history.reserve(m_history.size() + count);
    for (std::size_t i = 0; i < count; ++i)
        m_history.push_back(float(in[i]));
    m_totalIn += count;
    run(out, UINT64_MAX);
}

void Resampler::flush(std::vector<std::int16_t> &out)
{
    if (!isPassthrough()) {
        const std::uint64_t target = (m_totalIn * m_up + m_down / 2) / m_down;
        m_history.insert(m_history.end(), std::size_t(m_half) + 1, 0.0f);
        // Zero padding may need several passes when the ratio is far from one.
        while (m_totalOut < target) {
            const auto before = m_totalOut;
            run(out, target);
            if (m_totalOut == before)
                m_history.insert(m_history.end(), std::size_t(m_half) + 1, 0.0f);
        }
    }
    clear();
}

} // namespace relais::softphone

#include "LevelMeter.h"

#include <cmath>
#include <cstdlib>

namespace relais::softphone {

void LevelMeter::process(const std::int16_t *samples, std::size_t count)
{
    if (count == 0)
        return;
    int maxAbs = 0;
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) {
        const int v = samples[i];
        maxAbs = std::max(maxAbs, std::abs(v));
        sum += double(v) * v;
    }
    const float peak = std::min(1.0f, float(maxAbs) / 32767.0f);
    m_peak.store(peak, std::memory_order_relaxed);
    m_rms.store(float(std::sqrt(sum / double(count)) / 32767.0), std::memory_order_relaxed);
    float held = m_hold.load(std::memory_order_relaxed);
    while (peak > held && !m_hold.compare_exchange_weak(held, peak, std::memory_order_relaxed)) {
    }
}

void LevelMeter::reset()
{
    m_peak = 0.0f;
    m_rms = 0.0f;
    m_hold = 0.0f;
}

float LevelMeter::takePeakHold()
{
    return m_hold.exchange(0.0f, std::memory_order_relaxed);
}

float LevelMeter::toDb(float level)
{
    return level <= 1e-5f ? -100.0f : 20.0f * std::log10(level);
}

} // namespace relais::softphone

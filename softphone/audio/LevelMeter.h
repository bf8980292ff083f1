#pragma once
// Input or output level for a meter: peak and RMS of the latest block, as a fraction of full
// scale, written by the audio or media thread and read from the Qt thread without locks.
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace relais::softphone {

class LevelMeter
{
public:
    void process(const std::int16_t *samples, std::size_t count);
    void reset();

    // Latest block, 0.0 .. 1.0.
    [[nodiscard]] float peak() const { return m_peak.load(std::memory_order_relaxed); }
    [[nodiscard]] float rms() const { return m_rms.load(std::memory_order_relaxed); }
    // Highest peak since the previous call (so a meter polled slowly misses no click).
    float takePeakHold();

    // dBFS of a level (-100 for silence).
    static float toDb(float level);

private:
    std::atomic<float> m_peak{0.0f};
    std::atomic<float> m_rms{0.0f};
    std::atomic<float> m_hold{0.0f};
};

} // namespace relais::softphone

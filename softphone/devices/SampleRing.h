#pragma once
// A bounded FIFO of 16-bit samples between two threads (the audio hardware's and the engine's
// media thread). The mutex is held only for a copy, so neither side ever waits on the other's
// work. A full ring drops its oldest samples: late audio is worth less than fresh audio.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace relais::softphone {

class SampleRing
{
public:
    explicit SampleRing(std::size_t capacity = 8000);

    // Empties the ring and sets a new capacity (in samples).
    void reset(std::size_t capacity);
    void clear();

    // Appends `count` samples; when they do not fit, the oldest samples are dropped.
    // Returns how many samples were dropped.
    std::size_t write(const std::int16_t *in, std::size_t count);
    // Copies up to `count` samples into `out` and fills the rest with silence.
    // Returns how many real samples were copied.
    std::size_t read(std::int16_t *out, std::size_t count);
    // Forgets up to `count` of the oldest samples; returns how many were forgotten.
    std::size_t discard(std::size_t count);

    [[nodiscard]] std::size_t available() const;
    [[nodiscard]] std::size_t capacity() const;
    // Totals since construction (or the last reset), for diagnostics and tests.
    [[nodiscard]] std::uint64_t droppedSamples() const { return m_dropped.load(); }
    [[nodiscard]] std::uint64_t silenceSamples() const { return m_silence.load(); }

private:
    std::size_t discardLocked(std::size_t count);

    mutable std::mutex m_mutex;
    std::vector<std::int16_t> m_buffer;
    std::size_t m_head = 0; // index of the oldest sample
    std::size_t m_size = 0;
    std::atomic<std::uint64_t> m_dropped{0};
    std::atomic<std::uint64_t> m_silence{0};
};

} // namespace relais::softphone

#pragma once
// Streaming sample-rate converter for 16-bit mono audio, any rate to any rate.
// A windowed-sinc (Kaiser) polyphase filter: the ratio is kept as an exact fraction so a
// long call does not drift, and the low-pass cut sits below the lower of the two Nyquist
// frequencies so downsampling does not alias. librem's auresamp only does integer ratios,
// and a WAV prompt recorded at 44.1 kHz must still play at 8 kHz.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace relais::softphone {

class Resampler
{
public:
    Resampler() = default;
    Resampler(int inRate, int outRate) { reset(inRate, outRate); }

    // Sets the rates and forgets any buffered input.
    void reset(int inRate, int outRate);
    // Forgets buffered input but keeps the rates and filter.
    void clear();

    [[nodiscard]] int inRate() const { return m_inRate; }
    [[nodiscard]] int outRate() const { return m_outRate; }
    [[nodiscard]] bool isPassthrough() const { return m_inRate == m_outRate; }
    // Input samples held back as look-ahead (the converter's added latency, at the input rate).
    [[nodiscard]] int lookahead() const { return isPassthrough() ? 0 : m_half; }

    // Converts `count` input samples and appends the result to `out`.
    void process(const std::int16_t *in, std::size_t count, std::vector<std::int16_t> &out);
    // Ends the stream: appends the remaining output so that the total output length is
    // round(total input * outRate / inRate). The resampler is then ready for a new stream.
    void flush(std::vector<std::int16_t> &out);

private:
    void buildFilter();
    void run(std::vector<std::int16_t> &out, std::uint64_t limit);

    int m_inRate = 8000;
    int m_outRate = 8000;
    std::uint64_t m_up = 1;    // L: output rate / gcd
    std::uint64_t m_down = 1;  // M: input rate / gcd
    int m_phases = 1;          // filter phases (L, or a finer fixed grid when L is huge)
    int m_half = 0;            // taps each side of the centre, in input samples
    std::vector<float> m_bank; // m_phases rows of 2 * m_half taps
    std::vector<float> m_history;
    std::size_t m_pos = 0;    // index in m_history of the input sample at or before "now"
    std::uint64_t m_frac = 0; // position between m_pos and m_pos + 1, in 1/L steps
    std::uint64_t m_totalIn = 0;
    std::uint64_t m_totalOut = 0;
};

} // namespace relais::softphone

#pragma once
// Between what a sound card offers (QAudioFormat: any rate, channel count, sample type) and
// the engine's 16-bit mono at its own rate. Capture: channels are averaged, then resampled.
// Playback: resampled, then copied to every channel.
#include "Resampler.h"

#include <QAudioFormat>
#include <QByteArray>
#include <cstdint>
#include <vector>

namespace relais::softphone {

class AudioConverter
{
public:
    void setFormats(const QAudioFormat &hardware, int engineRate);
    void clear();

    [[nodiscard]] const QAudioFormat &hardwareFormat() const { return m_hw; }
    [[nodiscard]] int engineRate() const { return m_engineRate; }

    // Captured hardware bytes in, engine samples appended to `out`. A trailing partial frame
    // is kept for the next call.
    void toEngine(const char *data, qsizetype bytes, std::vector<std::int16_t> &out);
    // Engine samples in, hardware bytes appended to `out`.
    void fromEngine(const std::int16_t *in, std::size_t count, QByteArray &out);

    // Engine samples that make about `frames` hardware frames.
    [[nodiscard]] std::size_t engineSamplesFor(qint64 frames) const;

    // The sample formats a converter understands.
    static bool supports(const QAudioFormat &format);

private:
    QAudioFormat m_hw;
    int m_engineRate = 8000;
    Resampler m_capture;
    Resampler m_playback;
    QByteArray m_partial;
    std::vector<std::int16_t> m_mono;
    std::vector<std::int16_t> m_resampled;
};

} // namespace relais::softphone

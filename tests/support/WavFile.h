#pragma once
// 16-bit PCM WAV files for the softphone tests: reads what the peers wrote (mono or stereo,
// any rate, forgiving about headers a writer has not finished yet, so a file still being
// written can be read up to its current end) and writes the tones the peers play.
#include <QString>
#include <cstdint>
#include <vector>

class WavFile
{
public:
    // Loads `path`; channels are averaged into mono. False (with a reason) when unreadable.
    bool load(const QString &path, QString *error = nullptr);

    [[nodiscard]] int sampleRate() const { return m_rate; }
    [[nodiscard]] int channels() const { return m_channels; }
    [[nodiscard]] const std::vector<float> &samples() const { return m_samples; }
    [[nodiscard]] double durationMs() const;

    // Mono frames currently in the file (its size, whatever its header says); -1 if unreadable.
    static qint64 frameCount(const QString &path);

    // A mono sine of `hz` at `amplitude` (fraction of full scale), `silenceMs` of silence first.
    static bool writeTone(const QString &path, int sampleRate, double hz, int durationMs,
                          double amplitude = 0.3, int silenceMs = 0);
    static bool writeMono(const QString &path, int sampleRate,
                          const std::vector<std::int16_t> &pcm);

private:
    struct Layout
    {
        int rate = 0;
        int channels = 0;
        int bits = 0;
        qint64 dataStart = 0;
        qint64 dataBytes = 0; // clipped to the file's size
    };
    static bool parse(const QByteArray &head, qint64 fileSize, Layout *layout, QString *error);

    int m_rate = 0;
    int m_channels = 0;
    std::vector<float> m_samples;
};

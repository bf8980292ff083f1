#pragma once
// What a WAV recording sounds like, by frequency: the dominant tone (Goertzel over 10 Hz bins
// from 100 Hz up), the share of the signal's energy a given tone holds, its level, and when
// it starts. The first 300 ms are skipped by default (codec start-up, jitter buffer fill).
#include <QString>
#include <vector>

class ToneCheck
{
public:
    bool load(const QString &wavPath, QString *error = nullptr);
    void setSamples(std::vector<float> mono, int sampleRate);

    // Analysis window in ms from the start of the file; toMs < 0 runs to the end.
    void setWindowMs(double fromMs, double toMs = -1.0);
    // The same in frames (a recording that is still growing is measured by frames).
    void setWindowFrames(qint64 from, qint64 to = -1);

    [[nodiscard]] int sampleRate() const { return m_rate; }
    [[nodiscard]] qint64 frames() const { return qint64(m_samples.size()); }
    [[nodiscard]] double durationMs() const;
    [[nodiscard]] qint64 windowFrames() const { return m_to - m_from; }

    // The strongest 10 Hz bin in the window (0 when the window is empty or silent).
    [[nodiscard]] double dominantHz() const;
    // Share (0..1) of the window's energy within 10 Hz of `hz`.
    [[nodiscard]] double energyShare(double hz) const;
    // Level of the whole window, and of its `hz` component alone, in dB full scale.
    [[nodiscard]] double levelDbfs() const;
    [[nodiscard]] double toneLevelDbfs(double hz) const;
    // The dominant tone is `hz` (±15 Hz), holds at least `minShare` of the energy and the
    // window is louder than -40 dBFS. `why` says what was heard otherwise.
    bool hasTone(double hz, QString *why = nullptr, double minShare = 0.5) const;
    // `hz` is absent: its component is below `maxDbfs` (an empty window counts as silent).
    bool lacksTone(double hz, QString *why = nullptr, double maxDbfs = -45.0) const;
    // When `hz` starts in the window, in ms from the start of the file: the centre of the
    // first 20 ms stretch whose `hz` level reaches half the tone's steady amplitude; -1 if never.
    [[nodiscard]] double onsetMs(double hz) const;

    [[nodiscard]] QString describe() const;

private:
    struct Spectrum
    {
        std::vector<double> power; // per bin, summed over blocks (energy units)
        double energy = 0.0;       // sum of squares over the same blocks
        qint64 samples = 0;
    };
    [[nodiscard]] Spectrum spectrum() const;
    [[nodiscard]] double binHz(std::size_t bin) const;
    [[nodiscard]] double goertzelEnergy(qint64 from, qint64 length, double hz) const;

    std::vector<float> m_samples;
    int m_rate = 8000;
    qint64 m_from = 0;
    qint64 m_to = 0;
    mutable bool m_haveSpectrum = false;
    mutable Spectrum m_spectrum;
};

#include "ToneCheck.h"

#include "WavFile.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr double kLowestHz = 100.0;
constexpr double kBinHz = 10.0;
constexpr double kSkipMs = 300.0;

double dbfs(double meanSquare)
{
    // Full scale is a sine of amplitude 1, whose mean square is 1/2.
    return meanSquare > 0.0 ? 10.0 * std::log10(2.0 * meanSquare) : -200.0;
}
} // namespace

bool ToneCheck::load(const QString &wavPath, QString *error)
{
    WavFile wav;
    if (!wav.load(wavPath, error))
        return false;
    setSamples(wav.samples(), wav.sampleRate());
    return true;
}

void ToneCheck::setSamples(std::vector<float> mono, int sampleRate)
{
    m_samples = std::move(mono);
    m_rate = sampleRate;
    setWindowMs(kSkipMs);
}

void ToneCheck::setWindowMs(double fromMs, double toMs)
{
    setWindowFrames(qint64(fromMs * m_rate / 1000.0),
                    toMs < 0.0 ? -1 : qint64(toMs * m_rate / 1000.0));
}

void ToneCheck::setWindowFrames(qint64 from, qint64 to)
{
    const qint64 n = frames();
    m_from = std::clamp<qint64>(from, 0, n);
    m_to = to < 0 ? n : std::clamp<qint64>(to, m_from, n);
    m_haveSpectrum = false;
}

double ToneCheck::durationMs() const
{
    return 1000.0 * double(frames()) / m_rate;
}

double ToneCheck::binHz(std::size_t bin) const
{
    return kLowestHz + kBinHz * double(bin);
}

double ToneCheck::goertzelEnergy(qint64 from, qint64 length, double hz) const
{
    // |X(hz)|^2 * 2 / N: for a sine exactly on the bin, this equals the block's energy.
    const double coeff = 2.0 * std::cos(2.0 * M_PI * hz / m_rate);
    double s1 = 0.0, s2 = 0.0;
    const float *x = m_samples.data() + from;
    for (qint64 i = 0; i < length; ++i) {
        const double s0 = x[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return length > 0 ? 2.0 * power / double(length) : 0.0;
}

ToneCheck::Spectrum ToneCheck::spectrum() const
{
    if (m_haveSpectrum)
        return m_spectrum;
    Spectrum sp;
    const double top = std::min(4000.0, m_rate / 2.0 - kBinHz);
    const std::size_t bins = top > kLowestHz ? std::size_t((top - kLowestHz) / kBinHz) + 1 : 0;
    sp.power.assign(bins, 0.0);
    const qint64 block = m_rate / qint64(kBinHz); // 100 ms: bins 10 Hz apart are orthogonal
    for (qint64 at = m_from; at + block <= m_to; at += block) {
        for (qint64 i = at; i < at + block; ++i)
            sp.energy += double(m_samples[std::size_t(i)]) * m_samples[std::size_t(i)];
        for (std::size_t b = 0; b < bins; ++b)
            sp.power[b] += goertzelEnergy(at, block, binHz(b));
        sp.samples += block;
    }
    m_spectrum = sp;
    m_haveSpectrum = true;
    return sp;
}

double ToneCheck::dominantHz() const
{
    const Spectrum sp = spectrum();
    if (sp.power.empty() || sp.energy <= 0.0)
        return 0.0;
    const auto best = std::max_element(sp.power.begin(), sp.power.end());
    return binHz(std::size_t(best - sp.power.begin()));
}

double ToneCheck::energyShare(double hz) const
{
    const Spectrum sp = spectrum();
    if (sp.energy <= 0.0 || sp.power.empty())
        return 0.0;
    double sum = 0.0;
    for (std::size_t b = 0; b < sp.power.size(); ++b) {
        if (std::abs(binHz(b) - hz) <= kBinHz + 0.1)
            sum += sp.power[b];
    }
    return std::min(1.0, sum / sp.energy);
}

double ToneCheck::levelDbfs() const
{
    const Spectrum sp = spectrum();
    return sp.samples > 0 ? dbfs(sp.energy / double(sp.samples)) : -200.0;
}

double ToneCheck::toneLevelDbfs(double hz) const
{
    const Spectrum sp = spectrum();
    return sp.samples > 0 ? dbfs(energyShare(hz) * sp.energy / double(sp.samples)) : -200.0;
}

bool ToneCheck::hasTone(double hz, QString *why, double minShare) const
{
    const bool ok = spectrum().samples > 0 && std::abs(dominantHz() - hz) <= 15.0 &&
                    energyShare(hz) >= minShare && levelDbfs() > -40.0;
    if (!ok && why)
        *why = QStringLiteral("expected %1 Hz, heard %2").arg(hz).arg(describe());
    return ok;
}

bool ToneCheck::lacksTone(double hz, QString *why, double maxDbfs) const
{
    const bool ok = spectrum().samples == 0 || toneLevelDbfs(hz) < maxDbfs;
    if (!ok && why)
        *why = QStringLiteral("expected no %1 Hz (below %2 dBFS), heard %3: %4 Hz at %5 dBFS")
                   .arg(hz)
                   .arg(maxDbfs)
                   .arg(describe())
                   .arg(hz)
                   .arg(toneLevelDbfs(hz), 0, 'f', 1);
    return ok;
}

double ToneCheck::onsetMs(double hz) const
{
    const qint64 window = m_rate / 50; // 20 ms
    const qint64 hop = std::max<qint64>(1, m_rate / 1000);
    std::vector<double> level;
    for (qint64 at = m_from; at + window <= m_to; at += hop)
        level.push_back(goertzelEnergy(at, window, hz));
    if (level.empty())
        return -1.0;
    std::vector<double> sorted = level;
    std::sort(sorted.begin(), sorted.end());
    const double steady = sorted[sorted.size() * 9 / 10];
    if (dbfs(steady / double(window)) < -40.0)
        return -1.0;
    // Half the amplitude is a quarter of the energy: reached when half the window holds the tone.
    for (std::size_t i = 0; i < level.size(); ++i) {
        if (level[i] >= 0.25 * steady)
            return 1000.0 * (double(m_from + qint64(i) * hop) + window / 2.0) / m_rate;
    }
    return -1.0;
}

QString ToneCheck::describe() const
{
    if (spectrum().samples == 0)
        return QStringLiteral("nothing (%1 ms of audio, window %2..%3 ms)")
            .arg(durationMs(), 0, 'f', 0)
            .arg(1000.0 * m_from / m_rate, 0, 'f', 0)
            .arg(1000.0 * m_to / m_rate, 0, 'f', 0);
    const double top = dominantHz();
    return QStringLiteral("%1 Hz dominant (%2% of the energy), level %3 dBFS over %4 ms")
        .arg(top)
        .arg(100.0 * energyShare(top), 0, 'f', 0)
        .arg(levelDbfs(), 0, 'f', 1)
        .arg(1000.0 * double(m_to - m_from) / m_rate, 0, 'f', 0);
}

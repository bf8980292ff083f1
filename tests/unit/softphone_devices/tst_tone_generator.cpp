// Tones and the call tones' cadences, measured in samples.
#include "AudioAnalysis.h"
#include "CallTones.h"
#include "ToneGenerator.h"

#include <QtTest>

using namespace relais::softphone;
using namespace audiotest;

namespace {

std::vector<std::int16_t> take(ToneGenerator &g, std::size_t n, std::size_t chunk = 160)
{
    std::vector<std::int16_t> v(n);
    for (std::size_t i = 0; i < n; i += chunk)
        g.generate(v.data() + i, std::min(chunk, n - i));
    return v;
}

bool silent(const std::vector<std::int16_t> &v, std::size_t from, std::size_t to)
{
    return std::all_of(v.begin() + std::ptrdiff_t(from), v.begin() + std::ptrdiff_t(to),
                       [](auto s) { return s == 0; });
}

double windowRms(const std::vector<std::int16_t> &v, std::size_t from, std::size_t n)
{
    return rms(v.data() + from, n);
}

// Checks a repeating single-tone cadence: bursts of `on` samples every `cycle` samples.
void checkCadence(const std::vector<std::int16_t> &v, std::size_t on, std::size_t cycle,
                  std::size_t ramp, double expectedRms)
{
    for (std::size_t start = 0; start + cycle <= v.size(); start += cycle) {
        // Full level inside the burst (past the fade-in and before the fade-out)...
        const double r = windowRms(v, start + ramp, on - 2 * ramp);
        QVERIFY2(std::abs(r - expectedRms) < expectedRms * 0.02, qPrintable(QString::number(r)));
        // ...sound right up to the burst's last samples...
        QVERIFY(windowRms(v, start + on - 2 * ramp, ramp) > 0.0);
        // ...and nothing at all from the burst's end to the next cycle.
        QVERIFY2(silent(v, start + on, start + cycle), qPrintable(QString::number(start)));
    }
}

} // namespace

class TestToneGenerator : public QObject
{
    Q_OBJECT
private slots:
    void continuousToneHasItsFrequencyAndLevel_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("freq");
        QTest::newRow("440 @ 8k") << 8000 << 440.0;
        QTest::newRow("1000 @ 16k") << 16000 << 1000.0;
        QTest::newRow("2600 @ 48k") << 48000 << 2600.0;
    }

    void continuousToneHasItsFrequencyAndLevel()
    {
        QFETCH(int, rate);
        QFETCH(double, freq);
        ToneGenerator g(rate);
        g.setFrequencies(freq);
        g.setAmplitude(0.5);
        const auto v = take(g, std::size_t(rate));
        QCOMPARE(dominantFrequency(v, rate, 100.0, rate / 2.0 - 10.0, 10.0), freq);
        QVERIFY(std::abs(toneAmplitude(v, rate, freq) - 0.5 * 32767) < 200.0);
        QCOMPARE(g.cycleSamples(), std::uint64_t(0));
        QVERIFY(!g.finished());
    }

    void dualToneCarriesBothFrequencies()
    {
        ToneGenerator g(8000);
        g.setFrequencies(350.0, 440.0);
        g.setAmplitude(0.5);
        const auto v = take(g, 8000);
        const double a1 = toneAmplitude(v, 8000, 350.0), a2 = toneAmplitude(v, 8000, 440.0);
        QVERIFY(std::abs(a1 - 0.25 * 32767) < 200.0);
        QVERIFY(std::abs(a2 - 0.25 * 32767) < 200.0);
        QVERIFY(toneAmplitude(v, 8000, 600.0) < 50.0);
        QVERIFY(*std::max_element(v.begin(), v.end()) <= std::int16_t(0.5 * 32767 + 1));
    }

    void frameSizeDoesNotChangeTheOutput()
    {
        auto a = CallTones::make(CallTones::Tone::Ringback, 8000);
        auto b = CallTones::make(CallTones::Tone::Ringback, 8000);
        auto c = CallTones::make(CallTones::Tone::Ringback, 8000);
        const auto reference = take(a, 90000, 160);
        QCOMPARE(take(b, 90000, 1), reference);
        QCOMPARE(take(c, 90000, 441), reference);
    }

    void ringbackIsOnePointFiveOnThreePointFiveOff_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("8k") << 8000;
        QTest::newRow("48k") << 48000;
    }

    void ringbackIsOnePointFiveOnThreePointFiveOff()
    {
        QFETCH(int, rate);
        auto g = CallTones::make(CallTones::Tone::Ringback, rate);
        QCOMPARE(g.cycleSamples(), std::uint64_t(5 * rate));
        const auto v = take(g, std::size_t(2 * 5 * rate));
        checkCadence(v, std::size_t(rate * 3 / 2), std::size_t(5 * rate),
                     std::size_t(g.rampSamples()), 0.25 * 32767 / std::sqrt(2.0));
        const std::vector<std::int16_t> burst(v.begin(), v.begin() + rate);
        QCOMPARE(dominantFrequency(burst, rate, 300.0, 600.0, 5.0), 440.0);
    }

    void busyAndCallWaitingCadences()
    {
        auto busy = CallTones::make(CallTones::Tone::Busy, 8000);
        QCOMPARE(busy.cycleSamples(), std::uint64_t(8000));
        checkCadence(take(busy, 24000), 4000, 8000, std::size_t(busy.rampSamples()),
                     0.25 * 32767 / std::sqrt(2.0));

        auto waiting = CallTones::make(CallTones::Tone::CallWaiting, 8000);
        QCOMPARE(waiting.cycleSamples(), std::uint64_t(40000));
        checkCadence(take(waiting, 80000), 2400, 40000, std::size_t(waiting.rampSamples()),
                     0.25 * 32767 / std::sqrt(2.0));
    }

    void ringIsADoubleBurst()
    {
        auto g = CallTones::make(CallTones::Tone::Ring, 8000);
        QCOMPARE(g.cycleSamples(), std::uint64_t(3 * 8000));
        const auto v = take(g, 24000);
        QVERIFY(windowRms(v, 100, 3000) > 1000.0);  // first burst 0..3200
        QVERIFY(silent(v, 3200, 4800));             // gap
        QVERIFY(windowRms(v, 4900, 3000) > 1000.0); // second burst 4800..8000
        QVERIFY(silent(v, 8000, 24000));
        const std::vector<std::int16_t> burst(v.begin(), v.begin() + 3200);
        QVERIFY(toneAmplitude(burst, 8000, 400.0) > 4000.0);
        QVERIFY(toneAmplitude(burst, 8000, 450.0) > 4000.0);
    }

    void dtmfDigitsAreTheQ23Pairs_data()
    {
        QTest::addColumn<char>("digit");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("1") << '1' << 697.0 << 1209.0;
        QTest::newRow("5") << '5' << 770.0 << 1336.0;
        QTest::newRow("9") << '9' << 852.0 << 1477.0;
        QTest::newRow("0") << '0' << 941.0 << 1336.0;
        QTest::newRow("*") << '*' << 941.0 << 1209.0;
        QTest::newRow("#") << '#' << 941.0 << 1477.0;
        QTest::newRow("d") << 'd' << 941.0 << 1633.0;
    }

    void dtmfDigitsAreTheQ23Pairs()
    {
        QFETCH(char, digit);
        QFETCH(double, low);
        QFETCH(double, high);
        auto g = CallTones::dtmf(digit, 8000, 100);
        const auto v = take(g, 4000);
        const std::vector<std::int16_t> tone(v.begin(), v.begin() + 800);
        QVERIFY(toneAmplitude(tone, 8000, low) > 6000.0);
        QVERIFY(toneAmplitude(tone, 8000, high) > 6000.0);
        for (double other : {697.0, 770.0, 852.0, 941.0, 1209.0, 1336.0, 1477.0, 1633.0})
            if (other != low && other != high)
                QVERIFY(toneAmplitude(tone, 8000, other) < 1500.0);
        QVERIFY(windowRms(v, 640, 160) > 0.0);
        QVERIFY(silent(v, 800, 4000)); // once, then silence
        QVERIFY(g.finished());
    }

    void unknownDtmfDigitIsSilent()
    {
        double lo, hi;
        QVERIFY(!CallTones::dtmfFrequencies('x', &lo, &hi));
        QVERIFY(!CallTones::dtmfFrequencies('\0', &lo, &hi));
        auto g = CallTones::dtmf('x', 8000);
        QVERIFY(silent(take(g, 1600), 0, 1600));
    }

    void resetRestartsTheCadence()
    {
        auto g = CallTones::make(CallTones::Tone::Busy, 8000);
        const auto first = take(g, 6000);
        g.reset();
        QCOMPARE(take(g, 6000), first);
    }
};

QTEST_GUILESS_MAIN(TestToneGenerator)
#include "tst_tone_generator.moc"

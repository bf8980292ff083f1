// Rate conversion keeps a tone's pitch and level, and does not alias or image.
#include "AudioAnalysis.h"
#include "Resampler.h"

#include <QtTest>

using relais::softphone::Resampler;
using namespace audiotest;

namespace {

std::vector<std::int16_t> convert(const std::vector<std::int16_t> &in, int from, int to,
                                  std::size_t chunk = 0)
{
    Resampler r(from, to);
    std::vector<std::int16_t> out;
    if (chunk == 0)
        chunk = in.size();
    for (std::size_t i = 0; i < in.size(); i += chunk)
        r.process(in.data() + i, std::min(chunk, in.size() - i), out);
    r.flush(out);
    return out;
}

// The middle of a signal, away from the start-up and tail transients.
std::vector<std::int16_t> middle(const std::vector<std::int16_t> &x)
{
    return {x.begin() + std::ptrdiff_t(x.size() / 4), x.end() - std::ptrdiff_t(x.size() / 4)};
}

} // namespace

class TestResampler : public QObject
{
    Q_OBJECT
private slots:
    void upsample8kTo48kKeepsA1kHzTone()
    {
        const auto in = sine(8000, 1000.0, 8000, 10000.0);
        const auto out = convert(in, 8000, 48000);
        QCOMPARE(out.size(), std::size_t(48000));
        const auto mid = middle(out);
        QCOMPARE(dominantFrequency(mid, 48000, 100.0, 20000.0, 10.0), 1000.0);
        QVERIFY2(std::abs(toneAmplitude(mid, 48000, 1000.0) - 10000.0) < 300.0,
                 "the tone keeps its level");
        // The images a naive upsampler leaves at 8k +/- 1k must be gone (below -60 dB).
        QVERIFY(toneAmplitude(mid, 48000, 7000.0) < 10.0);
        QVERIFY(toneAmplitude(mid, 48000, 9000.0) < 10.0);
    }

    void downsample48kTo8kKeepsA1kHzTone()
    {
        const auto in = sine(48000, 1000.0, 48000, 10000.0);
        const auto out = convert(in, 48000, 8000);
        QCOMPARE(out.size(), std::size_t(8000));
        const auto mid = middle(out);
        QCOMPARE(dominantFrequency(mid, 8000, 100.0, 3990.0, 10.0), 1000.0);
        QVERIFY(std::abs(toneAmplitude(mid, 8000, 1000.0) - 10000.0) < 300.0);
    }

    void downsamplingFiltersWhatTheLowerRateCannotCarry()
    {
        // 5 kHz at 48 kHz would fold to 3 kHz at 8 kHz without the low-pass.
        const auto in = sine(48000, 5000.0, 48000, 10000.0);
        const auto mid = middle(convert(in, 48000, 8000));
        QVERIFY2(rms(mid) < 30.0, qPrintable(QString::number(rms(mid))));
    }

    void roundTrip8kTo48kAndBack()
    {
        const auto in = sine(8000, 1000.0, 16000, 8000.0);
        const auto back = convert(convert(in, 8000, 48000), 48000, 8000);
        QCOMPARE(back.size(), in.size());
        const auto mid = middle(back);
        QCOMPARE(dominantFrequency(mid, 8000, 100.0, 3990.0, 10.0), 1000.0);
        QVERIFY(std::abs(toneAmplitude(mid, 8000, 1000.0) - 8000.0) < 300.0);
    }

    void oddRatios_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("44100->8000") << 44100 << 8000;
        QTest::newRow("8000->44100") << 8000 << 44100;
        QTest::newRow("22050->16000") << 22050 << 16000;
        QTest::newRow("16000->48000") << 16000 << 48000;
        QTest::newRow("11025->48000") << 11025 << 48000;
        QTest::newRow("47999->8000 (fine phase grid)") << 47999 << 8000;
    }

    void oddRatios()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const auto in = sine(from, 1000.0, std::size_t(from), 10000.0);
        const auto out = convert(in, from, to, 441);
        QCOMPARE(qint64(out.size()), qRound64(double(from) * to / from));
        const auto mid = middle(out);
        QCOMPARE(dominantFrequency(mid, to, 500.0, 1500.0, 10.0), 1000.0);
        QVERIFY(std::abs(toneAmplitude(mid, to, 1000.0) - 10000.0) < 300.0);
    }

    void chunkingDoesNotChangeTheOutput()
    {
        const auto in = sine(8000, 700.0, 4000, 12000.0);
        const auto whole = convert(in, 8000, 48000);
        QCOMPARE(convert(in, 8000, 48000, 1), whole);
        QCOMPARE(convert(in, 8000, 48000, 160), whole);
        const auto in48 = sine(48000, 700.0, 24000, 12000.0);
        QCOMPARE(convert(in48, 48000, 8000, 37), convert(in48, 48000, 8000));
    }

    void constantStaysConstant()
    {
        std::vector<std::int16_t> dc(8000, 5000);
        const auto mid = middle(convert(dc, 8000, 44100));
        for (auto s : mid)
            QVERIFY(std::abs(s - 5000) <= 2);
    }

    void sameRateIsACopy()
    {
        const auto in = sine(16000, 440.0, 1000, 3000.0);
        QCOMPARE(convert(in, 16000, 16000, 77), in);
        Resampler r(16000, 16000);
        QVERIFY(r.isPassthrough());
        QCOMPARE(r.lookahead(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResampler)
#include "tst_resampler.moc"

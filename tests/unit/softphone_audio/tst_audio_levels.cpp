// Input/output levels for the desk's meters, computed on injected frames.
#include "LevelMeter.h"
#include "QtAudioDevice.h"

#include <QtTest>
#include <cmath>

using namespace relais::softphone;

namespace {

std::vector<std::int16_t> sine(double amplitude, std::size_t n = 960)
{
    std::vector<std::int16_t> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] =
            std::int16_t(std::lrint(amplitude * 32767.0 * std::sin(2 * M_PI * 1000.0 * i / 48000)));
    return v;
}

} // namespace

class TestAudioLevels : public QObject
{
    Q_OBJECT
private slots:
    void sineLevels()
    {
        LevelMeter m;
        const auto s = sine(1.0);
        m.process(s.data(), s.size());
        QVERIFY(std::abs(m.peak() - 1.0f) < 0.001f);
        QVERIFY(std::abs(m.rms() - float(M_SQRT1_2)) < 0.005f);
        const auto q = sine(0.1);
        m.process(q.data(), q.size());
        QVERIFY(std::abs(m.peak() - 0.1f) < 0.001f);
        QVERIFY(std::abs(m.rms() - 0.1f * float(M_SQRT1_2)) < 0.001f);
        QVERIFY(std::abs(LevelMeter::toDb(m.rms()) - (-23.01f)) < 0.1f);
    }

    void squareWaveAndSilence()
    {
        LevelMeter m;
        std::vector<std::int16_t> sq(160);
        for (std::size_t i = 0; i < sq.size(); ++i)
            sq[i] = (i / 8) % 2 ? 16384 : -16384;
        m.process(sq.data(), sq.size());
        QVERIFY(std::abs(m.rms() - 16384.0f / 32767.0f) < 1e-4f);
        QVERIFY(std::abs(m.peak() - 16384.0f / 32767.0f) < 1e-4f);
        std::vector<std::int16_t> zero(160, 0);
        m.process(zero.data(), zero.size());
        QCOMPARE(m.peak(), 0.0f);
        QCOMPARE(m.rms(), 0.0f);
        QCOMPARE(LevelMeter::toDb(0.0f), -100.0f);
        // Full-scale negative sample counts as full scale, not above it.
        std::int16_t min = -32768;
        m.process(&min, 1);
        QCOMPARE(m.peak(), 1.0f);
    }

    void peakHoldKeepsTheHighestSinceLastRead()
    {
        LevelMeter m;
        const auto loud = sine(0.8), soft = sine(0.2);
        m.process(loud.data(), loud.size());
        m.process(soft.data(), soft.size());
        QVERIFY(std::abs(m.peak() - 0.2f) < 0.001f); // the latest block
        QVERIFY(std::abs(m.takePeakHold() - 0.8f) < 0.001f);
        QCOMPARE(m.takePeakHold(), 0.0f); // taken
    }

    void deviceMetersWhatTheEnginePlays()
    {
        // No sound card needed: the output meter sees the engine's frames as they are written.
        QtAudioDevice device;
        const auto s = sine(0.5);
        device.write(s.data(), s.size());
        QVERIFY(std::abs(device.outputLevel().peak() - 0.5f) < 0.001f);
        QVERIFY(std::abs(device.outputLevel().rms() - 0.5f * float(M_SQRT1_2)) < 0.003f);
        QCOMPARE(device.inputLevel().peak(), 0.0f);
    }

    void metersAreReadableFromAnotherThread()
    {
        LevelMeter m;
        std::atomic<bool> stop{false};
        std::thread writer([&] {
            const auto a = sine(0.25), b = sine(0.75);
            while (!stop) {
                m.process(a.data(), a.size());
                m.process(b.data(), b.size());
            }
        });
        for (int i = 0; i < 10000; ++i) {
            const float p = m.peak();
            QVERIFY(p == 0.0f || std::abs(p - 0.25f) < 0.001f || std::abs(p - 0.75f) < 0.001f);
        }
        stop = true;
        writer.join();
    }
};

QTEST_GUILESS_MAIN(TestAudioLevels)
#include "tst_audio_levels.moc"

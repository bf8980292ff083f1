// Between the sound card's format and the engine's 16-bit mono, through the bridges the
// QAudioSource and QAudioSink use.
#include "AudioConverter.h"
#include "CaptureBridge.h"
#include "LevelMeter.h"
#include "PlaybackBridge.h"
#include "SampleRing.h"

#include <QtTest>
#include <cmath>
#include <cstring>

using namespace relais::softphone;

namespace {

QAudioFormat fmt(int rate, int channels, QAudioFormat::SampleFormat sf)
{
    QAudioFormat f;
    f.setSampleRate(rate);
    f.setChannelCount(channels);
    f.setSampleFormat(sf);
    return f;
}

// `n` frames of a 1 kHz sine (peak `amp` of full scale) in a hardware format, on every channel.
QByteArray hwSine(const QAudioFormat &f, int n, double amp)
{
    QByteArray b(qsizetype(n) * f.bytesPerFrame(), '\0');
    char *p = b.data();
    for (int i = 0; i < n; ++i) {
        const double v = amp * std::sin(2 * M_PI * 1000.0 * i / f.sampleRate());
        for (int c = 0; c < f.channelCount(); ++c) {
            if (f.sampleFormat() == QAudioFormat::Float) {
                const float x = float(v);
                std::memcpy(p, &x, 4);
            } else if (f.sampleFormat() == QAudioFormat::Int32) {
                const std::int32_t x = std::int32_t(std::lrint(v * 2147483647.0));
                std::memcpy(p, &x, 4);
            } else if (f.sampleFormat() == QAudioFormat::Int16) {
                const std::int16_t x = std::int16_t(std::lrint(v * 32767.0));
                std::memcpy(p, &x, 2);
            } else {
                *p = char(std::lrint(v * 127.0) + 128);
            }
            p += f.bytesPerSample();
        }
    }
    return b;
}

double amplitudeAt(const std::vector<std::int16_t> &x, int rate, double freq)
{
    const double w = 2 * M_PI * freq / rate, c = 2 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (auto v : x) {
        const double s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return 2 * std::sqrt(std::max(0.0, s1 * s1 + s2 * s2 - c * s1 * s2)) / double(x.size());
}

} // namespace

class TestAudioConverter : public QObject
{
    Q_OBJECT
private slots:
    void int16MonoAtTheEngineRateIsACopy()
    {
        AudioConverter c;
        c.setFormats(fmt(8000, 1, QAudioFormat::Int16), 8000);
        const std::vector<std::int16_t> in{1, -2, 300, -32768, 32767};
        QByteArray bytes;
        c.fromEngine(in.data(), in.size(), bytes);
        QCOMPARE(bytes.size(), 10);
        std::vector<std::int16_t> back;
        c.toEngine(bytes.constData(), bytes.size(), back);
        QCOMPARE(back, in);
    }

    void captureFromEveryHardwareFormat_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("sampleFormat");
        QTest::newRow("float stereo 48k") << 48000 << 2 << int(QAudioFormat::Float);
        QTest::newRow("int32 stereo 44.1k") << 44100 << 2 << int(QAudioFormat::Int32);
        QTest::newRow("int16 mono 16k") << 16000 << 1 << int(QAudioFormat::Int16);
        QTest::newRow("uint8 mono 8k") << 8000 << 1 << int(QAudioFormat::UInt8);
        QTest::newRow("float 6ch 48k") << 48000 << 6 << int(QAudioFormat::Float);
    }

    void captureFromEveryHardwareFormat()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, sampleFormat);
        const QAudioFormat f = fmt(rate, channels, QAudioFormat::SampleFormat(sampleFormat));
        QVERIFY(AudioConverter::supports(f));
        AudioConverter c;
        c.setFormats(f, 8000);
        const QByteArray bytes = hwSine(f, rate, 0.5); // one second
        std::vector<std::int16_t> out;
        // Hand it over in odd-sized pieces that split frames, as a driver may.
        for (qsizetype i = 0; i < bytes.size(); i += 1001)
            c.toEngine(bytes.constData() + i, std::min<qsizetype>(1001, bytes.size() - i), out);
        QVERIFY2(std::abs(qint64(out.size()) - 8000) <= 40,
                 qPrintable(QString::number(out.size())));
        const std::vector<std::int16_t> mid(out.begin() + 2000, out.begin() + 6000);
        const double tol = sampleFormat == int(QAudioFormat::UInt8) ? 400.0 : 200.0;
        QVERIFY(std::abs(amplitudeAt(mid, 8000, 1000.0) - 0.5 * 32767) < tol);
        QVERIFY(amplitudeAt(mid, 8000, 1500.0) < 100.0);
    }

    void playbackToFloatStereoFillsBothChannels()
    {
        const QAudioFormat f = fmt(48000, 2, QAudioFormat::Float);
        AudioConverter c;
        c.setFormats(f, 8000);
        std::vector<std::int16_t> in(8000);
        for (std::size_t i = 0; i < in.size(); ++i)
            in[i] = std::int16_t(std::lrint(16000 * std::sin(2 * M_PI * 1000.0 * i / 8000)));
        QByteArray bytes;
        for (std::size_t i = 0; i < in.size(); i += 160)
            c.fromEngine(in.data() + i, 160, bytes);
        const qsizetype frames = bytes.size() / f.bytesPerFrame();
        QVERIFY(frames > 47800 && frames <= 48000);
        std::vector<std::int16_t> left(static_cast<std::size_t>(frames));
        const float *p = reinterpret_cast<const float *>(bytes.constData());
        for (qsizetype i = 0; i < frames; ++i) {
            QCOMPARE(p[2 * i], p[2 * i + 1]);
            left[std::size_t(i)] = std::int16_t(std::lrint(p[2 * i] * 32768.0f));
        }
        const std::vector<std::int16_t> mid(left.begin() + 12000, left.begin() + 36000);
        QVERIFY(std::abs(amplitudeAt(mid, 48000, 1000.0) - 16000.0) < 300.0);
    }

    void captureBridgeQueuesAndMeters()
    {
        const QAudioFormat f = fmt(48000, 2, QAudioFormat::Int16);
        SampleRing ring(16000);
        LevelMeter meter;
        CaptureBridge bridge(f, 16000, &ring, &meter);
        const QByteArray bytes = hwSine(f, 4800, 0.25); // 100 ms
        QCOMPARE(bridge.write(bytes), bytes.size());
        QVERIFY(ring.available() > 1500 && ring.available() <= 1600);
        QVERIFY(std::abs(meter.peak() - 0.25f) < 0.01f);
    }

    void playbackBridgeAlwaysAnswersInFullAndPrimesAfterRunningDry()
    {
        const QAudioFormat f = fmt(48000, 1, QAudioFormat::Int16);
        SampleRing ring(8000);
        PlaybackBridge bridge(f, 8000, &ring, nullptr, 30, 120);
        char buf[960 * 2];
        // Nothing queued: a full answer of silence, so the sink keeps running.
        QCOMPARE(bridge.read(buf, sizeof buf), qint64(sizeof buf));
        QVERIFY(std::all_of(buf, buf + sizeof buf, [](char c) { return c == 0; }));
        // Less than the 30 ms prime (240 samples): still silence, nothing consumed.
        std::vector<std::int16_t> tone(160, 10000);
        ring.write(tone.data(), tone.size());
        QCOMPARE(bridge.read(buf, sizeof buf), qint64(sizeof buf));
        QCOMPARE(ring.available(), std::size_t(160));
        // Past the prime: the audio comes out.
        ring.write(tone.data(), tone.size());
        qint64 loud = 0;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bridge.read(buf, sizeof buf), qint64(sizeof buf));
            const auto *s = reinterpret_cast<const std::int16_t *>(buf);
            loud += std::count_if(s, s + 960, [](std::int16_t v) { return v > 9000; });
        }
        QVERIFY2(loud > 1500, qPrintable(QString::number(loud))); // ~320 samples * 6 at 48k
        QCOMPARE(ring.available(), std::size_t(0));
        QVERIFY(bridge.underruns() >= 1);
    }

    void playbackBridgeTrimsAQueueThatGrewTooLong()
    {
        const QAudioFormat f = fmt(8000, 1, QAudioFormat::Int16);
        SampleRing ring(8000);
        PlaybackBridge bridge(f, 8000, &ring, nullptr, 30, 120);
        std::vector<std::int16_t> lots(4000, 1000); // 500 ms queued: far past 120 ms
        ring.write(lots.data(), lots.size());
        char buf[320];
        QCOMPARE(bridge.read(buf, sizeof buf), qint64(sizeof buf));
        // What is left is about the prime (240 samples) minus what was just played.
        QVERIFY2(ring.available() <= 240, qPrintable(QString::number(ring.available())));
    }
};

QTEST_GUILESS_MAIN(TestAudioConverter)
#include "tst_audio_converter.moc"

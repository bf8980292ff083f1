// The file device feeds the engine from a tone or a WAV file and records what it plays.
#include "AudioAnalysis.h"
#include "FileAudioDevice.h"
#include "WavReader.h"
#include "WavWriter.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace relais::softphone;
using namespace audiotest;

namespace {

std::vector<std::int16_t> readFrames(AudioDevice &d, const AudioFormat &f, int frames)
{
    std::vector<std::int16_t> v(f.frameSamples() * std::size_t(frames));
    for (int i = 0; i < frames; ++i)
        d.read(v.data() + std::size_t(i) * f.frameSamples(), f.frameSamples());
    return v;
}

void writeWav(const QString &path, int rate, const std::vector<std::int16_t> &s)
{
    WavWriter w;
    QVERIFY(w.open(path, rate, 1, nullptr));
    QVERIFY(w.write(s.data(), s.size()));
}

} // namespace

class TestFileAudioDevice : public QObject
{
    Q_OBJECT
private slots:
    void frameSizesFollowTheFormat()
    {
        QCOMPARE(AudioFormat({8000, 20}).frameSamples(), std::size_t(160));
        QCOMPARE(AudioFormat({16000, 20}).frameSamples(), std::size_t(320));
        QCOMPARE(AudioFormat({48000, 20}).frameSamples(), std::size_t(960));
        QCOMPARE(AudioFormat({48000, 10}).frameSamples(), std::size_t(480));
    }

    void toneSourceHasTheRequestedFrequency_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("freq");
        QTest::newRow("8k 1000") << 8000 << 1000.0;
        QTest::newRow("16k 440") << 16000 << 440.0;
        QTest::newRow("48k 3000") << 48000 << 3000.0;
    }

    void toneSourceHasTheRequestedFrequency()
    {
        QFETCH(int, rate);
        QFETCH(double, freq);
        FileAudioDevice d;
        d.setSourceTone(freq, 0.0, 0.5);
        const AudioFormat f{rate, 20};
        QString error;
        QVERIFY2(d.open(f, &error), qPrintable(error));
        QCOMPARE(d.name(), QStringLiteral("tone:%1Hz").arg(freq));
        const auto v = readFrames(d, f, 50); // one second
        QCOMPARE(v.size(), std::size_t(rate));
        QCOMPARE(dominantFrequency(v, rate, 100.0, rate / 2.0 - 10.0, 10.0), freq);
        QVERIFY(std::abs(toneAmplitude(v, rate, freq) - 0.5 * 32767) < 300.0);
    }

    void fileSourceOnceThenSilence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("prompt.wav");
        writeWav(path, 44100, sine(44100, 1000.0, 22050, 12000.0)); // 0.5 s at 44.1 kHz
        FileAudioDevice d;
        d.setSourceFile(path, false);
        const AudioFormat f{8000, 20};
        QVERIFY(d.open(f, nullptr));
        QVERIFY(!d.sourceFinished());
        const auto v = readFrames(d, f, 50);
        const std::vector<std::int16_t> played(v.begin() + 500, v.begin() + 3500);
        QCOMPARE(dominantFrequency(played, 8000, 100.0, 3990.0, 10.0), 1000.0);
        QVERIFY(std::all_of(v.begin() + 4000, v.end(), [](auto s) { return s == 0; }));
        QVERIFY(d.sourceFinished());
    }

    void fileSourceLoops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("loop.wav");
        std::vector<std::int16_t> ramp(1000);
        for (std::size_t i = 0; i < ramp.size(); ++i)
            ramp[i] = std::int16_t(i * 10 + 1);
        writeWav(path, 8000, ramp);
        FileAudioDevice d;
        d.setSourceFile(path, true);
        const AudioFormat f{8000, 20};
        QVERIFY(d.open(f, nullptr));
        const auto v = readFrames(d, f, 25); // 4000 samples = 4 loops
        for (std::size_t i = 0; i < v.size(); ++i)
            QCOMPARE(v[i], ramp[i % ramp.size()]);
        QVERIFY(!d.sourceFinished());
    }

    void playbackIsRecordedToTheSinkFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("heard.wav");
        FileAudioDevice d;
        d.setSinkFile(path);
        const AudioFormat f{16000, 20};
        QVERIFY(d.open(f, nullptr));
        const auto s = sine(16000, 800.0, 16000, 9000.0);
        for (std::size_t i = 0; i < s.size(); i += f.frameSamples())
            d.write(s.data() + i, f.frameSamples());
        QCOMPARE(d.samplesWritten(), std::uint64_t(16000));
        d.close();
        WavReader r;
        QVERIFY(r.open(path, nullptr));
        QCOMPARE(r.fileSampleRate(), 16000);
        QCOMPARE(r.fileChannels(), 1);
        QCOMPARE(r.readAll(), s);
    }

    void withoutSinkPlaybackIsDiscarded()
    {
        FileAudioDevice d;
        QVERIFY(d.open(AudioFormat{}, nullptr));
        std::vector<std::int16_t> s(160, 5);
        d.write(s.data(), s.size());
        QCOMPARE(d.samplesWritten(), std::uint64_t(160));
        QCOMPARE(d.name(), QStringLiteral("silence"));
        std::vector<std::int16_t> out(160, 99);
        d.read(out.data(), out.size());
        QVERIFY(std::all_of(out.begin(), out.end(), [](auto v) { return v == 0; }));
    }

    void missingSourceFileFailsWithAReason()
    {
        FileAudioDevice d;
        d.setSourceFile("/nonexistent/prompt.wav", false);
        QString error;
        QVERIFY(!d.open(AudioFormat{}, &error));
        QVERIFY2(error.contains("prompt.wav"), qPrintable(error));
    }

    void readBeforeOpenIsSilence()
    {
        FileAudioDevice d;
        d.setSourceTone(1000.0);
        std::vector<std::int16_t> out(160, 99);
        d.read(out.data(), out.size());
        QVERIFY(std::all_of(out.begin(), out.end(), [](auto v) { return v == 0; }));
    }

    void readAndWriteFromOtherThreadsWhileReopening()
    {
        // The engine's media thread keeps calling read/write while the call is set up again.
        QTemporaryDir dir;
        FileAudioDevice d;
        d.setSourceTone(440.0);
        d.setSinkFile(dir.filePath("reopen.wav"));
        const AudioFormat f{8000, 20};
        QVERIFY(d.open(f, nullptr));
        std::atomic<bool> stop{false};
        std::atomic<int> frames{0};
        std::thread media([&] {
            std::vector<std::int16_t> buf(160);
            while (!stop) {
                d.read(buf.data(), buf.size());
                d.write(buf.data(), buf.size());
                ++frames;
            }
        });
        for (int i = 0; i < 20; ++i) {
            d.close();
            QVERIFY(d.open(f, nullptr));
        }
        QTRY_VERIFY(frames.load() > 100);
        stop = true;
        media.join();
        d.close();
        WavReader r;
        QVERIFY(r.open(dir.filePath("reopen.wav"), nullptr));
    }
};

QTEST_GUILESS_MAIN(TestFileAudioDevice)
#include "tst_file_audio_device.moc"

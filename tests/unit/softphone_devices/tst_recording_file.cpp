// A call's recording file: its header states the rate of the audio it holds, whenever that
// rate becomes known, and audio that changes rate mid-call keeps its pitch.
#include "AudioAnalysis.h"
#include "RecordingFile.h"
#include "WavReader.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace relais::softphone;
using namespace audiotest;

class TestRecordingFile : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void takesTheRateOfTheFirstAudio_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("Opus at 48 kHz") << 48000;
        QTest::newRow("Opus at 16 kHz") << 16000;
        QTest::newRow("G.711 at 8 kHz") << 8000;
    }

    void takesTheRateOfTheFirstAudio()
    {
        // Opened before the call's codec is known, written once the media runs.
        QFETCH(int, rate);
        const QString path = m_dir.filePath(QStringLiteral("first-%1.wav").arg(rate));
        RecordingFile file;
        QString error;
        QVERIFY2(file.open(path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QCOMPARE(file.sampleRate(), 0);
        writeFrames(file, sine(rate, 1000.0, std::size_t(rate), 12000.0), rate);
        QCOMPARE(file.sampleRate(), rate);
        file.close();

        WavReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.fileSampleRate(), rate);
        QCOMPARE(r.fileFrames(), std::uint64_t(rate)); // one second
        const std::vector<std::int16_t> pcm = r.readAll();
        QCOMPARE(dominantFrequency(pcm, rate, 100.0, 3000.0, 10.0), 1000.0);
    }

    void audioAtAnotherRateLaterIsResampled()
    {
        // A re-INVITE moves the call from G.711 to Opus: the file stays at 8 kHz, each tone
        // keeps its pitch and its length.
        const QString path = m_dir.filePath(QStringLiteral("switch.wav"));
        RecordingFile file;
        QString error;
        QVERIFY2(file.open(path, &error), qPrintable(error));
        writeFrames(file, sine(8000, 440.0, 8000, 12000.0), 8000);
        writeFrames(file, sine(48000, 1000.0, 48000, 12000.0), 48000);
        file.close();

        WavReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.fileSampleRate(), 8000);
        QCOMPARE(r.fileFrames(), std::uint64_t(16000));
        const std::vector<std::int16_t> pcm = r.readAll();
        // Each second, away from the switch.
        const std::vector<std::int16_t> first(pcm.begin() + 400, pcm.begin() + 7600);
        const std::vector<std::int16_t> second(pcm.begin() + 8400, pcm.end() - 400);
        QCOMPARE(dominantFrequency(first, 8000, 100.0, 3000.0, 10.0), 440.0);
        QCOMPARE(dominantFrequency(second, 8000, 100.0, 3000.0, 10.0), 1000.0);
        QVERIFY(toneAmplitude(second, 8000, 1000.0) > 10000.0);
    }

    void nothingWrittenStillLeavesAPlayableFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.wav"));
        RecordingFile file;
        QString error;
        QVERIFY2(file.open(path, &error), qPrintable(error));
        file.close();
        WavReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.fileFrames(), std::uint64_t(0));
    }

    void reportsAnUnwritablePath()
    {
        RecordingFile file;
        QString error;
        QVERIFY(!file.open(m_dir.filePath(QStringLiteral("no/such/dir/x.wav")), &error));
        QVERIFY2(error.contains(QStringLiteral("x.wav")), qPrintable(error));
        QVERIFY(!file.isOpen());
        QVERIFY(!file.write(nullptr, 0, 8000));
    }

private:
    // In 20 ms frames, as the media clock writes them.
    static void writeFrames(RecordingFile &file, const std::vector<std::int16_t> &pcm, int rate)
    {
        const std::size_t frame = std::size_t(rate) / 50;
        for (std::size_t i = 0; i + frame <= pcm.size(); i += frame)
            QVERIFY(file.write(pcm.data() + i, frame, rate));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecordingFile)
#include "tst_recording_file.moc"

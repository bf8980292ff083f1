// WAV files written by calls and prompts: header fields, content, odd files, killed writers.
#include "AudioAnalysis.h"
#include "WavReader.h"
#include "WavWriter.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace relais::softphone;
using namespace audiotest;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

quint32 le32(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint16 le16(const QByteArray &b, int at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

QByteArray chunk(const char *id, const QByteArray &body, quint32 declared)
{
    QByteArray c(id, 4);
    char sz[4];
    qToLittleEndian<quint32>(declared, sz);
    c.append(sz, 4);
    c.append(body);
    if (body.size() & 1)
        c.append('\0');
    return c;
}

QByteArray fmtBody(quint16 tag, quint16 channels, quint32 rate, quint16 bits)
{
    QByteArray f(16, '\0');
    qToLittleEndian<quint16>(tag, f.data());
    qToLittleEndian<quint16>(channels, f.data() + 2);
    qToLittleEndian<quint32>(rate, f.data() + 4);
    qToLittleEndian<quint32>(rate * channels * bits / 8, f.data() + 8);
    qToLittleEndian<quint16>(quint16(channels * bits / 8), f.data() + 12);
    qToLittleEndian<quint16>(bits, f.data() + 14);
    return f;
}

QByteArray pcmBytes(const std::vector<std::int16_t> &s)
{
    QByteArray b(qsizetype(s.size() * 2), '\0');
    qToLittleEndian<qint16>(s.data(), qsizetype(s.size()), b.data());
    return b;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestWav : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void monoRoundTripKeepsHeaderAndSamples()
    {
        const QString path = m_dir.filePath("mono.wav");
        const auto samples = sine(8000, 1000.0, 8000, 12000.0);
        WavWriter w;
        QString error;
        QVERIFY2(w.open(path, 8000, 1, &error), qPrintable(error));
        for (std::size_t i = 0; i < samples.size(); i += 160)
            QVERIFY(w.write(samples.data() + i, 160));
        QCOMPARE(w.framesWritten(), std::uint64_t(8000));
        w.close();

        const QByteArray b = fileBytes(path);
        QCOMPARE(b.size(), 44 + 16000);
        QCOMPARE(b.left(4), QByteArray("RIFF"));
        QCOMPARE(le32(b, 4), quint32(36 + 16000));
        QCOMPARE(b.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(le32(b, 16), quint32(16));
        QCOMPARE(le16(b, 20), quint16(1));     // PCM
        QCOMPARE(le16(b, 22), quint16(1));     // channels
        QCOMPARE(le32(b, 24), quint32(8000));  // rate
        QCOMPARE(le32(b, 28), quint32(16000)); // byte rate
        QCOMPARE(le16(b, 32), quint16(2));     // block align
        QCOMPARE(le16(b, 34), quint16(16));    // bits
        QCOMPARE(b.mid(36, 4), QByteArray("data"));
        QCOMPARE(le32(b, 40), quint32(16000));

        WavReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.fileSampleRate(), 8000);
        QCOMPARE(r.fileChannels(), 1);
        QCOMPARE(r.bitsPerSample(), 16);
        QCOMPARE(r.fileFrames(), std::uint64_t(8000));
        QCOMPARE(r.readAll(), samples);
        QVERIFY(r.atEnd());
    }

    void stereoIsDownmixedAndResampled()
    {
        const QString path = m_dir.filePath("stereo.wav");
        // Left carries 1 kHz, right carries silence: the mono mix is 1 kHz at half level.
        const auto left = sine(44100, 1000.0, 44100, 16000.0);
        std::vector<std::int16_t> inter(left.size() * 2, 0);
        for (std::size_t i = 0; i < left.size(); ++i)
            inter[2 * i] = left[i];
        {
            WavWriter w;
            QVERIFY(w.open(path, 44100, 2, nullptr));
            QVERIFY(w.write(inter.data(), inter.size()));
        }
        const QByteArray b = fileBytes(path);
        QCOMPARE(le16(b, 22), quint16(2));
        QCOMPARE(le32(b, 24), quint32(44100));
        QCOMPARE(le32(b, 40), quint32(44100 * 4));

        WavReader r;
        QVERIFY(r.open(path, AudioFormat{8000, 20}, nullptr));
        QCOMPARE(r.fileChannels(), 2);
        QCOMPARE(r.fileSampleRate(), 44100);
        QCOMPARE(r.outputSampleRate(), 8000);
        // Reading in engine-sized frames gives the same as reading all at once.
        std::vector<std::int16_t> framed;
        std::int16_t frame[160];
        std::size_t n;
        while ((n = r.read(frame, 160)) > 0)
            framed.insert(framed.end(), frame, frame + n);
        QCOMPARE(framed.size(), std::size_t(8000));
        QCOMPARE(WavReader::load(path, 8000, nullptr), framed);
        const std::vector<std::int16_t> mid(framed.begin() + 2000, framed.end() - 2000);
        QCOMPARE(dominantFrequency(mid, 8000, 100.0, 3990.0, 10.0), 1000.0);
        QVERIFY(std::abs(toneAmplitude(mid, 8000, 1000.0) - 8000.0) < 300.0);
    }

    void destructionFinalisesTheHeader()
    {
        const QString path = m_dir.filePath("dropped.wav");
        {
            WavWriter w;
            QVERIFY(w.open(path, 16000, 1, nullptr));
            std::vector<std::int16_t> s(1234, 100);
            w.write(s.data(), s.size());
        }
        const QByteArray b = fileBytes(path);
        QCOMPARE(le32(b, 40), quint32(2468));
        QCOMPARE(le32(b, 4), quint32(36 + 2468));
    }

    void killedWriterLeavesAReadableFile()
    {
        const QString path = m_dir.filePath("killed.wav");
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            WavWriter w;
            if (!w.open(path, 8000, 1, nullptr))
                _exit(2);
            const auto s = sine(8000, 440.0, 8000 * 5 / 2, 10000.0); // 2.5 s
            for (std::size_t i = 0; i < s.size(); i += 160)
                w.write(s.data() + i, 160);
            raise(SIGKILL); // no destructor, no close()
            _exit(3);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

        WavReader r;
        QString error;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        const auto samples = r.readAll();
        // Everything up to the last once-a-second header update survives.
        QVERIFY2(samples.size() >= 16000 && samples.size() <= 20000,
                 qPrintable(QString::number(samples.size())));
        QCOMPARE(dominantFrequency(samples, 8000, 100.0, 3990.0, 10.0), 440.0);
    }

    void unfinishedHeaderReadsToTheEndOfTheFile()
    {
        const QString path = m_dir.filePath("unfinished.wav");
        const auto s = sine(8000, 500.0, 800, 9000.0);
        QByteArray b = QByteArray("RIFF") + QByteArray(4, '\0') + "WAVE" +
                       chunk("fmt ", fmtBody(1, 1, 8000, 16), 16) + chunk("data", pcmBytes(s), 0);
        writeFile(path, b);
        QCOMPARE(WavReader::load(path, 8000, nullptr), s);

        // A size larger than the file (a stale header) is trimmed to what is there.
        b = QByteArray("RIFF") + QByteArray(4, '\0') + "WAVE" +
            chunk("fmt ", fmtBody(1, 1, 8000, 16), 16) + chunk("data", pcmBytes(s), 0x7fffffff);
        writeFile(path, b);
        QCOMPARE(WavReader::load(path, 8000, nullptr), s);
    }

    void skipsUnknownChunksAndHonoursPadding()
    {
        const QString path = m_dir.filePath("chunks.wav");
        const std::vector<std::int16_t> s{1, -2, 3, -4, 5};
        const QByteArray b = QByteArray("RIFF") + QByteArray(4, '\0') + "WAVE" +
                             chunk("LIST", QByteArray("odd"), 3) +
                             chunk("fmt ", fmtBody(1, 1, 16000, 16), 16) +
                             chunk("fact", QByteArray(4, 'x'), 4) + chunk("data", pcmBytes(s), 10);
        writeFile(path, b);
        WavReader r;
        QString error;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.fileSampleRate(), 16000);
        QCOMPARE(r.readAll(), s);
    }

    void refusesWhatItCannotPlayWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not wav") << QByteArray("hello, this is not audio at all") << "RIFF/WAVE";
        QTest::newRow("8-bit") << QByteArray("RIFF") + QByteArray(4, '\0') + "WAVE" +
                                      chunk("fmt ", fmtBody(1, 1, 8000, 8), 16) +
                                      chunk("data", QByteArray(10, 'a'), 10)
                               << "8-bit";
        QTest::newRow("a-law") << QByteArray("RIFF") + QByteArray(4, '\0') + "WAVE" +
                                      chunk("fmt ", fmtBody(6, 1, 8000, 8), 16) +
                                      chunk("data", QByteArray(10, 'a'), 10)
                               << "not PCM";
        QTest::newRow("no data") << QByteArray("RIFF") + QByteArray(4, '\0') + "WAVE" +
                                        chunk("fmt ", fmtBody(1, 1, 8000, 16), 16)
                                 << "no data";
    }

    void refusesWhatItCannotPlayWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath("bad.wav");
        writeFile(path, bytes);
        WavReader r;
        QString error;
        QVERIFY(!r.open(path, &error));
        QVERIFY2(error.contains(reason) && error.contains("bad.wav"), qPrintable(error));
        QVERIFY(!r.open(m_dir.filePath("missing.wav"), &error));
        QVERIFY(error.contains("missing.wav"));
    }

    void writerReportsAnUnwritablePath()
    {
        WavWriter w;
        QString error;
        QVERIFY(!w.open(m_dir.filePath("no/such/dir/x.wav"), 8000, 1, &error));
        QVERIFY(error.contains("x.wav"));
        QVERIFY(!w.open(m_dir.filePath("x.wav"), 8000, 3, &error));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWav)
#include "tst_wav.moc"

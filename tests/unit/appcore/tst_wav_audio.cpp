// WavAudio: the recordings the desk fetches, decoded to 16-bit mono. The server writes 8 kHz
// 16-bit mono; other writers give stereo, 8-bit, A-law or µ-law, or leave the data size at 0.
// What is not a WAV it can play is refused with a reason, never read past the end.
#include <relais/app/WavAudio.h>

#include <QTest>
#include <QtEndian>

using relais::app::WavAudio;

namespace {

QByteArray le16(int v)
{
    QByteArray b(2, '\0');
    qToLittleEndian<quint16>(quint16(v), b.data());
    return b;
}

QByteArray le32(qint64 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian<quint32>(quint32(v), b.data());
    return b;
}

QByteArray wav(int format, int channels, int rate, int bits, const QByteArray &data,
               qint64 dataSize = -1)
{
    const int block = channels * bits / 8;
    QByteArray fmt = le16(format) + le16(channels) + le32(rate) + le32(qint64(rate) * block) +
                     le16(block) + le16(bits);
    QByteArray body = "WAVE" + QByteArray("fmt ") + le32(fmt.size()) + fmt + QByteArray("LIST") +
                      le32(4) + QByteArray("INFO") + // a chunk to skip
                      QByteArray("data") + le32(dataSize < 0 ? data.size() : dataSize) + data;
    return "RIFF" + le32(body.size()) + body;
}

qint16 sampleAt(const WavAudio &a, int i)
{
    return qFromLittleEndian<qint16>(a.pcm.constData() + 2 * i);
}

} // namespace

class TstWavAudio : public QObject
{
    Q_OBJECT
private slots:
    void monoPcm16IsKeptAsItIs()
    {
        const QByteArray data = le16(1000) + le16(-2000) + le16(32767) + le16(-32768);
        QString error;
        const std::optional<WavAudio> a = WavAudio::decode(wav(1, 1, 8000, 16, data), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->sampleRate, 8000);
        QCOMPARE(a->pcm, data);
        QCOMPARE(a->frames(), qint64(4));
    }

    void durationFollowsTheRate()
    {
        QString error;
        const auto a = WavAudio::decode(wav(1, 1, 8000, 16, QByteArray(16000 * 3, '\0')), &error);
        QVERIFY(a);
        QCOMPARE(a->durationMs(), qint64(3000));
    }

    void stereoChannelsAreAveraged()
    {
        const QByteArray data = le16(1000) + le16(3000) + le16(-100) + le16(-300);
        QString error;
        const auto a = WavAudio::decode(wav(1, 2, 16000, 16, data), &error);
        QVERIFY(a);
        QCOMPARE(a->frames(), qint64(2));
        QCOMPARE(sampleAt(*a, 0), qint16(2000));
        QCOMPARE(sampleAt(*a, 1), qint16(-200));
    }

    void g711AndEightBitAreExpanded()
    {
        QString error;
        // A-law 0xD5 and µ-law 0xFF are the codes for (nearly) silence; 0x80 is µ-law's loudest.
        auto a = WavAudio::decode(wav(6, 1, 8000, 8, QByteArray("\xD5\x55", 2)), &error);
        QVERIFY(a);
        QCOMPARE(sampleAt(*a, 0), qint16(8));
        QCOMPARE(sampleAt(*a, 1), qint16(-8));
        a = WavAudio::decode(wav(7, 1, 8000, 8, QByteArray("\xFF\x80", 2)), &error);
        QVERIFY(a);
        QCOMPARE(sampleAt(*a, 0), qint16(0));
        QCOMPARE(sampleAt(*a, 1), qint16(32124));
        a = WavAudio::decode(wav(1, 1, 8000, 8, QByteArray("\x80\xFF", 2)), &error);
        QVERIFY(a);
        QCOMPARE(sampleAt(*a, 0), qint16(0));
        QCOMPARE(sampleAt(*a, 1), qint16(127 << 8));
    }

    void anUnfinishedDataSizeRunsToTheEnd()
    {
        const QByteArray data = le16(1) + le16(2) + le16(3);
        QString error;
        auto a = WavAudio::decode(wav(1, 1, 8000, 16, data, 0), &error);
        QVERIFY(a);
        QCOMPARE(a->frames(), qint64(3));
        a = WavAudio::decode(wav(1, 1, 8000, 16, data, 1 << 30), &error);
        QVERIFY(a);
        QCOMPARE(a->frames(), qint64(3));
    }

    void whatItCannotPlayIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(!WavAudio::decode(QByteArray("not a wav file at all"), &error));
        QVERIFY(error.contains("WAV"));
        error.clear();
        QVERIFY(!WavAudio::decode(QByteArray("RIFF\0\0\0\0WAVE", 12), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!WavAudio::decode(wav(3, 1, 8000, 32, QByteArray(8, '\0')), &error)); // float
        QVERIFY(error.contains("3"));
        // A chunk size pointing far past the end is not followed.
        QByteArray bad = wav(1, 1, 8000, 16, QByteArray(4, '\0'));
        qToLittleEndian<quint32>(0xFFFFFFF0u, bad.data() + 16);
        QVERIFY(!WavAudio::decode(bad, &error));
        // Cut inside the header: refused, not read past the end.
        const QByteArray whole = wav(1, 1, 8000, 16, QByteArray(4, '\0'));
        for (int n = 0; n < 40; ++n)
            QVERIFY(!WavAudio::decode(whole.left(n), &error));
    }
};

QTEST_GUILESS_MAIN(TstWavAudio)
#include "tst_wav_audio.moc"

// relais-phone against a real baresip on loopback: each side sends its own tone (baresip 440 Hz
// from its aufile source, relais-phone 1000 Hz from --tone) and each side's recording must hold
// the other's tone, in both call directions and for each codec both offer. The baresip-to-baresip
// case proves the harness itself (tone source, sndfile dump, ctrl_tcp).
#include "BaresipProcess.h"
#include "PhoneProcess.h"
#include "ToneCheck.h"
#include "WavFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestSoftphoneBaresip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baresipToBaresip();
    void baresipCallsPhone_data();
    void baresipCallsPhone();
    void phoneCallsBaresip_data();
    void phoneCallsBaresip();
    void phoneCallsBaresipOverTlsWithSrtp();

private:
    static void codecRows();
    // Checks the recording at `path` holds `hz` (and not `other`) after the start-up stretch.
    static void expectTone(const QString &path, double hz, double other, const QString &who);
    static void requireMedia();
    // baresip prints its pipeline ("audio tx pipeline: aufile ---> sndfile ---> PCMU").
    static void expectCodec(const BaresipProcess &baresip, const QString &codec);
};

void TestSoftphoneBaresip::expectCodec(const BaresipProcess &baresip, const QString &codec)
{
    const QString log = baresip.log();
    QVERIFY2(log.contains(QStringLiteral("sndfile ---> ") + codec, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("not sent as %1:\n").arg(codec) + log));
}

void TestSoftphoneBaresip::initTestCase()
{
    if (BaresipProcess::executable().isEmpty())
        QSKIP("baresip is not installed (Debian package baresip-core)");
}

void TestSoftphoneBaresip::requireMedia()
{
#ifndef RELAIS_PHONE_HAS_MEDIA
    QSKIP("relais-phone is built with the signalling-only media stub (no RTP yet)");
#endif
}

void TestSoftphoneBaresip::codecRows()
{
    QTest::addColumn<QString>("codec");
    QTest::newRow("PCMU") << QStringLiteral("PCMU");
    QTest::newRow("PCMA") << QStringLiteral("PCMA");
#ifdef RELAIS_TEST_OPUS
    QTest::newRow("opus") << QStringLiteral("opus");
#endif
}

void TestSoftphoneBaresip::expectTone(const QString &path, double hz, double other,
                                      const QString &who)
{
    QVERIFY2(!path.isEmpty(), qPrintable(who + QStringLiteral(": no recording")));
    ToneCheck check;
    QString error;
    QVERIFY2(check.load(path, &error), qPrintable(who + QStringLiteral(": ") + error));
    QVERIFY2(check.durationMs() > 1500,
             qPrintable(who + QStringLiteral(": only %1 ms recorded").arg(check.durationMs())));
    check.setWindowMs(500.0, check.durationMs() - 200.0);
    QString why;
    QVERIFY2(check.hasTone(hz, &why), qPrintable(who + QStringLiteral(": ") + why));
    QVERIFY2(check.lacksTone(other, &why), qPrintable(who + QStringLiteral(": ") + why));
}

void TestSoftphoneBaresip::baresipToBaresip()
{
    BaresipProcess caller;
    BaresipProcess callee;
    QString error;
    BaresipProcess::Options a;
    a.user = QStringLiteral("alice");
    a.toneHz = 440;
    a.autoAnswer = false;
    BaresipProcess::Options b;
    b.user = QStringLiteral("bob");
    b.toneHz = 1000;
    QVERIFY2(caller.start(a, &error), qPrintable(error));
    QVERIFY2(callee.start(b, &error), qPrintable(error));

    QVERIFY(caller.command(QStringLiteral("dial"), callee.uri()));
    QVERIFY2(caller.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) >= 0,
             qPrintable(caller.log()));
    QVERIFY(callee.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) >= 0);
    QTest::qWait(3000);
    QVERIFY(caller.command(QStringLiteral("hangup")));
    QVERIFY(callee.waitForEvent(QStringLiteral("CALL_CLOSED"), 10000) >= 0);

    expectTone(caller.decodedWav(), 1000, 440, QStringLiteral("caller"));
    expectTone(callee.decodedWav(), 440, 1000, QStringLiteral("callee"));
}

void TestSoftphoneBaresip::baresipCallsPhone_data()
{
    codecRows();
}

void TestSoftphoneBaresip::baresipCallsPhone()
{
    QFETCH(QString, codec);
    requireMedia();
    QTemporaryDir dir;
    const QString recording = dir.filePath(QStringLiteral("phone.wav"));
    PhoneProcess phone;
    QVERIFY(phone.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--auto-answer"), QStringLiteral("--tone"),
                         QStringLiteral("1000"), QStringLiteral("--record"), recording,
                         QStringLiteral("--exit-after-calls"), QStringLiteral("1")}));
    const quint16 port = phone.port();
    QVERIFY2(port != 0, qPrintable(phone.transcript()));

    BaresipProcess baresip;
    BaresipProcess::Options options;
    options.toneHz = 440;
    options.autoAnswer = false;
    options.audioCodecs = codec;
    QString error;
    QVERIFY2(baresip.start(options, &error), qPrintable(error));
    QVERIFY(baresip.command(QStringLiteral("dial"),
                            QStringLiteral("sip:phone@127.0.0.1:%1").arg(port)));
    QVERIFY2(phone.waitFor(QStringLiteral("established"), 10000) >= 0,
             qPrintable(phone.transcript()));
    QVERIFY2(baresip.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) >= 0,
             qPrintable(baresip.log()));
    QTest::qWait(3000);
    expectCodec(baresip, codec);
    QVERIFY(baresip.command(QStringLiteral("hangup")));
    QVERIFY2(phone.waitFor(QStringLiteral("closed"), 10000) >= 0, qPrintable(phone.transcript()));
    QVERIFY2(phone.waitForExit(10000), qPrintable(phone.transcript()));

    expectTone(recording, 440, 1000, QStringLiteral("relais-phone"));
    expectTone(baresip.decodedWav(), 1000, 440, QStringLiteral("baresip"));
}

void TestSoftphoneBaresip::phoneCallsBaresip_data()
{
    codecRows();
}

void TestSoftphoneBaresip::phoneCallsBaresip()
{
    QFETCH(QString, codec);
    requireMedia();
    BaresipProcess baresip;
    BaresipProcess::Options options;
    options.toneHz = 440;
    options.autoAnswer = true;
    options.audioCodecs = codec;
    QString error;
    QVERIFY2(baresip.start(options, &error), qPrintable(error));

    QTemporaryDir dir;
    const QString recording = dir.filePath(QStringLiteral("phone.wav"));
    PhoneProcess phone;
    QVERIFY(phone.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--dial"), baresip.uri(), QStringLiteral("--tone"),
                         QStringLiteral("1000"), QStringLiteral("--record"), recording,
                         QStringLiteral("--dtmf"), QStringLiteral("159#"),
                         QStringLiteral("--hangup-after"), QStringLiteral("4"),
                         QStringLiteral("--exit-after-calls"), QStringLiteral("1")}));
    QVERIFY2(phone.waitFor(QStringLiteral("established"), 10000) >= 0,
             qPrintable(phone.transcript()));
    QVERIFY2(baresip.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) >= 0,
             qPrintable(baresip.log()));
    QVERIFY2(phone.waitFor(QStringLiteral("closed"), 15000) >= 0, qPrintable(phone.transcript()));
    QVERIFY2(baresip.waitForEvent(QStringLiteral("CALL_CLOSED"), 10000) >= 0,
             qPrintable(baresip.log()));
    QVERIFY2(phone.waitForExit(10000), qPrintable(phone.transcript()));
    QCOMPARE(phone.exitCode(), 0);
    expectCodec(baresip, codec);

    // RFC 4733 digits: baresip 1.0 reports each received telephone-event as CALL_DTMF_START.
    QString digits;
    for (const QJsonObject &event : baresip.events()) {
        if (event.value(QStringLiteral("type")).toString() == QLatin1String("CALL_DTMF_START"))
            digits += event.value(QStringLiteral("param")).toString();
    }
    QCOMPARE(digits, QStringLiteral("159#"));

    expectTone(recording, 440, 1000, QStringLiteral("relais-phone"));
    expectTone(baresip.decodedWav(), 1000, 440, QStringLiteral("baresip"));
}

// relais-phone over TLS to a baresip whose account makes SRTP mandatory (mediaenc=srtp-mand):
// the call only has audio if both agree on SDES keys and each decrypts the other.
void TestSoftphoneBaresip::phoneCallsBaresipOverTlsWithSrtp()
{
    requireMedia();
    if (!QFile::exists(QStringLiteral("/usr/lib/baresip/modules/srtp.so")))
        QSKIP("baresip has no srtp module");
    QTemporaryDir dir;
    const QString pem = dir.filePath(QStringLiteral("baresip.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   pem, QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a test certificate");
    QFile key(pem);
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(key.open(QIODevice::Append) && cert.open(QIODevice::ReadOnly));
    key.write(cert.readAll());
    key.close();

    BaresipProcess baresip;
    BaresipProcess::Options options;
    options.toneHz = 440;
    options.audioCodecs = QStringLiteral("PCMU");
    options.tlsCertificate = pem;
    options.mediaEncryption = QStringLiteral("srtp-mand");
    QString error;
    QVERIFY2(baresip.start(options, &error), qPrintable(error));

    const QString recording = dir.filePath(QStringLiteral("phone.wav"));
    PhoneProcess phone;
    QVERIFY(phone.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--transport"), QStringLiteral("tls"),
                         QStringLiteral("--dial"), baresip.tlsUri(), QStringLiteral("--tone"),
                         QStringLiteral("1000"), QStringLiteral("--record"), recording,
                         QStringLiteral("--hangup-after"), QStringLiteral("4"),
                         QStringLiteral("--exit-after-calls"), QStringLiteral("1")}));
    QVERIFY2(phone.waitFor(QStringLiteral("established"), 15000) >= 0,
             qPrintable(phone.transcript() + baresip.log()));
    QVERIFY2(baresip.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) >= 0,
             qPrintable(baresip.log()));
    QVERIFY2(phone.waitFor(QStringLiteral("closed"), 15000) >= 0, qPrintable(phone.transcript()));
    QVERIFY2(phone.waitForExit(10000), qPrintable(phone.transcript()));
    // baresip's srtp module reports the suite it set up for the audio stream.
    const QString log = baresip.log();
    for (const QString &line : log.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("srtp"), Qt::CaseInsensitive))
            qInfo("baresip: %s", qPrintable(line));
    QVERIFY2(log.contains(QStringLiteral("AES_CM_128_HMAC_SHA1_80")), qPrintable(log));

    expectTone(recording, 440, 1000, QStringLiteral("relais-phone"));
    expectTone(baresip.decodedWav(), 1000, 440, QStringLiteral("baresip"));
}

QTEST_GUILESS_MAIN(TestSoftphoneBaresip)
#include "tst_softphone_baresip.moc"

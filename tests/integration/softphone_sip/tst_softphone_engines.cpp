// Engines calling engines, all in this process (each Softphone has its own libre thread):
// two lines with call waiting and a busy third call, blind transfer (REFER) and attended
// transfer (REFER with Replaces), mute reported, hang-up both ways, and a call over TLS whose
// media is SRTP (tones checked by frequency both ways).
#include "FileAudioDevice.h"
#include "ToneCheck.h"
#include "relais/softphone/Softphone.h"

#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace relais::softphone;

namespace {

struct Phone
{
    Softphone softphone;
    QSignalSpy incoming{&softphone, &Softphone::incomingCall};
    QSignalSpy closed{&softphone, &Softphone::callClosed};
    QSignalSpy transferRequested{&softphone, &Softphone::transferRequested};
    QSignalSpy transferResult{&softphone, &Softphone::transferResult};

    bool start(const QString &user, QList<SipTransport> transports = {SipTransport::Udp},
               const QString &certificate = {})
    {
        SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.contactUser = user;
        config.transports = transports;
        config.tlsCertificateFile = certificate;
        config.shutdownTimeoutMs = 2000;
        QString error;
        if (!softphone.start(config, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
    [[nodiscard]] QString uri() const
    {
        return QStringLiteral("sip:%1@127.0.0.1:%2")
            .arg(QStringLiteral("x"))
            .arg(softphone.localPort(SipTransport::Udp));
    }
    [[nodiscard]] bool established(const QString &id) const
    {
        const auto call = softphone.call(id);
        return call && call->state == CallState::Established;
    }
    [[nodiscard]] QString lastIncoming() const
    {
        return incoming.isEmpty() ? QString() : incoming.last().at(0).value<CallInfo>().id;
    }
    [[nodiscard]] std::optional<CallEndReason> closedReason(const QString &id) const
    {
        for (const auto &args : closed) {
            if (args.at(0).value<CallInfo>().id == id)
                return args.at(1).value<CallEndReason>();
        }
        return std::nullopt;
    }
};

} // namespace

class TestSoftphoneEngines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void callAnsweredAndHungUp();
    void secondLineWaitsAndThirdIsBusy();
    void blindTransfer();
    void attendedTransfer();
    void callOverTls();
    void threadChecksOnTheFacade();
};

void TestSoftphoneEngines::initTestCase()
{
    qRegisterMetaType<CallInfo>();
    qRegisterMetaType<CallEndReason>();
    qRegisterMetaType<CallQuality>();
}

void TestSoftphoneEngines::callAnsweredAndHungUp()
{
    Phone a, b;
    QVERIFY(a.start(QStringLiteral("alice")));
    QVERIFY(b.start(QStringLiteral("bob")));
    QSignalSpy updatedA(&a.softphone, &Softphone::callUpdated);
    DialOptions options;
    options.headers.insert(QStringLiteral("X-Relais-Interaction"), QStringLiteral("77"));
    const QString out = a.softphone.dial(b.uri(), options);
    QVERIFY(!out.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(b.incoming.count(), 1, 5000);
    const CallInfo in = b.incoming.at(0).at(0).value<CallInfo>();
    QCOMPARE(in.interactionId(), QStringLiteral("77"));
    QVERIFY(in.remoteUri.startsWith(QLatin1String("sip:alice@127.0.0.1:")));
    QTRY_COMPARE(a.softphone.call(out)->state, CallState::Ringing);
    QVERIFY(b.softphone.answer(in.id));
    QTRY_VERIFY_WITH_TIMEOUT(a.established(out) && b.established(in.id), 5000);
    QVERIFY(!a.softphone.call(out)->codec.isEmpty());

    QVERIFY(a.softphone.setMuted(out, true));
    QTRY_VERIFY(a.softphone.call(out)->muted);

    QVERIFY(b.softphone.hangup(in.id));
    QTRY_COMPARE(a.closed.count(), 1);
    QCOMPARE(a.closedReason(out), CallEndReason::RemoteHangup);
    QTRY_COMPARE(b.closed.count(), 1);
    QCOMPARE(b.closedReason(in.id), CallEndReason::LocalHangup);
    QVERIFY(a.softphone.calls().isEmpty());
    QVERIFY(b.softphone.calls().isEmpty());
}

void TestSoftphoneEngines::secondLineWaitsAndThirdIsBusy()
{
    Phone a, b, c, d;
    QVERIFY(a.start(QStringLiteral("alice")));
    QVERIFY(b.start(QStringLiteral("bob")));
    QVERIFY(c.start(QStringLiteral("carol")));
    QVERIFY(d.start(QStringLiteral("dave")));
    const QString first = a.softphone.dial(b.uri());
    QTRY_COMPARE_WITH_TIMEOUT(b.incoming.count(), 1, 5000);
    const QString bFirst = b.lastIncoming();
    QVERIFY(!b.incoming.at(0).at(0).value<CallInfo>().callWaiting);
    QVERIFY(b.softphone.answer(bFirst));
    QTRY_VERIFY_WITH_TIMEOUT(a.established(first), 5000);

    // Carol's call waits on the second line.
    const QString second = c.softphone.dial(b.uri());
    QTRY_COMPARE_WITH_TIMEOUT(b.incoming.count(), 2, 5000);
    const CallInfo waiting = b.incoming.at(1).at(0).value<CallInfo>();
    QVERIFY(waiting.callWaiting);

    // No third line: Dave gets busy.
    const QString third = d.softphone.dial(b.uri());
    QTRY_COMPARE_WITH_TIMEOUT(d.closed.count(), 1, 5000);
    QCOMPARE(d.closedReason(third), CallEndReason::Rejected);
    QCOMPARE(d.closed.at(0).at(2).toInt(), 486);

    // Answering the waiting call puts the first one on hold.
    QVERIFY(b.softphone.answer(waiting.id));
    QTRY_VERIFY_WITH_TIMEOUT(c.established(second), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(b.softphone.call(bFirst)->heldLocally, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(a.softphone.call(first)->heldByRemote, 5000);

    // Back to the first: the second goes on hold.
    QVERIFY(b.softphone.resume(bFirst));
    QTRY_VERIFY_WITH_TIMEOUT(!a.softphone.call(first)->heldByRemote, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(c.softphone.call(second)->heldByRemote, 5000);
    QCOMPARE(b.softphone.calls().size(), 2);
}

void TestSoftphoneEngines::blindTransfer()
{
    Phone a, b, c;
    QVERIFY(a.start(QStringLiteral("alice")));
    QVERIFY(b.start(QStringLiteral("bob")));
    QVERIFY(c.start(QStringLiteral("carol")));
    const QString out = a.softphone.dial(b.uri());
    QTRY_COMPARE_WITH_TIMEOUT(b.incoming.count(), 1, 5000);
    const QString atBob = b.lastIncoming();
    QVERIFY(b.softphone.answer(atBob));
    QTRY_VERIFY_WITH_TIMEOUT(a.established(out) && b.established(atBob), 5000);

    // Bob sends Alice to Carol.
    QVERIFY(b.softphone.transfer(atBob, c.uri()));
    QTRY_COMPARE_WITH_TIMEOUT(a.transferRequested.count(), 1, 5000);
    QCOMPARE(a.transferRequested.at(0).at(0).toString(), out);
    QCOMPARE(a.transferRequested.at(0).at(1).toString(), c.uri());
    const QString toCarol = a.transferRequested.at(0).at(2).toString();
    QTRY_COMPARE_WITH_TIMEOUT(c.incoming.count(), 1, 5000);
    QVERIFY(c.softphone.answer(c.lastIncoming()));
    QTRY_VERIFY_WITH_TIMEOUT(a.established(toCarol), 5000);

    // Bob hears it worked and leaves; Alice's first call ends as transferred.
    QTRY_COMPARE_WITH_TIMEOUT(b.transferResult.count(), 1, 5000);
    QVERIFY(b.transferResult.at(0).at(1).toBool());
    QCOMPARE(b.transferResult.at(0).at(2).toInt(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(b.closedReason(atBob), CallEndReason::Transferred, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(a.closedReason(out), CallEndReason::Transferred, 5000);
    QVERIFY(a.established(toCarol));
    QVERIFY(c.established(c.lastIncoming()));
}

void TestSoftphoneEngines::attendedTransfer()
{
    Phone a, b, c;
    QVERIFY(a.start(QStringLiteral("alice")));
    QVERIFY(b.start(QStringLiteral("bob")));
    QVERIFY(c.start(QStringLiteral("carol")));
    // Alice calls Bob.
    const QString aliceToBob = a.softphone.dial(b.uri());
    QTRY_COMPARE_WITH_TIMEOUT(b.incoming.count(), 1, 5000);
    const QString bobFromAlice = b.lastIncoming();
    QVERIFY(b.softphone.answer(bobFromAlice));
    QTRY_VERIFY_WITH_TIMEOUT(a.established(aliceToBob), 5000);
    // Bob consults Carol (Alice goes on hold when he dials).
    const QString bobToCarol = b.softphone.dial(c.uri());
    QTRY_COMPARE_WITH_TIMEOUT(c.incoming.count(), 1, 5000);
    const QString carolFromBob = c.lastIncoming();
    QVERIFY(c.softphone.answer(carolFromBob));
    QTRY_VERIFY_WITH_TIMEOUT(b.established(bobToCarol), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(a.softphone.call(aliceToBob)->heldByRemote, 5000);

    // Bob joins Alice to Carol and drops out.
    QVERIFY(b.softphone.attendedTransfer(bobFromAlice, bobToCarol));
    QTRY_COMPARE_WITH_TIMEOUT(a.transferRequested.count(), 1, 5000);
    const QString aliceToCarol = a.transferRequested.at(0).at(2).toString();
    // Carol's phone takes the new call in place of Bob's, without ringing.
    QTRY_COMPARE_WITH_TIMEOUT(c.incoming.count(), 2, 5000);
    const QString carolFromAlice = c.lastIncoming();
    QTRY_VERIFY_WITH_TIMEOUT(a.established(aliceToCarol) && c.established(carolFromAlice), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(c.closedReason(carolFromBob), CallEndReason::Replaced, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(b.closedReason(bobToCarol), CallEndReason::RemoteHangup, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(b.closedReason(bobFromAlice), CallEndReason::Transferred, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(a.closedReason(aliceToBob), CallEndReason::Transferred, 5000);
    QCOMPARE(b.softphone.calls().size(), 0);
}

void TestSoftphoneEngines::callOverTls()
{
    QTemporaryDir dir;
    const QString pem = dir.filePath(QStringLiteral("phone.pem"));
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
    key.write(cert.readAll()); // libre reads the key and the certificate from one file
    key.close();

    Phone a, b;
    QVERIFY(a.start(QStringLiteral("alice"), {SipTransport::Tls}));
    QVERIFY(b.start(QStringLiteral("bob"), {SipTransport::Tls}, pem));
    // Each side sends its own tone and records what it hears.
    FileAudioDevice deviceA, deviceB;
    deviceA.setSourceTone(440.0);
    deviceA.setSinkFile(dir.filePath(QStringLiteral("alice.wav")));
    deviceB.setSourceTone(1000.0);
    deviceB.setSinkFile(dir.filePath(QStringLiteral("bob.wav")));
    a.softphone.setAudioDevice(&deviceA);
    b.softphone.setAudioDevice(&deviceB);
    QSignalSpy qualityA(&a.softphone, &Softphone::callQuality);
    const quint16 port = b.softphone.localPort(SipTransport::Tls);
    QVERIFY(port != 0);
    const QString out =
        a.softphone.dial(QStringLiteral("sip:bob@127.0.0.1:%1;transport=tls").arg(port));
    QTRY_COMPARE_WITH_TIMEOUT(b.incoming.count(), 1, 10000);
    QVERIFY(b.softphone.answer(b.lastIncoming()));
    QTRY_VERIFY_WITH_TIMEOUT(a.established(out) && b.established(b.lastIncoming()), 10000);
    // TLS signalling: the media is SRTP with SDES keys both ways.
    QVERIFY(a.softphone.call(out)->secureMedia);
    QVERIFY(b.softphone.call(b.lastIncoming())->secureMedia);
    const std::uint64_t samples = std::uint64_t(deviceA.format().sampleRate) * 2;
    QTRY_VERIFY_WITH_TIMEOUT(
        deviceA.samplesWritten() >= samples && deviceB.samplesWritten() >= samples, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!qualityA.isEmpty(), 10000);
    const auto quality = qualityA.last().at(1).value<CallQuality>();
    QVERIFY(quality.packetsReceived > 0);
    QCOMPARE(quality.srtpAuthFailures, 0u);
    QVERIFY(a.softphone.hangup(out));
    QTRY_COMPARE_WITH_TIMEOUT(b.closedReason(b.lastIncoming()), CallEndReason::RemoteHangup, 5000);
    a.softphone.setAudioDevice(nullptr);
    b.softphone.setAudioDevice(nullptr);
    a.softphone.stop();
    b.softphone.stop();

    QString why;
    ToneCheck heardByA, heardByB;
    QVERIFY(heardByA.load(dir.filePath(QStringLiteral("alice.wav")), &why));
    QVERIFY(heardByB.load(dir.filePath(QStringLiteral("bob.wav")), &why));
    QVERIFY2(heardByA.hasTone(1000.0, &why), qPrintable(why));
    QVERIFY2(heardByB.hasTone(440.0, &why), qPrintable(why));
    QVERIFY2(heardByA.lacksTone(440.0, &why), qPrintable(why));
}

void TestSoftphoneEngines::threadChecksOnTheFacade()
{
    Phone a;
    QVERIFY(a.start(QStringLiteral("alice")));
    QStringList violations;
    QMutex mutex;
    a.softphone.setThreadViolationHandler([&](const char *where) {
        QMutexLocker lock(&mutex);
        violations << QString::fromLatin1(where);
    });
    // A façade call from another thread is refused and reported, not carried out.
    QString result = QStringLiteral("unset");
    std::thread other([&] { result = a.softphone.dial(QStringLiteral("sip:x@127.0.0.1:9")); });
    other.join();
    QVERIFY(result.isEmpty());
    QCOMPARE(violations, QStringList{QStringLiteral("Softphone::dial")});
    QVERIFY(a.softphone.calls().isEmpty());
}

QTEST_GUILESS_MAIN(TestSoftphoneEngines)
#include "tst_softphone_engines.moc"

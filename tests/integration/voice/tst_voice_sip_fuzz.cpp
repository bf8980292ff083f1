// relais-dispatch's SIP side never crashes on input: generated requests (SipMessageFuzzer),
// most of them broken, sent over UDP and TCP to a real server. Afterwards it still answers
// OPTIONS, an agent's device still registers with its credentials, a caller still reaches the
// queue, and SIGTERM still exits 0 with the fuzz's half-open calls about.
//
// RELAIS_FUZZ_SEED and RELAIS_FUZZ_FRAMES (messages) run other or longer campaigns.
#include "ServerProcess.h"
#include "SipMessageFuzzer.h"
#include "TestEnv.h"
#include "relais/softphone/Softphone.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace relais::softphone;

namespace {

quint32 seed()
{
    bool ok = false;
    const quint32 s = qEnvironmentVariable("RELAIS_FUZZ_SEED").toUInt(&ok);
    return ok ? s : 20261206u;
}

int messageCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("RELAIS_FUZZ_FRAMES", &ok);
    return ok && n > 0 ? n : 1500;
}

SoftphoneConfig phoneConfig()
{
    SoftphoneConfig c;
    c.listenAddress = QStringLiteral("127.0.0.1");
    c.shutdownTimeoutMs = 5000;
    return c;
}

} // namespace

class TestVoiceSipFuzz : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

    // The server's resident memory in KiB (0 when unreadable).
    qint64 serverRssKiB()
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server.process().processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return 0;
    }

    void verifyRunning(const QByteArray &lastSent)
    {
        QVERIFY2(m_server.process().state() == QProcess::Running,
                 qPrintable(QStringLiteral("the server stopped after:\n%1\n%2")
                                .arg(QString::fromUtf8(lastSent.left(2000)),
                                     m_server.output().right(3000))));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RegistrationStatus>();
        qRegisterMetaType<CallInfo>();
        qRegisterMetaType<CallEndReason>();
        QVERIFY(m_dir.isValid());
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("sip_fuzz"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(db), qPrintable(m_server.output()));
        QVERIFY(m_server.sipPort() != 0);
        qInfo("seed %u, %d messages (RELAIS_FUZZ_SEED, RELAIS_FUZZ_FRAMES)", seed(),
              messageCount());
    }

    void brokenRequestsOverUdp()
    {
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
        SipMessageFuzzer fuzzer(seed(), m_server.sipPort(), socket.localPort());
        const qint64 rssBefore = serverRssKiB();
        int answered = 0;
        QByteArray message;
        for (int i = 0; i < messageCount(); ++i) {
            message = fuzzer.next();
            socket.writeDatagram(message, QHostAddress::LocalHost, m_server.sipPort());
            if (i % 25 == 24) { // read the answers, and let the server breathe
                QTest::qWait(20);
                while (socket.hasPendingDatagrams()) {
                    socket.receiveDatagram();
                    ++answered;
                }
                verifyRunning(message);
            }
        }
        QTest::qWait(500);
        while (socket.hasPendingDatagrams()) {
            socket.receiveDatagram();
            ++answered;
        }
        verifyRunning(message);
        qInfo("%d UDP datagrams came back; server RSS %lld KiB before, %lld KiB after", answered,
              rssBefore, serverRssKiB());
        // RELAIS_FUZZ_HOLD_SECONDS: wait that long (the half-open calls time out after 32 s) and
        // report the memory again, to tell a leak from transactions still running.
        if (const int hold = qEnvironmentVariableIntValue("RELAIS_FUZZ_HOLD_SECONDS"); hold > 0) {
            QTest::qWait(hold * 1000);
            qInfo("server RSS %lld KiB %d s later", serverRssKiB(), hold);
        }
        // Well-formed requests are answered: if nothing came back, the fuzz missed the server.
        QVERIFY(answered > messageCount() / 10);
    }

    void brokenRequestsOverTcp()
    {
        SipMessageFuzzer fuzzer(seed() + 1, m_server.sipPort(), 5099);
        QByteArray message;
        for (int connection = 0; connection < 20; ++connection) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server.sipPort());
            QVERIFY(socket.waitForConnected(5000));
            for (int i = 0; i < 10; ++i) {
                message = fuzzer.next();
                socket.write(message);
            }
            socket.waitForBytesWritten(2000);
            socket.waitForReadyRead(100);
            socket.abort();
            verifyRunning(message);
        }
        // A connection that says nothing, and one that never finishes its message.
        QTcpSocket silent, halfway;
        silent.connectToHost(QHostAddress::LocalHost, m_server.sipPort());
        halfway.connectToHost(QHostAddress::LocalHost, m_server.sipPort());
        QVERIFY(silent.waitForConnected(5000) && halfway.waitForConnected(5000));
        halfway.write("INVITE sip:1920@127.0.0.1 SIP/2.0\r\nContent-Length: 500\r\n\r\nv=0");
        halfway.waitForBytesWritten(1000);
        QTest::qWait(300);
        verifyRunning(message);
    }

    void theServerStillWorksAndStopsCleanly()
    {
        // OPTIONS, well-formed, is answered.
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        const QByteArray options =
            "OPTIONS sip:127.0.0.1:" + QByteArray::number(m_server.sipPort()) +
            " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + QByteArray::number(probe.localPort()) +
            ";branch=z9hG4bK-alive\r\nMax-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\n"
            "To: <sip:127.0.0.1>\r\nCall-ID: alive@127.0.0.1\r\nCSeq: 1 OPTIONS\r\n"
            "Content-Length: 0\r\n\r\n";
        probe.writeDatagram(options, QHostAddress::LocalHost, m_server.sipPort());
        QTRY_VERIFY_WITH_TIMEOUT(probe.hasPendingDatagrams(), 5000);
        QVERIFY(probe.receiveDatagram().data().startsWith("SIP/2.0 "));

        // An agent's device registers with its credentials.
        Softphone device;
        QSignalSpy registration(&device, &Softphone::registrationChanged);
        QVERIFY(device.start(phoneConfig()));
        AccountConfig a;
        a.id = QStringLiteral("agent2");
        a.aor = QStringLiteral("sip:agent2@relais.local");
        a.registrar = QStringLiteral("sip:127.0.0.1:%1").arg(m_server.sipPort());
        a.password = QStringLiteral("demo");
        a.expiresSeconds = 120;
        a.keepAliveSeconds = 0;
        QVERIFY(device.addAccount(a));
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() &&
                                     registration.last().at(0).value<RegistrationStatus>().state ==
                                         RegistrationState::Registered,
                                 10000);

        // A caller reaches the general queue: answered.
        SoftphoneConfig c = phoneConfig();
        c.contactUser = QStringLiteral("+22997000077");
        Softphone trunk;
        QVERIFY(trunk.start(c));
        QSignalSpy updated(&trunk, &Softphone::callUpdated);
        const QString call =
            trunk.dial(QStringLiteral("sip:1920@127.0.0.1:%1").arg(m_server.sipPort()));
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty() &&
                                     updated.last().at(0).value<CallInfo>().state ==
                                         CallState::Established,
                                 10000);
        trunk.hangup(call);
        trunk.stop();
        device.stop();

        QVERIFY2(m_server.terminate(), qPrintable(m_server.output().right(3000)));
        for (const char *bad : {"wrong thread", "QFATAL", "ASSERT", "terminate called", "ERROR: "})
            QVERIFY2(!m_server.output().contains(QLatin1String(bad)),
                     qPrintable(m_server.output().right(3000)));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestVoiceSipFuzz test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_voice_sip_fuzz.moc"

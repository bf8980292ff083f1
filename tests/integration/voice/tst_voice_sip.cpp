// relais-dispatch's SIP side as a device and a trunk see it: a real server (--demo
// --listen-sip on a free port), the Softphone façade as the agent's device registering with
// its config credentials, and as the trunk calling service numbers.
#include "CtiClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "relais/softphone/Softphone.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais::softphone;

namespace {

SoftphoneConfig phoneConfig()
{
    SoftphoneConfig c;
    c.listenAddress = QStringLiteral("127.0.0.1");
    c.shutdownTimeoutMs = 5000;
    return c;
}

AccountConfig agent(const QString &user, const QString &password, quint16 port)
{
    AccountConfig a;
    a.id = user;
    a.aor = QStringLiteral("sip:%1@relais.local").arg(user);
    a.registrar = QStringLiteral("sip:127.0.0.1:%1").arg(port);
    a.password = password;
    a.expiresSeconds = 120;
    a.keepAliveSeconds = 0;
    return a;
}

RegistrationStatus last(const QSignalSpy &spy)
{
    return spy.isEmpty() ? RegistrationStatus{} : spy.last().at(0).value<RegistrationStatus>();
}

// Dials `number` at the server and returns the final SIP status of the refusal (0: none).
int dialStatus(Softphone &phone, const QString &number, quint16 port)
{
    QSignalSpy closed(&phone, &Softphone::callClosed);
    const QString id = phone.dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(number).arg(port));
    if (id.isEmpty())
        return -1;
    if (!closed.wait(15000) && closed.isEmpty())
        return 0;
    return closed.last().at(2).toInt();
}

} // namespace

class TstVoiceSip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<RegistrationStatus>();
        qRegisterMetaType<CallInfo>();
        qRegisterMetaType<CallEndReason>();
    }

    void agentDeviceRegistersWithItsSipCredentials()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_reg", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY2(port != 0, qPrintable(server.output()));

        Softphone good;
        QSignalSpy goodSpy(&good, &Softphone::registrationChanged);
        QVERIFY(good.start(phoneConfig()));
        QVERIFY(good.addAccount(agent("agent1", "demo", port)));
        QTRY_COMPARE_WITH_TIMEOUT(last(goodSpy).state, RegistrationState::Registered, 10000);

        Softphone bad;
        QSignalSpy badSpy(&bad, &Softphone::registrationChanged);
        QVERIFY(bad.start(phoneConfig()));
        QVERIFY(bad.addAccount(agent("agent2", "not-the-password", port)));
        QTRY_COMPARE_WITH_TIMEOUT(last(badSpy).state, RegistrationState::Failed, 10000);
        QCOMPARE(last(badSpy).sipStatus, 403);
        good.stop();
        bad.stop();
        QVERIFY(server.terminate());
    }

    void unknownNumbersGet404()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_trunk", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY(port != 0);
        Softphone trunk;
        QVERIFY(trunk.start(phoneConfig()));
        // Under --demo loopback is a gateway (no 403): an unknown number is 404.
        QCOMPARE(dialStatus(trunk, "5555", port), 404);
        trunk.stop();
        QVERIFY(server.terminate());
    }

    // 1920 → queue general: the call is answered, waits in the queue with the caller's number,
    // and hanging up while queued abandons it (counted in the queue's figures).
    void queuedCallerWhoHangsUpIsAbandoned()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_queue", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY(port != 0);
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());
        QVERIFY(sup.request("supervise.subscribe").value("ok").toBool());

        SoftphoneConfig c = phoneConfig();
        c.contactUser = QStringLiteral("+22997000042");
        Softphone trunk;
        QVERIFY(trunk.start(c));
        QSignalSpy updated(&trunk, &Softphone::callUpdated);
        const QString call = trunk.dial(QStringLiteral("sip:1920@127.0.0.1:%1").arg(port));
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            trunk.call(call) && trunk.call(call)->state == CallState::Established, 10000);
        QJsonArray waiting;
        QTRY_COMPARE_WITH_TIMEOUT((waiting = sup.request("queue.waiting", {{"queue", "general"}})
                                                 .value("interactions")
                                                 .toArray())
                                      .size(),
                                  1, 10000);
        const QJsonObject ix = waiting.at(0).toObject();
        const QJsonObject interaction =
            ix.contains("interaction") ? ix.value("interaction").toObject() : ix;
        QCOMPARE(interaction.value("channel").toString(), QString("voice"));
        QVERIFY2(interaction.value("from").toString().contains("97000042"),
                 qPrintable(QJsonDocument(ix).toJson()));

        QVERIFY(trunk.hangup(call));
        QTRY_COMPARE_WITH_TIMEOUT(sup.request("queue.waiting", {{"queue", "general"}})
                                      .value("interactions")
                                      .toArray()
                                      .size(),
                                  0, 10000);
        const QJsonObject stats = sup.waitEventWhere(
            "stats.queues",
            [](const QJsonObject &e) {
                for (const QJsonValue &q : e.value("queues").toArray()) {
                    if (q.toObject().value("name").toString() == "general")
                        return q.toObject().value("abandoned").toInt() == 1;
                }
                return false;
            },
            10000);
        QVERIFY2(!stats.isEmpty(), "general never showed 1 abandoned call");
        trunk.stop();
        QVERIFY(server.terminate());
    }

    // 1919 → the demo IVR: a caller who presses nothing takes the default branches (French,
    // then an adviser) and ends up waiting in general.
    void ivrCallerWhoPressesNothingReachesTheDefaultQueue()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_ivr", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY(port != 0);
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());

        SoftphoneConfig c = phoneConfig();
        c.contactUser = QStringLiteral("+22997000043");
        Softphone trunk;
        QVERIFY(trunk.start(c));
        const QString call = trunk.dial(QStringLiteral("sip:1919@127.0.0.1:%1").arg(port));
        QVERIFY(!call.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            trunk.call(call) && trunk.call(call)->state == CallState::Established, 10000);
        // Two 6-second menus before the queue: nothing is queued early.
        QTest::qWait(3000);
        QCOMPARE(sup.request("queue.waiting", {{"queue", "general"}})
                     .value("interactions")
                     .toArray()
                     .size(),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(sup.request("queue.waiting", {{"queue", "general"}})
                                      .value("interactions")
                                      .toArray()
                                      .size(),
                                  1, 30000);
        QVERIFY(trunk.hangup(call));
        trunk.stop();
        QVERIFY(server.terminate());
    }

    void callsFromOutsideTheGatewaysGet403()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_403", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        const QString config = dir.filePath("site.toml");
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("skills = []\n\n[[queues]]\nname = \"general\"\n\n[voice]\n"
                "trunk_gateways = [\"192.0.2.10\"]\n\n[[service_numbers]]\nnumber = \"1920\"\n"
                "queue = \"general\"\n");
        f.close();
        // Without --demo (ServerProcess always adds it), so loopback is no gateway.
        QProcess server;
        server.setProgram(QStringLiteral(RELAIS_DISPATCH_BIN));
        server.setArguments({"--config", config, "--db", db, "--listen-cti", "127.0.0.1:0",
                             "--listen-http", "127.0.0.1:0", "--listen-sip", "127.0.0.1:0"});
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start();
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(server.readAll())).contains("\"sip\":"),
                                 30000);
        const qsizetype at = out.indexOf(QLatin1String("\"sip\":")) + 6;
        const quint16 port = quint16(out.mid(at, out.indexOf(QLatin1Char('}'), at) - at).toUInt());
        QVERIFY2(port != 0, qPrintable(out));
        Softphone trunk;
        QVERIFY(trunk.start(phoneConfig()));
        QCOMPARE(dialStatus(trunk, "1920", port), 403);
        trunk.stop();
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceSip t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_sip.moc"

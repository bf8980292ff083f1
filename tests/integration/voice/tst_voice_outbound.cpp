// An agent's outbound call through relais-dispatch (call.dial), with real peers: the server
// rings agent1's relais-phone (auto-answer), then calls the number at the outbound gateway — a
// baresip standing for the operator's network — presented with the queue's number. Audio both
// ways, the recording, and the wrap-up when the called party hangs up.
#include "TestEnv.h"
#include "ToneCheck.h"
#include "VoiceAgentScene.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

bool heard(const QString &path, double hz, double other, QString *why)
{
    ToneCheck check;
    if (!check.load(path, why))
        return false;
    if (check.durationMs() < 1500) {
        *why = QStringLiteral("only %1 ms in %2").arg(check.durationMs()).arg(path);
        return false;
    }
    check.setWindowMs(800.0, check.durationMs() - 200.0);
    return check.hasTone(hz, why) && check.lacksTone(other, why);
}

QString errorCode(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("code").toString();
}

} // namespace

class TstVoiceOutbound : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (BaresipProcess::executable().isEmpty())
            QSKIP("baresip is not installed (Debian package baresip-core)");
    }

    void agentDialsOutThroughTheGateway()
    {
        VoiceAgentScene s;
        QString error;
        // baresip stands for the called customer behind the gateway (it answers its own user).
        QVERIFY2(s.startCaller("+22997000002", 440, {}, &error, true), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(s.caller.sipPort());
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        // Without a registered phone there is nothing to call from.
        QCOMPARE(errorCode(s.agent.request("call.dial", {{"number", "+22997000002"}})),
                 QString("conflict"));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        QCOMPARE(errorCode(s.agent.request("call.dial", {{"number", "not a number"}})),
                 QString("bad_request"));

        // From not_ready (just logged in): the call is an interaction in the agent's hands.
        const QJsonObject r = s.agent.request("call.dial", {{"number", "97 00 00 02"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        const QJsonObject ix = r.value("interaction").toObject();
        const QString id = ix.value("id").toString();
        QCOMPARE(ix.value("channel").toString(), QString("voice"));
        QCOMPARE(ix.value("direction").toString(), QString("outbound"));
        QCOMPARE(ix.value("from").toString(), QString("+22997000002"));
        QCOMPARE(ix.value("queue").toString(), QString("general"));
        QCOMPARE(r.value("customer").toObject().value("id").toString(), QString("CUST-0002"));
        QVERIFY(!r.value("history").toArray().isEmpty());

        QVERIFY2(s.phone.waitFor("established", 10000) >= 0, qPrintable(s.log()));
        QVERIFY2(s.caller.waitForEvent("CALL_ESTABLISHED", 10000) >= 0,
                 qPrintable(s.caller.log() + s.log()));
        // Presented with general's service number (baresip: "answering call ... from <From>").
        QVERIFY2(s.caller.log().contains("from sip:1920@relais.local"), qPrintable(s.caller.log()));
        // Busy now: no second call.
        QCOMPARE(errorCode(s.agent.request("call.dial", {{"number", "+22997000003"}})),
                 QString("conflict"));

        QTest::qWait(3500);
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
        const QJsonObject ended = s.agent.waitEvent("interaction.ended", 10000);
        QCOMPARE(ended.value("interactionId").toString(), id);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));

        QVERIFY2(heard(s.caller.decodedWav(), 1000, 440, &error),
                 qPrintable("called party: " + error + "\n" + s.log()));
        QVERIFY2(heard(s.phoneRecording(), 440, 1000, &error),
                 qPrintable("agent: " + error + "\n" + s.log()));
        ToneCheck check;
        QVERIFY2(check.load(QDir(s.recordingsDir()).filePath(id + ".wav"), &error),
                 qPrintable(error + "\n" + s.log()));
        check.setWindowMs(800.0, check.durationMs() - 200.0);
        QVERIFY2(check.energyShare(440) > 0.2 && check.energyShare(1000) > 0.2,
                 qPrintable(check.describe()));
    }

    void withoutAnOutboundGatewayDialIsRefused()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        const QJsonObject r = s.agent.request("call.dial", {{"number", "+22997000002"}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY(r.value("error").toObject().value("message").toString().contains("configured"));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceOutbound t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_outbound.moc"

// An agent's outbound call through relais-dispatch (call.dial), with real peers: the server
// rings agent1's relais-phone (auto-answer), then calls the number at the outbound gateway — a
// baresip standing for the operator's network — presented with the queue's number. Audio both
// ways, the recording, and the wrap-up when the called party hangs up. A callback promised in
// that wrap-up comes back to the agent, who answers it and calls the customer back from it
// (callback.dial): the same call, recorded on the callback, ending in its wrap-up. A callback
// not yet in the agent's hands is called now: one scheduled for later and kept for them, one
// waiting in a queue they serve (taken for them, out of the queue), and the refusals — kept for
// someone else, a queue they do not serve, offered to or taken by someone else, over.
#include "RecordingFetch.h"
#include "TestEnv.h"
#include "ToneCheck.h"
#include "VoiceAgentScene.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
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

QString errorText(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("message").toString();
}

// A first call through the gateway, hung up by the customer, whose wrap-up promises a callback
// `inMs` from now; its id.
QString promiseCallback(VoiceAgentScene &s, qint64 inMs)
{
    QJsonObject r = s.agent.request("call.dial", {{"number", "+22997000002"}});
    if (!r.value("ok").toBool())
        return {};
    const QString first = r.value("interaction").toObject().value("id").toString();
    if (s.caller.waitForEvent("CALL_ESTABLISHED", 10000) < 0 || !s.caller.command("hangup") ||
        s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString() != first)
        return {};
    r = s.agent.request(
        "interaction.wrapup",
        {{"interactionId", first},
         {"disposition", "resolved"},
         {"callback", QJsonObject{{"at", QDateTime::currentMSecsSinceEpoch() + inMs}}}});
    return r.value("callback").toObject().value("id").toString();
}

// An event of that type about that interaction comes.
bool eventFor(CtiClient &client, const QString &type, const QString &interactionId)
{
    return !client
                .waitEventWhere(
                    type,
                    [&](const QJsonObject &o) {
                        return o.value("interactionId").toString() == interactionId;
                    },
                    10000)
                .isEmpty();
}

// agent1's agent.state as the supervisor sees it, once busy with `interactionId`.
bool supervisorSeesBusyWith(VoiceAgentScene &s, const QString &interactionId)
{
    const QJsonObject st = s.supervisor.waitEventWhere(
        "agent.state",
        [&](const QJsonObject &o) {
            if (o.value("agentId").toString() != "agent1" || o.value("state").toString() != "busy")
                return false;
            for (const QJsonValue &v : o.value("interactions").toArray()) {
                if (v.toObject().value("id").toString() == interactionId)
                    return true;
            }
            return false;
        },
        10000);
    return !st.isEmpty();
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

    void aCallbackInHandIsCalledBack()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startCaller("+22997000002", 440, {}, &error, true), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(s.caller.sipPort());
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));

        // A first call, whose wrap-up promises a callback in 1.5 s.
        QJsonObject r = s.agent.request("call.dial", {{"number", "+22997000002"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        const QString first = r.value("interaction").toObject().value("id").toString();
        QVERIFY2(s.caller.waitForEvent("CALL_ESTABLISHED", 10000) >= 0, qPrintable(s.log()));
        QVERIFY(s.caller.command("hangup"));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 first);
        r = s.agent.request(
            "interaction.wrapup",
            {{"interactionId", first},
             {"disposition", "resolved"},
             {"callback", QJsonObject{{"at", QDateTime::currentMSecsSinceEpoch() + 1500}}}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        const QString cb = r.value("callback").toObject().value("id").toString();
        QVERIFY(!cb.isEmpty());

        // Due, offered to the agent who promised it; calling is for after the answer.
        QVERIFY(s.agent.request("state.set", {{"state", "ready"}}).value("ok").toBool());
        const QJsonObject offer = s.agent.waitEventWhere(
            "interaction.offered",
            [&](const QJsonObject &o) {
                return o.value("interaction").toObject().value("id").toString() == cb;
            },
            10000);
        QCOMPARE(offer.value("interaction").toObject().value("channel").toString(),
                 QString("callback"));
        QVERIFY(
            s.agent.request("interaction.accept", {{"interactionId", cb}}).value("ok").toBool());

        // Called back: the agent's phone, then the customer, the same callback interaction.
        const int phoneFrom = int(s.phone.events().size());
        const int calleeFrom = int(s.caller.events().size());
        r = s.agent.request("callback.dial", {{"callbackId", cb}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson() + s.log()));
        QCOMPARE(r.value("number").toString(), QString("+22997000002"));
        QVERIFY2(s.phone.waitFor("established", 10000, {}, phoneFrom) >= 0, qPrintable(s.log()));
        QVERIFY2(s.caller.waitForEvent("CALL_ESTABLISHED", 10000, calleeFrom) >= 0,
                 qPrintable(s.caller.log() + s.log()));
        QCOMPARE(errorCode(s.agent.request("callback.dial", {{"callbackId", cb}})),
                 QString("conflict"));
        QTest::qWait(2500);
        QVERIFY(s.caller.command("hangup"));
        const QJsonObject ended = s.agent.waitEvent("interaction.ended", 10000);
        QCOMPARE(ended.value("interactionId").toString(), cb);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));

        // The call back is recorded on the callback: the desk can play it.
        const RecordingFetch call = RecordingFetch::run(s.agent, cb, "call");
        QVERIFY2(call.ok, qPrintable(QJsonDocument(call.lastReply).toJson()));
        ToneCheck check;
        const QString path = QDir(s.recordingsDir()).filePath(cb + ".wav");
        QVERIFY2(check.load(path, &error), qPrintable(error));
        QVERIFY2(check.durationMs() > 1500, qPrintable(check.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(call.bytes, file.readAll());
    }

    void aScheduledCallbackIsCalledNow()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startCaller("+22997000002", 440, {}, &error, true), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(s.caller.sipPort());
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        // Promised for in an hour: scheduled, kept for agent1.
        const QString cb = promiseCallback(s, 3600 * 1000);
        QVERIFY2(!cb.isEmpty(), qPrintable(s.log()));
        QJsonArray mine = s.agent.request("callback.list").value("callbacks").toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).toObject().value("state").toString(), QString("scheduled"));

        // Another agent may not take it; a supervisor is no agent; an unknown one is not found.
        CtiClient agent2;
        QVERIFY(agent2.open(s.server.ctiUrl()));
        QVERIFY(agent2.login("agent2").value("ok").toBool());
        QJsonObject r = agent2.request("callback.dial", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("forbidden"));
        QVERIFY2(errorText(r).contains("kept for Awa Dossou"), qPrintable(errorText(r)));
        QCOMPARE(errorCode(s.supervisor.request("callback.dial", {{"callbackId", cb}})),
                 QString("forbidden"));
        QCOMPARE(errorCode(s.agent.request("callback.dial", {{"callbackId", "no-such-callback"}})),
                 QString("not_found"));

        // Call now: in agent1's hands at once, their phone then the customer ring.
        s.supervisor.clearEvents();
        const int phoneFrom = int(s.phone.events().size());
        const int calleeFrom = int(s.caller.events().size());
        r = s.agent.request("callback.dial", {{"callbackId", cb}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson() + s.log()));
        QCOMPARE(r.value("callbackId").toString(), cb);
        QCOMPARE(r.value("number").toString(), QString("+22997000002"));
        const QJsonObject ix = r.value("interaction").toObject();
        QCOMPARE(ix.value("id").toString(), cb);
        QCOMPARE(ix.value("channel").toString(), QString("callback"));
        QCOMPARE(ix.value("state").toString(), QString("active"));
        QCOMPARE(r.value("customer").toObject().value("id").toString(), QString("CUST-0002"));
        QCOMPARE(r.value("callback").toObject().value("state").toString(), QString("in_progress"));
        QVERIFY(eventFor(s.agent, "interaction.accepted", cb));
        QVERIFY2(supervisorSeesBusyWith(s, cb), qPrintable(s.log()));
        QVERIFY2(s.phone.waitFor("established", 10000, {}, phoneFrom) >= 0, qPrintable(s.log()));
        QVERIFY2(s.caller.waitForEvent("CALL_ESTABLISHED", 10000, calleeFrom) >= 0,
                 qPrintable(s.caller.log() + s.log()));
        // Out of the schedule: no longer listed, never due again; no second call.
        QVERIFY(s.agent.request("callback.list").value("callbacks").toArray().isEmpty());
        QCOMPARE(errorCode(s.agent.request("callback.dial", {{"callbackId", cb}})),
                 QString("conflict"));
        r = agent2.request("callback.dial", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("taken by Awa Dossou"), qPrintable(errorText(r)));

        QTest::qWait(2500);
        QVERIFY(s.caller.command("hangup"));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 cb);
        const RecordingFetch call = RecordingFetch::run(s.agent, cb, "call");
        QVERIFY2(call.ok, qPrintable(QJsonDocument(call.lastReply).toJson()));
        QVERIFY(call.bytes.size() > 8000); // more than a second of 8 kHz audio
        r = s.agent.request("interaction.wrapup",
                            {{"interactionId", cb}, {"disposition", "resolved"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        QVERIFY(eventFor(s.agent, "interaction.closed", cb));
        // Done: nothing left to cancel or call.
        r = s.agent.request("callback.cancel", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("done"), qPrintable(errorText(r)));
        r = s.agent.request("callback.dial", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("done"), qPrintable(errorText(r)));
    }

    void aQueueCallbackIsTaken()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startCaller("+22997000002", 440, {}, &error, true), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(s.caller.sipPort());
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        // Due in 1.5 s, kept first for agent1 (who stays not_ready: it is not offered).
        const QString cb = promiseCallback(s, 1500);
        QVERIFY2(!cb.isEmpty(), qPrintable(s.log()));
        CtiClient agent2;
        QVERIFY(agent2.open(s.server.ctiUrl()));
        QVERIFY(agent2.login("agent2").value("ok").toBool());
        const auto waitingIn = [&](const QString &queue) {
            const QJsonArray list =
                s.supervisor.request("callback.list", {{"scope", "queue"}, {"queue", queue}})
                    .value("callbacks")
                    .toArray();
            return list.size() == 1 && list.at(0).toObject().value("state") == "waiting";
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitingIn("general"), 10000);
        QCOMPARE(errorCode(agent2.request("callback.dial", {{"callbackId", cb}})),
                 QString("forbidden"));

        // In a queue agent1 does not serve: not theirs to take.
        QJsonObject r = s.supervisor.request("interaction.transfer",
                                             {{"interactionId", cb}, {"queue", "english"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        r = s.agent.request("callback.dial", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("forbidden"));
        QVERIFY2(errorText(r).contains("english"), qPrintable(errorText(r)));

        // Back in general, for anyone, and offered to agent2 (ready): a conflict for agent1.
        r = s.supervisor.request("interaction.transfer",
                                 {{"interactionId", cb}, {"queue", "general"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        QVERIFY(agent2.request("state.set", {{"state", "ready"}}).value("ok").toBool());
        const QJsonObject offer = agent2.waitEventWhere(
            "interaction.offered",
            [&](const QJsonObject &o) {
                return o.value("interaction").toObject().value("id").toString() == cb;
            },
            10000);
        QVERIFY(!offer.isEmpty());
        r = s.agent.request("callback.dial", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("offered to Koffi Mensah"), qPrintable(errorText(r)));

        // agent2 turns it down: waiting in general, agent1 takes it and calls.
        QVERIFY(agent2.request("interaction.reject", {{"interactionId", cb}}).value("ok").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(waitingIn("general"), 10000);
        s.supervisor.clearEvents();
        const int calleeFrom = int(s.caller.events().size());
        r = s.agent.request("callback.dial", {{"callbackId", cb}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson() + s.log()));
        QCOMPARE(r.value("interaction").toObject().value("state").toString(), QString("active"));
        QCOMPARE(r.value("interaction").toObject().value("queue").toString(), QString("general"));
        QVERIFY2(supervisorSeesBusyWith(s, cb), qPrintable(s.log()));
        QVERIFY2(s.caller.waitForEvent("CALL_ESTABLISHED", 10000, calleeFrom) >= 0,
                 qPrintable(s.caller.log() + s.log()));
        QVERIFY(!waitingIn("general"));
        // Counted as answered in general, like an offer accepted.
        const QJsonObject stats = s.supervisor.waitEventWhere(
            "stats.queues",
            [](const QJsonObject &o) {
                for (const QJsonValue &q : o.value("queues").toArray()) {
                    if (q.toObject().value("name") == "general")
                        return q.toObject().value("answered").toInt() >= 1 &&
                               q.toObject().value("waiting").toInt() == 0;
                }
                return false;
            },
            10000);
        QVERIFY(!stats.isEmpty());
        r = agent2.request("callback.dial", {{"callbackId", cb}});
        QCOMPARE(errorCode(r), QString("conflict"));

        QVERIFY(s.caller.command("hangup"));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 cb);
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

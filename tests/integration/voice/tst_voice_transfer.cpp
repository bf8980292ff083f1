// Transferring a call through relais-dispatch, with real peers: baresip calls 1920 (the trunk),
// agent1's relais-phone answers. To a queue: agent1's phone is hung up, agent1 is free at once,
// the caller hears the queue's music again, then agent2's phone rings, answers and hears the
// caller; the recording goes on in the same file. To an outside number: a baresip behind the
// outbound gateway rings while agent1 keeps the caller; answered, it hears the caller, agent1's
// phone is hung up and agent1 wraps up. A number that turns the call down leaves the caller with
// agent1; so does one that rings on (sipp as the gateway): cancelled at [voice]
// transfer_ring_timeout. Refusals are clear errors.
#include "SippProcess.h"
#include "TestEnv.h"
#include "ToneCheck.h"
#include "VoiceAgentScene.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kCaller = QStringLiteral("+22997000001"); // CUST-0001
const QString kOutside = QStringLiteral("+22997000002");

// The received audio at `path` holds `hz` and not `other`, from `fromMs` to 200 ms before its end.
bool heard(const QString &path, double hz, double other, QString *why, double fromMs = 800.0)
{
    ToneCheck check;
    if (!check.load(path, why))
        return false;
    if (check.durationMs() < fromMs + 700) {
        *why = QStringLiteral("only %1 ms in %2").arg(check.durationMs()).arg(path);
        return false;
    }
    check.setWindowMs(fromMs, check.durationMs() - 200.0);
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

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson());
}

// agent1 answers a call from kCaller on 1920; its interaction id. `established`, when given,
// starts as the caller's call is established (the start of what the caller's WAV holds).
QString answeredByAgent1(VoiceAgentScene &s, QString *error, QElapsedTimer *established = nullptr)
{
    if (!s.setReady(error) || !s.startCaller(kCaller, 440, {}, error) || !s.dial("1920", error))
        return {};
    if (established)
        established->start();
    const QJsonObject offer = s.agent.waitEvent("interaction.offered", 10000);
    const QString id = offer.value("interaction").toObject().value("id").toString();
    if (id.isEmpty() || s.phone.waitFor("established", 10000) < 0 ||
        s.agent.waitEvent("interaction.accepted", 10000).isEmpty()) {
        *error = QStringLiteral("agent1 did not answer:\n") + s.log();
        return {};
    }
    return id;
}

// A second agent: logged in on the CTI with a relais-phone registered with their credentials.
struct SecondAgent
{
    CtiClient cti;
    PhoneProcess phone;
    QString recording;

    bool start(VoiceAgentScene &s, const QString &name, double toneHz, QString *error,
               bool autoAnswer = true)
    {
        if (!cti.open(s.server.ctiUrl())) {
            *error = QStringLiteral("CTI did not open");
            return false;
        }
        const QJsonObject sip = cti.login(name).value("sip").toObject();
        recording = s.dirPath(name + QStringLiteral("-phone.wav"));
        QStringList args{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--registrar"), sip.value("registrar").toString(),
                         QStringLiteral("--user"),      sip.value("username").toString(),
                         QStringLiteral("--password"),  sip.value("password").toString(),
                         QStringLiteral("--tone"),      QString::number(toneHz),
                         QStringLiteral("--record"),    recording};
        if (autoAnswer)
            args << QStringLiteral("--auto-answer");
        if (!phone.start(args) || phone.waitFor(QStringLiteral("registered"), 10000) < 0) {
            *error = QStringLiteral("the second phone did not register:\n") + phone.transcript();
            return false;
        }
        return true;
    }
};

} // namespace

class TstVoiceTransfer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (BaresipProcess::executable().isEmpty())
            QSKIP("baresip is not installed (Debian package baresip-core)");
    }

    void toAQueueTheNextAgentTakesTheCaller()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        // agent2 (the only one with english) is there with a phone, not ready yet.
        SecondAgent agent2;
        QVERIFY2(agent2.start(s, "agent2", 1200, &error), qPrintable(error));
        QElapsedTimer sinceCall; // since the caller's call was established
        const QString id = answeredByAgent1(s, &error, &sinceCall);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTest::qWait(2000);

        // Refusals first: nothing changes.
        QCOMPARE(errorCode(s.agent.request("interaction.transfer", {{"interactionId", id}})),
                 QString("bad_request"));
        QCOMPARE(errorCode(s.agent.request(
                     "interaction.transfer",
                     {{"interactionId", id}, {"queue", "english"}, {"number", kOutside}})),
                 QString("bad_request"));
        QCOMPARE(errorCode(s.agent.request("interaction.transfer",
                                           {{"interactionId", "nope"}, {"queue", "english"}})),
                 QString("not_found"));
        QCOMPARE(errorCode(agent2.cti.request("interaction.transfer",
                                              {{"interactionId", id}, {"queue", "english"}})),
                 QString("not_found")); // not in agent2's hands
        QCOMPARE(errorCode(s.agent.request("interaction.transfer",
                                           {{"interactionId", id}, {"queue", "nowhere"}})),
                 QString("not_found"));
        QCOMPARE(errorCode(s.agent.request("interaction.transfer",
                                           {{"interactionId", id}, {"number", "not a number"}})),
                 QString("bad_request"));
        // This site has no outbound gateway: no transfer to a number.
        QJsonObject r =
            s.agent.request("interaction.transfer", {{"interactionId", id}, {"number", kOutside}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("configured"), qPrintable(errorText(r)));

        // To english: off agent1's phone, agent1 free (no wrap-up for a transfer).
        s.supervisor.clearEvents();
        const int phone1From = int(s.phone.events().size());
        const qint64 requestedAtMs = sinceCall.elapsed();
        r = s.agent.request("interaction.transfer", {{"interactionId", id}, {"queue", "english"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        const qint64 transferredAtMs = sinceCall.elapsed();
        QVERIFY2(s.phone.waitFor("closed", 5000, {}, phone1From) >= 0, qPrintable(s.log()));
        qInfo("transfer to a queue: agent1's phone hung up %lld ms after the request",
              sinceCall.elapsed() - requestedAtMs);
        const QJsonObject transferred = s.agent.waitEvent("interaction.transferred", 5000);
        QCOMPARE(transferred.value("interactionId").toString(), id);
        QCOMPARE(transferred.value("to").toString(), QString("queue english"));
        QVERIFY(!s.agent.hasEvent("interaction.ended"));
        const QJsonObject st = s.supervisor.waitEventWhere(
            "agent.state",
            [](const QJsonObject &o) {
                return o.value("agentId") == "agent1" && o.value("state") == "ready";
            },
            5000);
        QVERIFY2(!st.isEmpty(), qPrintable(s.log()));
        // The caller waits in english, still connected.
        const QJsonArray waiting = s.supervisor.request("queue.waiting", {{"queue", "english"}})
                                       .value("interactions")
                                       .toArray();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).toObject().value("id").toString(), id);
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QTest::qWait(3000);

        // agent2 gets ready: offered with the screen-pop, their phone rings and answers.
        const qint64 readyAtMs = sinceCall.elapsed();
        const QJsonObject ready = agent2.cti.request("state.set", {{"state", "ready"}});
        QVERIFY2(ready.value("ok").toBool(), qPrintable(json(ready)));
        const QJsonObject offer = agent2.cti.waitEvent("interaction.offered", 10000);
        QCOMPARE(offer.value("interaction").toObject().value("id").toString(), id);
        QCOMPARE(offer.value("interaction").toObject().value("queue").toString(),
                 QString("english"));
        QCOMPARE(offer.value("customer").toObject().value("id").toString(), QString("CUST-0001"));
        const int incoming = agent2.phone.waitFor("incoming", 10000);
        QVERIFY2(incoming >= 0, qPrintable(s.log() + agent2.phone.transcript()));
        QCOMPARE(agent2.phone.events().at(incoming).value("interaction").toString(), id);
        QVERIFY2(agent2.phone.waitFor("established", 10000) >= 0,
                 qPrintable(s.log() + agent2.phone.transcript()));
        const qint64 answered2AtMs = sinceCall.elapsed();
        qInfo("agent2 ready to their phone answering: %lld ms", answered2AtMs - readyAtMs);
        QCOMPARE(
            agent2.cti.waitEvent("interaction.accepted", 10000).value("interactionId").toString(),
            id);
        // agent2 may pause the recording of the call they now hold; agent1 no longer may.
        QCOMPARE(errorCode(s.agent.request("interaction.recording",
                                           {{"interactionId", id}, {"pause", true}})),
                 QString("not_found"));
        QTest::qWait(3000);
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(agent2.phone.waitFor("closed", 10000) >= 0, qPrintable(agent2.phone.transcript()));
        const QJsonObject ended = agent2.cti.waitEvent("interaction.ended", 10000);
        QCOMPARE(ended.value("interactionId").toString(), id);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));

        // agent2 heard the caller (440 Hz), not agent1's tone; the caller heard agent2.
        QVERIFY2(heard(agent2.recording, 440, 1000, &error),
                 qPrintable("agent2: " + error + "\n" + s.log()));
        ToneCheck caller;
        QVERIFY2(caller.load(s.caller.decodedWav(), &error), qPrintable(error));
        // While waiting again: the queue's music, not agent1 any more.
        caller.setWindowMs(transferredAtMs + 800.0, transferredAtMs + 2800.0);
        QVERIFY2(caller.levelDbfs() > -40.0 && caller.energyShare(1000) < 0.05,
                 qPrintable("caller while waiting: " + caller.describe()));
        caller.setWindowMs(answered2AtMs + 1000.0, caller.durationMs() - 300.0);
        QVERIFY2(caller.hasTone(1200, &error),
                 qPrintable("caller with agent2: " + error + "\n" + s.log()));

        // One recording holds both agents' parts.
        ToneCheck recording;
        QVERIFY2(recording.load(QDir(s.recordingsDir()).filePath(id + ".wav"), &error),
                 qPrintable(error));
        recording.setWindowMs(300.0);
        QVERIFY2(recording.energyShare(1000) > 0.05 && recording.energyShare(1200) > 0.05 &&
                     recording.energyShare(440) > 0.2,
                 qPrintable(recording.describe()));
    }

    // Kept for agent3, whose phone rings on: the usual no-answer, and the queue serves the caller
    // again — agent1's phone rings anew.
    void toAnAgentWhoDoesNotAnswerTheCallerIsNotLost()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        SecondAgent agent3;
        QVERIFY2(agent3.start(s, "agent3", 1200, &error, false), qPrintable(error));
        const QString id = answeredByAgent1(s, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(errorCode(s.agent.request("interaction.transfer",
                                           {{"interactionId", id}, {"agentId", "nobody"}})),
                 QString("not_found"));
        // Nobody to ring: agent4 is not signed in, agent2 has no phone.
        QJsonObject r =
            s.agent.request("interaction.transfer", {{"interactionId", id}, {"agentId", "agent4"}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("not signed in"), qPrintable(errorText(r)));
        CtiClient agent2;
        QVERIFY(agent2.open(s.server.ctiUrl()));
        QVERIFY(agent2.login("agent2").value("ok").toBool());
        r = s.agent.request("interaction.transfer", {{"interactionId", id}, {"agentId", "agent2"}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY2(errorText(r).contains("no phone"), qPrintable(errorText(r)));
        QVERIFY(!s.agent.hasEvent("interaction.transferred"));
        const int phone1From = int(s.phone.events().size());
        r = s.agent.request("interaction.transfer", {{"interactionId", id}, {"agentId", "agent3"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r)));
        QVERIFY2(s.phone.waitFor("closed", 5000, {}, phone1From) >= 0, qPrintable(s.log()));
        QCOMPARE(s.agent.waitEvent("interaction.transferred", 5000).value("to").toString(),
                 QString("agent agent3"));
        // Kept for agent3 alone: agent1, ready again, is not offered it.
        QTest::qWait(1000);
        QVERIFY(!s.agent.hasEvent("interaction.offered"));
        r = agent3.cti.request("state.set", {{"state", "ready"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r)));
        const QJsonObject offer = agent3.cti.waitEvent("interaction.offered", 10000);
        QCOMPARE(offer.value("interaction").toObject().value("id").toString(), id);
        QVERIFY2(agent3.phone.waitFor("incoming", 10000) >= 0,
                 qPrintable(s.log() + agent3.phone.transcript()));
        const int phone1Again = int(s.phone.events().size());
        // Not answered within the offer timeout (6 s): CANCEL, agent3 not_ready no_answer.
        const QJsonObject revoked = agent3.cti.waitEvent("interaction.revoked", 10000);
        QVERIFY2(revoked.value("reason").toString() == "timeout",
                 qPrintable(json(revoked) + s.log() + agent3.phone.transcript()));
        QVERIFY2(agent3.phone.waitFor("closed", 5000) >= 0, qPrintable(agent3.phone.transcript()));
        // The caller is still there: offered to agent1 again, whose phone answers.
        const QJsonObject again = s.agent.waitEvent("interaction.offered", 10000);
        QCOMPARE(again.value("interaction").toObject().value("id").toString(), id);
        QVERIFY2(s.phone.waitFor("established", 10000, {}, phone1Again) >= 0, qPrintable(s.log()));
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QTest::qWait(2500);
        QVERIFY(s.caller.command("hangup"));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 id);
    }

    void toANumberTheOutsidePartyTakesTheCaller()
    {
        VoiceAgentScene s;
        QString error;
        // The outside party, behind the gateway (answers by itself, plays 700 Hz).
        BaresipProcess outside;
        BaresipProcess::Options o;
        o.user = kOutside;
        o.toneHz = 700;
        o.autoAnswer = true;
        QVERIFY2(outside.start(o, &error), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(outside.sipPort());
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        const QString id = answeredByAgent1(s, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTest::qWait(1500);

        const int phoneFrom = int(s.phone.events().size());
        QElapsedTimer handover;
        handover.start();
        const QJsonObject r = s.agent.request("interaction.transfer",
                                              {{"interactionId", id}, {"number", "97 00 00 02"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QCOMPARE(r.value("number").toString(), kOutside);
        QCOMPARE(r.value("state").toString(), QString("ringing"));
        QVERIFY2(outside.waitForEvent("CALL_ESTABLISHED", 10000) >= 0,
                 qPrintable(outside.log() + s.log()));
        QVERIFY2(s.phone.waitFor("closed", 5000, {}, phoneFrom) >= 0, qPrintable(s.log()));
        qInfo("transfer to a number: outside party answered and agent1's phone hung up %lld ms "
              "after the request",
              handover.elapsed());
        const QJsonObject ended = s.agent.waitEvent("interaction.ended", 5000);
        QCOMPARE(ended.value("interactionId").toString(), id);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));
        QCOMPARE(ended.value("transferredTo").toString(), kOutside);
        // Over for agent1: nothing more to transfer or pause.
        QCOMPARE(errorCode(s.agent.request("interaction.transfer",
                                           {{"interactionId", id}, {"queue", "general"}})),
                 QString("conflict"));
        // The caller and the outside party talk on after agent1's wrap-up.
        QVERIFY(
            s.agent
                .request("interaction.wrapup", {{"interactionId", id}, {"disposition", "resolved"}})
                .value("ok")
                .toBool());
        QTest::qWait(3000);
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(outside.command("hangup"));
        QVERIFY2(s.caller.waitForEvent("CALL_CLOSED", 10000) >= 0, qPrintable(s.log()));
        QVERIFY2(heard(outside.decodedWav(), 440, 1000, &error),
                 qPrintable("outside party: " + error + "\n" + s.log()));
    }

    void aNumberThatDoesNotAnswerLeavesTheCallerWithTheAgent()
    {
        VoiceAgentScene s;
        QString error;
        BaresipProcess outside; // rings, and is turned down
        BaresipProcess::Options o;
        o.user = kOutside;
        o.toneHz = 700;
        o.autoAnswer = false;
        QVERIFY2(outside.start(o, &error), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(outside.sipPort());
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        const QString id = answeredByAgent1(s, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));

        QJsonObject r =
            s.agent.request("interaction.transfer", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(outside.waitForEvent("CALL_INCOMING", 10000) >= 0, qPrintable(outside.log()));
        // One at a time.
        r = s.agent.request("interaction.transfer", {{"interactionId", id}, {"queue", "general"}});
        QCOMPARE(errorCode(r), QString("conflict"));
        QVERIFY(outside.command("hangup")); // turned down
        const QJsonObject failed = s.agent.waitEvent("interaction.transfer_failed", 10000);
        QCOMPARE(failed.value("interactionId").toString(), id);
        QCOMPARE(failed.value("number").toString(), kOutside);
        QVERIFY2(!failed.value("reason").toString().isEmpty(), qPrintable(json(failed)));
        // agent1 still has the caller.
        QTest::qWait(2500);
        QVERIFY(!s.phone.events("closed").size());
        QVERIFY(!s.agent.hasEvent("interaction.ended"));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 id);
        QVERIFY2(heard(s.phoneRecording(), 440, 700, &error),
                 qPrintable("agent1: " + error + "\n" + s.log()));
    }

    // The number rings (180) and nobody answers: at transfer_ring_timeout (5 s here) the server
    // CANCELs it, agent1 gets transfer_failed "no answer" and still talks with the caller.
    void aNumberThatRingsOnIsCancelledAtTheRingTimeout()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed (Debian package sip-tester)");
        SippProcess gateway; // 100, 180, then waits for the CANCEL
        const quint16 gatewayPort = SippProcess::freeUdpPort();
        QVERIFY(gateway.startServer(QStringLiteral("gateway_ring_no_answer.xml"), gatewayPort));
        VoiceAgentScene s;
        QString error;
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(gatewayPort);
        s.configEdits = {{QStringLiteral("^\\[voice\\]$"),
                          QStringLiteral("[voice]\ntransfer_ring_timeout = 5")}};
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        QElapsedTimer sinceCall; // the caller's WAV starts here
        const QString id = answeredByAgent1(s, &error, &sinceCall);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QElapsedTimer sinceAnswer; // agent1's WAV started a little before
        sinceAnswer.start();

        QElapsedTimer ringing;
        ringing.start();
        const QJsonObject r =
            s.agent.request("interaction.transfer", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QCOMPARE(r.value("state").toString(), QString("ringing"));
        const QJsonObject failed = s.agent.waitEvent("interaction.transfer_failed", 15000);
        const qint64 failedAfterMs = ringing.elapsed();
        const qint64 failedAtCallMs = sinceCall.elapsed();
        const qint64 failedAtAnswerMs = sinceAnswer.elapsed();
        QVERIFY2(!failed.isEmpty(), qPrintable(s.log() + gateway.report()));
        QCOMPARE(failed.value("interactionId").toString(), id);
        QCOMPARE(failed.value("number").toString(), kOutside);
        QCOMPARE(failed.value("reason").toString(), QString("no answer"));
        qInfo("transfer to a number ringing on: failed %lld ms after the request", failedAfterMs);
        // Not before the limit, soon after it.
        QVERIFY2(failedAfterMs >= 5000 && failedAfterMs < 9000,
                 qPrintable(QString::number(failedAfterMs)));
        // The gateway got the CANCEL (its scenario: CANCEL, 200, 487, ACK).
        QVERIFY(gateway.waitForFinished(10000));
        QVERIFY2(gateway.succeeded(), qPrintable(gateway.report()));

        // agent1 still has the caller.
        QTest::qWait(3000);
        QVERIFY(!s.phone.events("closed").size());
        QVERIFY(!s.agent.hasEvent("interaction.ended"));
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 id);
        // Both ways after the failure: agent1 hears the caller (440 Hz), the caller agent1 (1000).
        QVERIFY2(heard(s.phoneRecording(), 440, 700, &error, double(failedAtAnswerMs) + 500.0),
                 qPrintable("agent1: " + error + "\n" + s.log()));
        ToneCheck caller;
        QVERIFY2(caller.load(s.caller.decodedWav(), &error), qPrintable(error));
        caller.setWindowMs(double(failedAtCallMs) + 500.0, caller.durationMs() - 300.0);
        QVERIFY2(caller.hasTone(1000, &error),
                 qPrintable("caller after the failure: " + error + "\n" + caller.describe()));
    }

    // Turned down, then tried again at once: the second try rings its whole transfer_ring_timeout
    // (the first try's timer, due while it rings, is not its own).
    void aRetryAtTheSameNumberRingsItsWholeTime()
    {
        VoiceAgentScene s;
        QString error;
        BaresipProcess outside; // rings; turned down once, then left ringing
        BaresipProcess::Options o;
        o.user = kOutside;
        o.toneHz = 700;
        o.autoAnswer = false;
        QVERIFY2(outside.start(o, &error), qPrintable(error));
        s.outboundGateway = QStringLiteral("127.0.0.1:%1").arg(outside.sipPort());
        s.configEdits = {{QStringLiteral("^\\[voice\\]$"),
                          QStringLiteral("[voice]\ntransfer_ring_timeout = 5")}};
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        const QString id = answeredByAgent1(s, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));

        QElapsedTimer first;
        first.start();
        QJsonObject r =
            s.agent.request("interaction.transfer", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(outside.waitForEvent("CALL_INCOMING", 10000) >= 0, qPrintable(outside.log()));
        QVERIFY(outside.command("hangup")); // turned down
        QJsonObject failed = s.agent.waitEvent("interaction.transfer_failed", 10000);
        QVERIFY2(!failed.isEmpty() && failed.value("reason").toString() != "no answer",
                 qPrintable(json(failed) + s.log()));
        QTest::qWait(int(qMax<qint64>(0, 2000 - first.elapsed())));
        QVERIFY2(first.elapsed() < 4000, "too late for the first try's timer to matter");
        const int from = int(outside.events().size());
        QElapsedTimer second;
        second.start();
        r = s.agent.request("interaction.transfer", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(outside.waitForEvent("CALL_INCOMING", 10000, from) >= 0,
                 qPrintable(outside.log()));
        failed = s.agent.waitEvent("interaction.transfer_failed", 15000);
        const qint64 failedAfterMs = second.elapsed();
        QCOMPARE(failed.value("reason").toString(), QString("no answer"));
        qInfo("second try: failed %lld ms after its request (%lld after the first)", failedAfterMs,
              first.elapsed());
        QVERIFY2(failedAfterMs >= 5000 && failedAfterMs < 9000,
                 qPrintable(QString::number(failedAfterMs)));
        QVERIFY2(outside.waitForEvent("CALL_CLOSED", 5000, from) >= 0, qPrintable(outside.log()));
        // agent1 still has the caller.
        QTest::qWait(1000);
        QVERIFY(!s.phone.events("closed").size());
        QVERIFY(!s.agent.hasEvent("interaction.ended"));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceTransfer t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_transfer.moc"

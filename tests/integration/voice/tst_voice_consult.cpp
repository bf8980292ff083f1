// Consulting before a transfer (attended transfer) through relais-dispatch, with real peers:
// baresip calls 1920 (the trunk, 440 Hz), agent1's relais-phone (1000 Hz) answers, agent1 asks
// to consult an outside number behind the outbound gateway (a baresip playing 700 Hz). While
// agent1 and the number talk alone, the caller hears the queue's music on hold. Completed: the
// caller and the number hear each other, agent1's phone is hung up and agent1 wraps up.
// Cancelled: the number is hung up, agent1 and the caller hear each other again. A number that
// rings on (sipp as the gateway) is cancelled at [voice] transfer_ring_timeout and the caller is
// back with agent1. A colleague (agent2's relais-phone) consulted, then completed: the call is
// agent2's, agent1 is free. Refusals are clear errors.
#include "HttpClient.h"
#include "SippProcess.h"
#include "TestEnv.h"
#include "ToneCheck.h"
#include "VoiceAgentScene.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kCaller = QStringLiteral("+22997000001"); // CUST-0001
const QString kOutside = QStringLiteral("+22997000002");

QString errorCode(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("code").toString();
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// `path` holds `hz` and not `other` between `fromMs` and `toMs` (its end minus 200 ms when < 0).
bool heard(const QString &path, double hz, double other, double fromMs, double toMs, QString *why)
{
    ToneCheck check;
    if (!check.load(path, why))
        return false;
    const double end = toMs < 0 ? check.durationMs() - 200.0 : toMs;
    if (end - fromMs < 600.0) {
        *why = QStringLiteral("only %1 ms in %2").arg(check.durationMs()).arg(path);
        return false;
    }
    check.setWindowMs(fromMs, end);
    const bool ok = check.hasTone(hz, why) && check.lacksTone(other, why);
    if (!ok)
        *why += QStringLiteral(" [%1..%2 ms] ").arg(fromMs).arg(end) + check.describe();
    return ok;
}

// The caller on hold between `fromMs` and `toMs`: music, neither agent1 (1000) nor the number.
bool onHold(const QString &path, double fromMs, double toMs, QString *why)
{
    ToneCheck check;
    if (!check.load(path, why))
        return false;
    check.setWindowMs(fromMs, toMs);
    *why = check.describe() + QStringLiteral(" 1000 Hz %1, 700 Hz %2")
                                  .arg(check.energyShare(1000))
                                  .arg(check.energyShare(700));
    // The music has some energy near 1000 Hz (about 6 %); agent1's tone would be most of it.
    return check.levelDbfs() > -40.0 && check.energyShare(1000) < 0.2 &&
           check.energyShare(700) < 0.05;
}

// The consultation's next event (after `state` ringing): its state.
QJsonObject nextConsultEvent(VoiceAgentScene &s, const QString &state, int timeoutMs)
{
    return s.agent.waitEventWhere(
        "interaction.consult", [state](const QJsonObject &o) { return o.value("state") == state; },
        timeoutMs);
}

struct Scene
{
    VoiceAgentScene s;
    QString id;
    QElapsedTimer sinceCall;   // the caller's WAV starts about here
    QElapsedTimer sinceAnswer; // agent1's WAV started a little before

    bool start(const QString &gateway, QString *error, int ringTimeoutS = 0)
    {
        s.outboundGateway = gateway;
        if (ringTimeoutS > 0)
            s.configEdits = {
                {QStringLiteral("^\\[voice\\]$"),
                 QStringLiteral("[voice]\ntransfer_ring_timeout = %1").arg(ringTimeoutS)}};
        if (!s.startServer("agent1", error) || !s.startPhone({}, error) || !s.setReady(error) ||
            !s.startCaller(kCaller, 440, {}, error) || !s.dial("1920", error))
            return false;
        sinceCall.start();
        const QJsonObject offer = s.agent.waitEvent("interaction.offered", 10000);
        id = offer.value("interaction").toObject().value("id").toString();
        if (id.isEmpty() || s.phone.waitFor("established", 10000) < 0 ||
            s.agent.waitEvent("interaction.accepted", 10000).isEmpty()) {
            *error = QStringLiteral("agent1 did not answer:\n") + s.log();
            return false;
        }
        sinceAnswer.start();
        return true;
    }
};

// A colleague: logged in on the CTI with a relais-phone (auto-answer) registered with their
// credentials, saying `toneHz`.
struct Colleague
{
    CtiClient cti;
    PhoneProcess phone;
    QString recording;

    bool start(VoiceAgentScene &s, const QString &name, double toneHz, QString *error)
    {
        if (!cti.open(s.server.ctiUrl())) {
            *error = QStringLiteral("CTI did not open");
            return false;
        }
        const QJsonObject sip = cti.login(name).value("sip").toObject();
        recording = s.dirPath(name + QStringLiteral("-phone.wav"));
        if (!phone.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--registrar"), sip.value("registrar").toString(),
                          QStringLiteral("--user"), sip.value("username").toString(),
                          QStringLiteral("--password"), sip.value("password").toString(),
                          QStringLiteral("--tone"), QString::number(toneHz),
                          QStringLiteral("--record"), recording,
                          QStringLiteral("--auto-answer")}) ||
            phone.waitFor(QStringLiteral("registered"), 10000) < 0) {
            *error =
                QStringLiteral("the colleague's phone did not register:\n") + phone.transcript();
            return false;
        }
        return true;
    }
};

} // namespace

class TstVoiceConsult : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (BaresipProcess::executable().isEmpty())
            QSKIP("baresip is not installed (Debian package baresip-core)");
    }

    void consultANumberThenCompleteTheTransfer()
    {
        BaresipProcess outside; // answers by itself, plays 700 Hz
        BaresipProcess::Options o;
        o.user = kOutside;
        o.toneHz = 700;
        o.autoAnswer = true;
        QString error;
        QVERIFY2(outside.start(o, &error), qPrintable(error));
        Scene sc;
        VoiceAgentScene &s = sc.s;
        QVERIFY2(sc.start(QStringLiteral("127.0.0.1:%1").arg(outside.sipPort()), &error),
                 qPrintable(error));
        const QString id = sc.id;
        QTest::qWait(1500);

        // Refusals: nothing changes.
        QCOMPARE(errorCode(s.agent.request("interaction.consult", {{"interactionId", id}})),
                 QString("bad_request"));
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"number", "not a number"}})),
                 QString("bad_request"));
        // agent2 is not signed in: nobody would ring.
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"agentId", "agent2"}})),
                 QString("conflict"));
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", "nope"}, {"number", kOutside}})),
                 QString("not_found"));
        QCOMPARE(
            errorCode(s.agent.request("interaction.consult_complete", {{"interactionId", id}})),
            QString("conflict")); // no consultation
        QCOMPARE(errorCode(s.agent.request("interaction.consult_cancel", {{"interactionId", id}})),
                 QString("conflict"));
        // Only the agent holding the call consults (a supervisor is no agent, or not holding it).
        QVERIFY(QStringList({"forbidden", "not_found"})
                    .contains(errorCode(s.supervisor.request(
                        "interaction.consult", {{"interactionId", id}, {"number", kOutside}}))));

        const int phoneFrom = int(s.phone.events().size());
        const double consultAtCall = double(sc.sinceCall.elapsed());
        const double consultAtAnswer = double(sc.sinceAnswer.elapsed());
        QJsonObject r = s.agent.request("interaction.consult",
                                        {{"interactionId", id}, {"number", "97 00 00 02"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QCOMPARE(r.value("number").toString(), kOutside);
        QCOMPARE(r.value("state").toString(), QString("ringing"));
        QVERIFY2(outside.waitForEvent("CALL_ESTABLISHED", 10000) >= 0,
                 qPrintable(outside.log() + s.log()));
        QElapsedTimer sinceOutside; // the number's WAV starts about here
        sinceOutside.start();
        const QJsonObject connected = nextConsultEvent(s, "connected", 5000);
        QVERIFY2(!connected.isEmpty(), qPrintable(s.log()));
        QCOMPARE(connected.value("interactionId").toString(), id);
        QCOMPARE(connected.value("number").toString(), kOutside);
        // One thing at a time: no transfer or second consultation while consulting.
        QCOMPARE(errorCode(s.agent.request("interaction.transfer",
                                           {{"interactionId", id}, {"queue", "general"}})),
                 QString("conflict"));
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"number", kOutside}})),
                 QString("conflict"));
        QTest::qWait(3000);

        const double completeAtCall = double(sc.sinceCall.elapsed());
        const double completeAtAnswer = double(sc.sinceAnswer.elapsed());
        const double completeAtOutside = double(sinceOutside.elapsed());
        r = s.agent.request("interaction.consult_complete", {{"interactionId", id}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(s.phone.waitFor("closed", 5000, {}, phoneFrom) >= 0, qPrintable(s.log()));
        QVERIFY2(!nextConsultEvent(s, "completed", 5000).isEmpty(), qPrintable(s.log()));
        const QJsonObject ended = s.agent.waitEvent("interaction.ended", 5000);
        QCOMPARE(ended.value("interactionId").toString(), id);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));
        QCOMPARE(ended.value("transferredTo").toString(), kOutside);
        QVERIFY(
            s.agent
                .request("interaction.wrapup", {{"interactionId", id}, {"disposition", "resolved"}})
                .value("ok")
                .toBool());
        QTest::qWait(3000);
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(outside.command("hangup"));
        QVERIFY2(s.caller.waitForEvent("CALL_CLOSED", 10000) >= 0, qPrintable(s.log()));

        // The consultation: agent1 and the number hear each other, the caller the music.
        QVERIFY2(heard(s.phoneRecording(), 700, 440, consultAtAnswer + 1500.0,
                       completeAtAnswer - 300.0, &error),
                 qPrintable("agent1 consulting: " + error));
        QVERIFY2(heard(outside.decodedWav(), 1000, 440, 500.0, completeAtOutside - 400.0, &error),
                 qPrintable("number consulted: " + error));
        QVERIFY2(
            onHold(s.caller.decodedWav(), consultAtCall + 1500.0, completeAtCall - 300.0, &error),
            qPrintable("caller on hold: " + error));
        // Completed: the caller and the number hear each other, agent1 is gone.
        QVERIFY2(heard(outside.decodedWav(), 440, 1000, completeAtOutside + 800.0, -1.0, &error),
                 qPrintable("number after completing: " + error));
        QVERIFY2(heard(s.caller.decodedWav(), 700, 1000, completeAtCall + 800.0,
                       completeAtCall + 3000.0, &error),
                 qPrintable("caller after completing: " + error));
    }

    void cancelBringsTheCallerBack()
    {
        BaresipProcess outside;
        BaresipProcess::Options o;
        o.user = kOutside;
        o.toneHz = 700;
        o.autoAnswer = true;
        QString error;
        QVERIFY2(outside.start(o, &error), qPrintable(error));
        Scene sc;
        VoiceAgentScene &s = sc.s;
        QVERIFY2(sc.start(QStringLiteral("127.0.0.1:%1").arg(outside.sipPort()), &error),
                 qPrintable(error));
        const QString id = sc.id;
        QTest::qWait(1000);
        QJsonObject r =
            s.agent.request("interaction.consult", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(!nextConsultEvent(s, "connected", 10000).isEmpty(),
                 qPrintable(outside.log() + s.log()));
        QTest::qWait(2000);
        const double cancelAtCall = double(sc.sinceCall.elapsed());
        const double cancelAtAnswer = double(sc.sinceAnswer.elapsed());
        r = s.agent.request("interaction.consult_cancel", {{"interactionId", id}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        const QJsonObject ended = nextConsultEvent(s, "ended", 5000);
        QCOMPARE(ended.value("reason").toString(), QString("cancelled"));
        QVERIFY2(outside.waitForEvent("CALL_CLOSED", 5000) >= 0, qPrintable(outside.log()));
        QTest::qWait(3000);
        // agent1 still has the caller, both ways.
        QVERIFY(!s.phone.events("closed").size());
        QVERIFY(!s.agent.hasEvent("interaction.ended"));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 id);
        QVERIFY2(heard(s.phoneRecording(), 440, 700, cancelAtAnswer + 800.0, -1.0, &error),
                 qPrintable("agent1 after cancelling: " + error));
        QVERIFY2(heard(s.caller.decodedWav(), 1000, 700, cancelAtCall + 800.0,
                       cancelAtCall + 2800.0, &error),
                 qPrintable("caller after cancelling: " + error));
    }

    // A colleague (agent2, 1200 Hz) consulted: their phone rings and answers, they and agent1 talk
    // while the caller hears the music; completed, the call is agent2's (offered and accepted at
    // once, recorded on in the same file), agent1 is free without wrap-up.
    void consultAColleagueThenCompleteTheTransfer()
    {
        Scene sc;
        VoiceAgentScene &s = sc.s;
        QString error;
        s.outboundGateway = QString(); // a colleague needs no gateway
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        Colleague agent2;
        QVERIFY2(agent2.start(s, "agent2", 1200, &error), qPrintable(error));
        // Ready too (agent1's French is better: the call still goes to agent1).
        QVERIFY(agent2.cti.request("state.set", {{"state", "ready"}}).value("ok").toBool());
        QVERIFY2(s.setReady(&error) && s.startCaller(kCaller, 440, {}, &error) &&
                     s.dial("1920", &error),
                 qPrintable(error));
        sc.sinceCall.start();
        const QString id = s.agent.waitEvent("interaction.offered", 10000)
                               .value("interaction")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY2(!id.isEmpty() && s.phone.waitFor("established", 10000) >= 0 &&
                     !s.agent.waitEvent("interaction.accepted", 10000).isEmpty(),
                 qPrintable(s.log()));
        QTest::qWait(1000);

        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"agentId", "nobody"}})),
                 QString("not_found"));
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"agentId", "agent1"}})),
                 QString("bad_request"));
        QCOMPARE(errorCode(s.agent.request(
                     "interaction.consult",
                     {{"interactionId", id}, {"agentId", "agent2"}, {"number", kOutside}})),
                 QString("bad_request"));
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"agentId", "agent4"}})),
                 QString("conflict")); // not signed in
        // No gateway here: a number cannot be consulted.
        QCOMPARE(errorCode(s.agent.request("interaction.consult",
                                           {{"interactionId", id}, {"number", kOutside}})),
                 QString("conflict"));

        const int phoneFrom = int(s.phone.events().size());
        const double consultAtCall = double(sc.sinceCall.elapsed());
        QJsonObject r =
            s.agent.request("interaction.consult", {{"interactionId", id}, {"agentId", "agent2"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QCOMPARE(r.value("agentId").toString(), QString("agent2"));
        QCOMPARE(r.value("state").toString(), QString("ringing"));
        // agent2's desk learns who calls and about whom while their phone rings.
        const QJsonObject consulted = agent2.cti.waitEvent("interaction.consulted", 5000);
        QCOMPARE(consulted.value("interactionId").toString(), id);
        QCOMPARE(consulted.value("state").toString(), QString("ringing"));
        QCOMPARE(consulted.value("agentId").toString(), QString("agent1"));
        QVERIFY(!consulted.value("name").toString().isEmpty());
        QCOMPARE(consulted.value("queue").toString(), QString("general"));
        QVERIFY(!consulted.value("from").toString().isEmpty());
        QCOMPARE(consulted.value("customer").toObject().value("id").toString(),
                 QString("CUST-0001"));
        QVERIFY2(agent2.phone.waitFor("established", 10000) >= 0,
                 qPrintable(s.log() + agent2.phone.transcript()));
        QCOMPARE(agent2.cti.waitEvent("interaction.consulted", 5000).value("state").toString(),
                 QString("connected"));
        QElapsedTimer sinceAgent2; // agent2's WAV starts about here
        sinceAgent2.start();
        const QJsonObject connected = nextConsultEvent(s, "connected", 5000);
        QCOMPARE(connected.value("agentId").toString(), QString("agent2"));
        QVERIFY(!connected.value("name").toString().isEmpty());
        // On the consultation agent2 is busy for routing: a chat that comes now, which agent2
        // (ready, free) would otherwise be offered at once, waits.
        QVERIFY(!agent2.cti
                     .waitEventWhere("agent.state",
                                     [](const QJsonObject &e) {
                                         return e.value("state").toString() == "busy" &&
                                                e.value("reason").toString() == "consultation";
                                     })
                     .isEmpty());
        HttpClient http(s.server.httpBase());
        QVERIFY(!http.createInteraction("chat", "+22997000091", "Bonjour").isEmpty());
        QTest::qWait(2500);
        QVERIFY2(!agent2.cti.hasEvent("interaction.offered"),
                 "a chat reached the consulted agent2");

        const double completeAtCall = double(sc.sinceCall.elapsed());
        const double completeAtAgent2 = double(sinceAgent2.elapsed());
        r = s.agent.request("interaction.consult_complete", {{"interactionId", id}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(s.phone.waitFor("closed", 5000, {}, phoneFrom) >= 0, qPrintable(s.log()));
        QCOMPARE(s.agent.waitEvent("interaction.transferred", 5000).value("to").toString(),
                 QString("agent agent2"));
        QVERIFY(!s.agent.hasEvent("interaction.ended")); // free, no wrap-up
        QCOMPARE(agent2.cti.waitEvent("interaction.consulted", 5000).value("state").toString(),
                 QString("completed"));
        const QJsonObject offer = agent2.cti.waitEvent("interaction.offered", 5000);
        QCOMPARE(offer.value("interaction").toObject().value("id").toString(), id);
        QCOMPARE(offer.value("customer").toObject().value("id").toString(), QString("CUST-0001"));
        QCOMPARE(
            agent2.cti.waitEvent("interaction.accepted", 5000).value("interactionId").toString(),
            id);
        // agent2 holds it now: they may pause its recording, agent1 no longer may.
        QVERIFY(
            agent2.cti.request("interaction.recording", {{"interactionId", id}, {"pause", false}})
                .value("ok")
                .toBool());
        QCOMPARE(errorCode(s.agent.request("interaction.recording",
                                           {{"interactionId", id}, {"pause", true}})),
                 QString("not_found"));
        QTest::qWait(2500);
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(agent2.phone.waitFor("closed", 10000) >= 0, qPrintable(agent2.phone.transcript()));
        QCOMPARE(agent2.cti.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 id);

        QVERIFY2(
            onHold(s.caller.decodedWav(), consultAtCall + 1500.0, completeAtCall - 300.0, &error),
            qPrintable("caller on hold: " + error));
        QVERIFY2(heard(agent2.recording, 1000, 440, 500.0, completeAtAgent2 - 400.0, &error),
                 qPrintable("agent2 consulted: " + error));
        QVERIFY2(heard(agent2.recording, 440, 1000, completeAtAgent2 + 800.0, -1.0, &error),
                 qPrintable("agent2 with the caller: " + error));
        ToneCheck caller;
        QVERIFY2(caller.load(s.caller.decodedWav(), &error), qPrintable(error));
        caller.setWindowMs(completeAtCall + 800.0, caller.durationMs() - 300.0);
        QVERIFY2(caller.hasTone(1200, &error), qPrintable("caller with agent2: " + error));
        // One recording: agent1's part and agent2's.
        ToneCheck recording;
        QVERIFY2(recording.load(QDir(s.recordingsDir()).filePath(id + ".wav"), &error),
                 qPrintable(error));
        recording.setWindowMs(300.0);
        QVERIFY2(recording.energyShare(1000) > 0.05 && recording.energyShare(1200) > 0.05,
                 qPrintable(recording.describe()));
    }

    // The caller hangs up during the consultation: the interaction ends (wrap-up), the number
    // and agent1's phone are hung up.
    void theCallerHangingUpEndsTheConsultation()
    {
        BaresipProcess outside;
        BaresipProcess::Options o;
        o.user = kOutside;
        o.toneHz = 700;
        o.autoAnswer = true;
        QString error;
        QVERIFY2(outside.start(o, &error), qPrintable(error));
        Scene sc;
        VoiceAgentScene &s = sc.s;
        QVERIFY2(sc.start(QStringLiteral("127.0.0.1:%1").arg(outside.sipPort()), &error),
                 qPrintable(error));
        const QString id = sc.id;
        QJsonObject r =
            s.agent.request("interaction.consult", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        QVERIFY2(!nextConsultEvent(s, "connected", 10000).isEmpty(),
                 qPrintable(outside.log() + s.log()));
        QTest::qWait(1000);
        QVERIFY(s.caller.command("hangup"));
        const QJsonObject ended = nextConsultEvent(s, "ended", 5000);
        QCOMPARE(ended.value("reason").toString(), QString("call ended"));
        const QJsonObject wrapup = s.agent.waitEvent("interaction.ended", 5000);
        QCOMPARE(wrapup.value("interactionId").toString(), id);
        QVERIFY(!wrapup.contains("transferredTo"));
        QVERIFY2(outside.waitForEvent("CALL_CLOSED", 5000) >= 0, qPrintable(outside.log()));
        QVERIFY2(s.phone.waitFor("closed", 5000) >= 0, qPrintable(s.log()));
        QCOMPARE(errorCode(s.agent.request("interaction.consult_cancel", {{"interactionId", id}})),
                 QString("conflict"));
    }

    // The number rings on (sipp as the gateway): cancelled at transfer_ring_timeout (5 s), the
    // agent is told ("no answer") and has the caller again.
    void aNumberThatRingsOnBringsTheCallerBack()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed (Debian package sip-tester)");
        SippProcess gateway;
        const quint16 gatewayPort = SippProcess::freeUdpPort();
        QVERIFY(gateway.startServer(QStringLiteral("gateway_ring_no_answer.xml"), gatewayPort));
        Scene sc;
        VoiceAgentScene &s = sc.s;
        QString error;
        QVERIFY2(sc.start(QStringLiteral("127.0.0.1:%1").arg(gatewayPort), &error, 5),
                 qPrintable(error));
        const QString id = sc.id;
        QElapsedTimer ringing;
        ringing.start();
        const double consultAtCall = double(sc.sinceCall.elapsed());
        QJsonObject r =
            s.agent.request("interaction.consult", {{"interactionId", id}, {"number", kOutside}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(json(r) + s.log()));
        // Not answered: nothing to complete yet.
        QCOMPARE(
            errorCode(s.agent.request("interaction.consult_complete", {{"interactionId", id}})),
            QString("conflict"));
        const QJsonObject ended = nextConsultEvent(s, "ended", 10000);
        const qint64 endedAfterMs = ringing.elapsed();
        QVERIFY2(!ended.isEmpty(), qPrintable(s.log() + gateway.report()));
        QCOMPARE(ended.value("reason").toString(), QString("no answer"));
        QVERIFY2(endedAfterMs >= 5000 && endedAfterMs < 9000,
                 qPrintable(QString::number(endedAfterMs)));
        const double backAtCall = double(sc.sinceCall.elapsed());
        QVERIFY(gateway.waitForFinished(10000));
        QVERIFY2(gateway.succeeded(), qPrintable(gateway.report()));
        QTest::qWait(2500);
        QVERIFY(!s.phone.events("closed").size());
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
        QVERIFY2(
            onHold(s.caller.decodedWav(), consultAtCall + 800.0, consultAtCall + 3500.0, &error),
            qPrintable("caller while the number rang: " + error));
        QVERIFY2(heard(s.caller.decodedWav(), 1000, 700, backAtCall + 600.0, -1.0, &error),
                 qPrintable("caller back with agent1: " + error));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceConsult t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_consult.moc"

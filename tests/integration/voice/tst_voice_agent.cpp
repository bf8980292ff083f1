// The agent's side of a voice call through relais-dispatch, with real peers: baresip calls
// 1920 (the trunk), the server rings agent1's relais-phone (registered with the login's SIP
// credentials) and offers the call on agent1's CTI; answered, the server bridges the legs and
// records the call. Audio is checked by frequency in both directions (caller 440 Hz, agent
// 1000 Hz), and in the recording (fetched over the CTI too); hang-ups, refusals and no-answers
// end where routing says.
#include "RecordingFetch.h"
#include "TestEnv.h"
#include "ToneCheck.h"
#include "VoiceAgentScene.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

const QString kCaller = QStringLiteral("+22997000001"); // CUST-0001, with a history

// The received audio at `path` holds `hz` and not `other`, after the start-up stretch.
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

QJsonObject firstWaiting(CtiClient &sup)
{
    const QJsonArray w =
        sup.request("queue.waiting", {{"queue", "general"}}).value("interactions").toArray();
    return w.isEmpty() ? QJsonObject{} : w.first().toObject();
}

// The scene's server, a phone that does not answer by itself, a caller on 1920; the desk
// accepts the offer while the phone rings. Fails the test on the way if anything is missing.
void acceptOnTheDeskWhileThePhoneRings(VoiceAgentScene &s, QString *id)
{
    QString error;
    QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
    QVERIFY2(s.startPhone({false, 1000, {}}, &error), qPrintable(error));
    QVERIFY2(s.setReady(&error), qPrintable(error));
    QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
    QVERIFY2(s.dial("1920", &error), qPrintable(error));
    *id = s.agent.waitEvent("interaction.offered", 10000)
              .value("interaction")
              .toObject()
              .value("id")
              .toString();
    QVERIFY(s.agent.request("interaction.accept", {{"interactionId", *id}}).value("ok").toBool());
    QVERIFY2(s.phone.waitFor("incoming", 10000) >= 0, qPrintable(s.log()));
}

} // namespace

class TstVoiceAgent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (BaresipProcess::executable().isEmpty())
            QSKIP("baresip is not installed (Debian package baresip-core)");
    }

    // Same codec on both legs (PCMA): passthrough. The caller hangs up.
    void answeredCallIsBridgedRecordedAndEndsInWrapUp()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));

        // The offer carries the agent leg's Call-ID and the screen-pop.
        const QJsonObject offer = s.agent.waitEvent("interaction.offered", 10000);
        QVERIFY2(!offer.isEmpty(), qPrintable(s.log()));
        const QJsonObject ix = offer.value("interaction").toObject();
        const QString id = ix.value("id").toString();
        QCOMPARE(ix.value("channel").toString(), QString("voice"));
        QVERIFY(ix.value("from").toString().contains("97000001"));
        QVERIFY2(!ix.value("sipCallId").toString().isEmpty(),
                 qPrintable(QJsonDocument(offer).toJson()));
        QCOMPARE(offer.value("customer").toObject().value("id").toString(), QString("CUST-0001"));
        QVERIFY(offer.value("history").toArray().size() >= 5);

        // The phone rings with the interaction in X-Relais-Interaction, and answers.
        const int incoming = s.phone.waitFor("incoming", 10000);
        QVERIFY2(incoming >= 0, qPrintable(s.log()));
        QCOMPARE(s.phone.events().at(incoming).value("interaction").toString(), id);
        QVERIFY(s.phone.events().at(incoming).value("from").toString().contains("97000001"));
        QVERIFY2(s.phone.waitFor("established", 10000) >= 0, qPrintable(s.log()));
        QVERIFY2(!s.agent.waitEvent("interaction.accepted", 10000).isEmpty(), qPrintable(s.log()));

        QElapsedTimer bridged;
        bridged.start();
        QTest::qWait(2500);
        // A card number is read out: the recording pauses for 1.5 s.
        QJsonObject r =
            s.agent.request("interaction.recording", {{"interactionId", id}, {"pause", true}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        QCOMPARE(r.value("paused").toBool(), true);
        QCOMPARE(s.agent.waitEvent("interaction.recording").value("paused").toBool(), true);
        QTest::qWait(1500);
        QVERIFY(s.agent.request("interaction.recording", {{"interactionId", id}, {"pause", false}})
                    .value("ok")
                    .toBool());
        QCOMPARE(
            s.agent.request("interaction.recording", {{"interactionId", "nope"}, {"pause", true}})
                .value("error")
                .toObject()
                .value("code")
                .toString(),
            QString("not_found"));
        QCOMPARE(s.agent.request("interaction.recording", {{"interactionId", id}})
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QString("bad_request"));
        // Still being written: not handed out yet.
        QCOMPARE(RecordingFetch::errorCode(
                     s.agent.request("recording.get", {{"interactionId", id}, {"kind", "call"}})),
                 QString("conflict"));
        QTest::qWait(1500);
        QVERIFY(s.caller.command("hangup"));
        const qint64 bridgedMs = bridged.elapsed();
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
        const QJsonObject ended = s.agent.waitEvent("interaction.ended", 10000);
        QCOMPARE(ended.value("interactionId").toString(), id);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));
        // Over: nothing left to pause.
        QCOMPARE(s.agent.request("interaction.recording", {{"interactionId", id}, {"pause", true}})
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QString("conflict"));

        QVERIFY2(heard(s.caller.decodedWav(), 1000, 440, &error),
                 qPrintable("caller: " + error + "\n" + s.log()));
        QVERIFY2(heard(s.phoneRecording(), 440, 1000, &error),
                 qPrintable("agent: " + error + "\n" + s.log()));
        QVERIFY2(s.log().contains("passthrough"), qPrintable(s.log()));

        // The server's recording holds both voices.
        const QString recording = QDir(s.recordingsDir()).filePath(id + ".wav");
        ToneCheck check;
        QVERIFY2(check.load(recording, &error), qPrintable(error + "\n" + s.log()));
        QVERIFY2(check.durationMs() > 3000, qPrintable(check.describe()));
        // The paused stretch is not in it.
        QVERIFY2(check.durationMs() < bridgedMs - 1000,
                 qPrintable(QStringLiteral("%1 ms recorded of %2 ms bridged")
                                .arg(check.durationMs())
                                .arg(bridgedMs)));
        check.setWindowMs(800.0, check.durationMs() - 200.0);
        QVERIFY2(check.energyShare(440) > 0.2, qPrintable(check.describe()));
        QVERIFY2(check.energyShare(1000) > 0.2, qPrintable(check.describe()));
        // The agent hears their own call from the desk: the same bytes over the CTI.
        QFile file(recording);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const RecordingFetch fetched = RecordingFetch::run(s.agent, id, "call");
        QVERIFY2(fetched.ok, qPrintable(QJsonDocument(fetched.lastReply).toJson()));
        QCOMPARE(fetched.bytes, file.readAll());
        QCOMPARE(fetched.lastReply.value("kind").toString(), QString("call"));

        // Listed on the interaction: the wrap-up makes it the customer's newest contact.
        const QString code = QStringLiteral("resolved"); // a demo wrap-up code
        r = s.agent.request("interaction.wrapup", {{"interactionId", id}, {"disposition", code}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
        const QJsonObject newest =
            s.agent.request("customer.history", {{"customerId", "CUST-0001"}})
                .value("history")
                .toArray()
                .first()
                .toObject();
        QCOMPARE(newest.value("interactionId").toString(), id);
        QCOMPARE(newest.value("recording").toString(), id + ".wav");
    }

    // PCMU from the caller, PCMA to the phone: transcoding. The agent hangs up.
    void transcodedCallEndsWhenTheAgentHangsUp()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        // A phone that speaks A-law only: the bridge converts (the caller speaks µ-law only).
        VoiceAgentScene::PhoneOptions alawOnly;
        alawOnly.codecs = QStringLiteral("PCMA");
        QVERIFY2(s.startPhone(alawOnly, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, "PCMU", &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        QVERIFY2(s.phone.waitFor("established", 10000) >= 0, qPrintable(s.log()));
        const QString id = s.agent.waitEvent("interaction.offered", 5000)
                               .value("interaction")
                               .toObject()
                               .value("id")
                               .toString();
        QTest::qWait(3500);
        s.phone.command("hangup");
        QVERIFY2(s.caller.waitForEvent("CALL_CLOSED", 10000) >= 0, qPrintable(s.log()));
        const QJsonObject ended = s.agent.waitEvent("interaction.ended", 10000);
        QCOMPARE(ended.value("interactionId").toString(), id);
        QCOMPARE(ended.value("state").toString(), QString("wrap_up"));
        QVERIFY2(s.log().contains("transcoding"), qPrintable(s.log()));
        QVERIFY2(heard(s.caller.decodedWav(), 1000, 440, &error),
                 qPrintable("caller: " + error + "\n" + s.log()));
        QVERIFY2(heard(s.phoneRecording(), 440, 1000, &error),
                 qPrintable("agent: " + error + "\n" + s.log()));
    }

    // A queue set not to record (record = false): the call is bridged as usual, no file is
    // written, and there is no recording to pause.
    void aQueueThatDoesNotRecordWritesNoFile()
    {
        VoiceAgentScene s;
        s.configEdits.append({QStringLiteral("^announcement_interval = 20\\nrecord = true$"),
                              QStringLiteral("announcement_interval = 20\nrecord = false")});
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        QVERIFY2(s.phone.waitFor("established", 10000) >= 0, qPrintable(s.log()));
        const QString id = s.agent.waitEvent("interaction.offered", 5000)
                               .value("interaction")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY2(!s.agent.waitEvent("interaction.accepted", 10000).isEmpty(), qPrintable(s.log()));
        QCOMPARE(s.agent.request("interaction.recording", {{"interactionId", id}, {"pause", true}})
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QString("conflict"));
        QTest::qWait(2500);
        QVERIFY(s.caller.command("hangup"));
        QCOMPARE(s.agent.waitEvent("interaction.ended", 10000).value("interactionId").toString(),
                 id);
        QVERIFY2(heard(s.phoneRecording(), 440, 1000, &error),
                 qPrintable("agent: " + error + "\n" + s.log()));
        QVERIFY2(QDir(s.recordingsDir()).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(s.recordingsDir()).entryList(QDir::Files).join(", ")));
    }

    // Nobody answers the phone: CANCEL at the offer timeout, the agent not_ready no_answer, and
    // the call back at the head of the queue (the caller still connected).
    void unansweredPhoneIsCancelledAndTheCallGoesBackToTheQueue()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({false, 1000, {}}, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        const QString id = s.agent.waitEvent("interaction.offered", 10000)
                               .value("interaction")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY2(!id.isEmpty(), qPrintable(s.log()));
        QVERIFY2(s.phone.waitFor("incoming", 10000) >= 0, qPrintable(s.log()));
        const QJsonObject revoked = s.agent.waitEvent("interaction.revoked", 10000);
        QCOMPARE(revoked.value("reason").toString(), QString("timeout"));
        QVERIFY2(s.phone.waitFor("closed", 5000) >= 0, qPrintable(s.log()));
        QVERIFY(!s.agent
                     .waitEventWhere(
                         "agent.state",
                         [](const QJsonObject &e) {
                             return e.value("state").toString() == "not_ready" &&
                                    e.value("reason").toString() == "no_answer";
                         },
                         5000)
                     .isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(firstWaiting(s.supervisor).value("id").toString(), id, 5000);
        QCOMPARE(firstWaiting(s.supervisor).value("state").toString(), QString("queued"));
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(s.caller.command("hangup"));
    }

    // The desk accepts the offer at once, then the phone refuses the call: the caller is not left
    // on the line with nobody — back in the queue, still connected, the agent paused no_answer.
    void aPhoneThatRefusesAfterTheDeskAcceptedGivesTheCallerBack()
    {
        VoiceAgentScene s;
        QString id;
        acceptOnTheDeskWhileThePhoneRings(s, &id);
        if (QTest::currentTestFailed())
            return;
        s.phone.command("hangup");
        QTRY_COMPARE_WITH_TIMEOUT(firstWaiting(s.supervisor).value("id").toString(), id, 5000);
        const QJsonObject paused = s.agent.waitEventWhere(
            "agent.state", [](const QJsonObject &o) { return o.value("reason") == "no_answer"; },
            5000);
        QCOMPARE(paused.value("state").toString(), QString("not_ready"));
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(s.caller.command("hangup"));
    }

    // The desk accepts, then ends the interaction before the phone answered: the caller is hung
    // up with it, not left hearing the queue's music for ever.
    void endedOnTheDeskBeforeThePhoneAnsweredHangsUpTheCaller()
    {
        VoiceAgentScene s;
        QString id;
        acceptOnTheDeskWhileThePhoneRings(s, &id);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(s.agent.request("interaction.end", {{"interactionId", id}}).value("ok").toBool());
        QVERIFY2(s.caller.waitForEvent("CALL_CLOSED", 10000) >= 0, qPrintable(s.log()));
        QVERIFY2(s.phone.waitFor("closed", 10000) >= 0, qPrintable(s.log()));
    }

    // The agent's phone refuses (486): the reject — back to the queue, never to them again.
    void refusedOnThePhoneIsTheReject()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({false, 1000, {}}, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        QVERIFY2(s.phone.waitFor("incoming", 10000) >= 0, qPrintable(s.log()));
        s.phone.command("hangup");
        const QJsonObject revoked = s.agent.waitEvent("interaction.revoked", 5000);
        QCOMPARE(revoked.value("reason").toString(), QString("rejected"));
        QTRY_COMPARE_WITH_TIMEOUT(firstWaiting(s.supervisor).value("state").toString(),
                                  QString("queued"), 5000);
        QVERIFY(s.caller.command("hangup"));
    }

    // The server's legs are G.711 only (its recordings are 8 kHz G.711): a phone that has Opus
    // alone cannot take the call. Its answer to the offer is 488, nothing is bridged or
    // recorded, and the caller waits in the queue for another agent.
    void opusOnlyPhoneCannotTakeTheCall()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        VoiceAgentScene::PhoneOptions opusOnly;
        opusOnly.codecs = QStringLiteral("opus");
        QVERIFY2(s.startPhone(opusOnly, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        const QString id = s.agent.waitEvent("interaction.offered", 10000)
                               .value("interaction")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY2(!id.isEmpty(), qPrintable(s.log()));
        QVERIFY2(!s.agent.waitEvent("interaction.revoked", 10000).isEmpty(), qPrintable(s.log()));
        QTRY_COMPARE_WITH_TIMEOUT(firstWaiting(s.supervisor).value("id").toString(), id, 5000);
        QCOMPARE(firstWaiting(s.supervisor).value("state").toString(), QString("queued"));
        QVERIFY2(s.log().contains("closed: \"488 Not Acceptable Here\""), qPrintable(s.log()));
        QVERIFY2(!s.log().contains("bridged"), qPrintable(s.log()));
        QVERIFY(QDir(s.recordingsDir()).entryList({"*.wav"}).isEmpty());
        QVERIFY(!s.caller.hasEvent("CALL_CLOSED"));
        QVERIFY(s.caller.command("hangup"));
    }

    // The caller hangs up while the agent's phone rings: CANCEL, and the call is abandoned.
    void callerWhoHangsUpWhileRingingIsAbandoned()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.startPhone({false, 1000, {}}, &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        QVERIFY2(s.phone.waitFor("incoming", 10000) >= 0, qPrintable(s.log()));
        QVERIFY(s.caller.command("hangup"));
        QVERIFY2(s.phone.waitFor("closed", 5000) >= 0, qPrintable(s.log()));
        const QJsonObject revoked = s.agent.waitEvent("interaction.revoked", 5000);
        QCOMPARE(revoked.value("reason").toString(), QString("abandoned"));
    }

    // Ready without a registered phone: no voice offer; the phone registers, the call comes.
    void agentWithoutAPhoneIsNotOfferedVoice()
    {
        VoiceAgentScene s;
        QString error;
        QVERIFY2(s.startServer("agent1", &error), qPrintable(error));
        QVERIFY2(s.setReady(&error), qPrintable(error));
        QVERIFY2(s.startCaller(kCaller, 440, {}, &error), qPrintable(error));
        QVERIFY2(s.dial("1920", &error), qPrintable(error));
        QTest::qWait(1500);
        QVERIFY(!s.agent.hasEvent("interaction.offered"));
        QCOMPARE(firstWaiting(s.supervisor).value("state").toString(), QString("queued"));
        QVERIFY2(s.startPhone({}, &error), qPrintable(error));
        QVERIFY2(!s.agent.waitEvent("interaction.offered", 10000).isEmpty(), qPrintable(s.log()));
        QVERIFY2(s.phone.waitFor("established", 10000) >= 0, qPrintable(s.log()));
        QVERIFY(s.caller.command("hangup"));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceAgent t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_agent.moc"

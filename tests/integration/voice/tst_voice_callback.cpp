// Overflow to callback with real SIP trunk peers (sipp): queue general overflows after 2 s and
// offers a callback. Caller A presses 1 (RFC 4733), records a request after the beep
// (g711a.pcap), presses #, hears the thank-you and is hung up on; caller B, queued after A,
// presses nothing and keeps waiting. A supervisor then sees A's `callback` interaction first in
// the queue (A's place kept), with A's number and a recording that exists and holds speech;
// the agent who becomes ready is offered it, recording included. Hanging up while recording
// keeps the request if the caller had spoken, else the call counts as abandoned. The agent
// offered the callback fetches the request over the CTI (recording.get): the bytes are the
// file's, a longer file comes in several chunks, and who may not hear it is refused.
#include "CtiClient.h"
#include "RecordingFetch.h"
#include "ServerProcess.h"
#include "SippProcess.h"
#include "TestEnv.h"
#include "WavFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <cmath>

namespace {

QJsonArray waiting(CtiClient &c)
{
    return c.request("queue.waiting", {{"queue", "general"}}).value("interactions").toArray();
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson());
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson());
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The error code of recording.get with these fields.
QString refusal(CtiClient &c, const QJsonObject &fields)
{
    return RecordingFetch::errorCode(c.request("recording.get", fields));
}

int abandonedInGeneral(const QJsonObject &stats)
{
    for (const QJsonValue &q : stats.value("queues").toArray()) {
        if (q.toObject().value("name").toString() == "general")
            return q.toObject().value("abandoned").toInt();
    }
    return -1;
}

// The demo site with queue general overflowing to callback after 2 s, recordings in `dir`.
QString callbackConfig(QTemporaryDir &dir, const QString &recordings)
{
    return TestEnv::demoConfigWith(
        dir, {{R"(overflow_delay = 10$)", QStringLiteral("overflow_delay = 2")},
              {R"(^trunk_gateways = .*$)",
               QStringLiteral("trunk_gateways = [\"192.0.2.10\"]\nrecordings_dir = \"%1\"")
                   .arg(recordings)}});
}

} // namespace

class TstVoiceCallback : public QObject
{
    Q_OBJECT
private slots:
    void overflowRecordsACallbackThatKeepsItsPlace()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_callback", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        const QString recordings = dir.filePath("recordings");
        const QString config = callbackConfig(dir, recordings);
        ServerProcess server;
        QVERIFY2(server.start(db, {"--config", config}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY(port);
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());

        SippProcess a;
        QVERIFY(a.startClient("trunk_callback.xml", port, SippProcess::freeUdpPort(),
                              {"-mp", QString::number(SippProcess::freeUdpPort())}));
        QTRY_COMPARE_WITH_TIMEOUT(waiting(sup).size(), 1, 10000);
        const QString idA = waiting(sup).at(0).toObject().value("id").toString();
        SippProcess b;
        QVERIFY(b.startClient("trunk_hold.xml", port, SippProcess::freeUdpPort(),
                              {"-mp", QString::number(SippProcess::freeUdpPort()), "-d", "25000"}));
        QTRY_COMPARE_WITH_TIMEOUT(waiting(sup).size(), 2, 10000);

        // A is thanked and hung up on by the server; the scenario checks the BYE.
        QVERIFY(a.waitForFinished(40000));
        QVERIFY2(a.succeeded(), qPrintable(a.report() + server.output()));

        const QJsonArray callbacks =
            sup.request("callback.list", {{"scope", "queue"}, {"queue", "general"}})
                .value("callbacks")
                .toArray();
        QVERIFY2(callbacks.size() == 1, qPrintable(json(callbacks) + server.output()));
        const QJsonObject cb = callbacks.at(0).toObject();
        QCOMPARE(cb.value("interactionId").toString(), idA);
        QCOMPARE(cb.value("state").toString(), QString("waiting"));
        QVERIFY2(cb.value("number").toString().endsWith("97000046"), qPrintable(json(callbacks)));
        const QString path = QUrl(cb.value("recordingUrl").toString()).toLocalFile();
        QVERIFY2(QFileInfo(path).absolutePath() == QDir(recordings).absolutePath(),
                 qPrintable(json(callbacks)));
        WavFile wav;
        QVERIFY2(wav.load(path, &error), qPrintable(error));
        // The 7 s request, cut by # (not by the 60 s limit), not silence.
        QVERIFY2(wav.durationMs() > 3000 && wav.durationMs() < 12000,
                 qPrintable(QString::number(wav.durationMs())));
        double sum = 0;
        for (float s : wav.samples())
            sum += double(s) * s;
        const double rms = std::sqrt(sum / double(wav.samples().size()));
        QVERIFY2(rms > 0.01, qPrintable(QStringLiteral("recording RMS %1").arg(rms)));

        // A's place is kept: the callback first, then B still waiting (it pressed nothing).
        const QJsonArray now = waiting(sup);
        QVERIFY2(now.size() == 2, qPrintable(json(now)));
        QCOMPARE(now.at(0).toObject().value("id").toString(), idA);
        QCOMPARE(now.at(0).toObject().value("channel").toString(), QString("callback"));
        QCOMPARE(now.at(1).toObject().value("channel").toString(), QString("voice"));
        QVERIFY2(json(now).contains("97000047"), qPrintable(json(now)));

        // The first agent ready is offered the callback with the recording.
        CtiClient agent;
        QVERIFY(agent.open(server.ctiUrl()));
        QVERIFY(agent.login("agent1").value("ok").toBool());
        QVERIFY(agent.request("state.set", {{"state", "ready"}}).value("ok").toBool());
        const QJsonObject offer = agent.waitEvent("interaction.offered", 10000);
        QCOMPARE(offer.value("interaction").toObject().value("id").toString(), idA);
        QCOMPARE(offer.value("callback").toObject().value("recordingUrl").toString(),
                 cb.value("recordingUrl").toString());
        QVERIFY(offer.value("callback").toObject().value("hasRecording").toBool());
        checkRecordingOverCti(server, agent, sup, idA, path, dir);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(b.waitForFinished(40000));
        QVERIFY2(b.succeeded(), qPrintable(b.report()));
        QVERIFY(server.terminate());
    }

    // Hung up 4 s into the request: the request is kept and the callback made; hung up right
    // after the beep: no callback, no file, the call counts as abandoned.
    void hangUpWhileRecording_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("spoke");
        QTest::newRow("after speaking") << "trunk_callback_hangup.xml" << true;
        QTest::newRow("before a word") << "trunk_callback_silent_hangup.xml" << false;
    }

    void hangUpWhileRecording()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, spoke);
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_callback_hangup", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        const QString recordings = dir.filePath("recordings");
        ServerProcess server;
        QVERIFY2(server.start(db, {"--config", callbackConfig(dir, recordings)}),
                 qPrintable(server.output()));
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());

        SippProcess sipp;
        QVERIFY(sipp.startClient(scenario, server.sipPort(), SippProcess::freeUdpPort(),
                                 {"-mp", QString::number(SippProcess::freeUdpPort())}));
        QVERIFY(sipp.waitForFinished(40000));
        QVERIFY2(sipp.succeeded(), qPrintable(sipp.report()));

        // The subscription's snapshot has today's counters.
        const int expectedAbandoned = spoke ? 0 : 1;
        int abandoned = -1;
        for (int i = 0; i < 20 && abandoned != expectedAbandoned; ++i) {
            QTest::qWait(250);
            sup.clearEvents();
            sup.request("supervise.subscribe", {{"queues", QJsonArray{"general"}}});
            abandoned = abandonedInGeneral(sup.waitEvent("stats.queues", 2000));
        }
        QVERIFY2(abandoned == expectedAbandoned,
                 qPrintable(QStringLiteral("%1 abandoned\n").arg(abandoned) + server.output()));
        const QJsonArray callbacks =
            sup.request("callback.list", {{"scope", "queue"}, {"queue", "general"}})
                .value("callbacks")
                .toArray();
        const QStringList files = QDir(recordings).entryList({"*.wav"}, QDir::Files);
        if (!spoke) {
            QVERIFY2(callbacks.isEmpty(), qPrintable(json(callbacks)));
            QVERIFY2(files.isEmpty(), qPrintable(files.join(' ')));
            QVERIFY(waiting(sup).isEmpty());
            QVERIFY(server.terminate());
            return;
        }
        QVERIFY2(callbacks.size() == 1, qPrintable(json(callbacks) + server.output()));
        const QJsonObject cb = callbacks.at(0).toObject();
        QVERIFY2(cb.value("number").toString().endsWith("97000048"), qPrintable(json(callbacks)));
        WavFile wav;
        QVERIFY2(wav.load(QUrl(cb.value("recordingUrl").toString()).toLocalFile(), &error),
                 qPrintable(error));
        // About the 4 s said before hanging up (the start is lost to the beep's hand-over).
        QVERIFY2(wav.durationMs() > 1500 && wav.durationMs() < 6000,
                 qPrintable(QString::number(wav.durationMs())));
        const QJsonArray now = waiting(sup);
        QVERIFY2(now.size() == 1 && now.at(0).toObject().value("channel") == "callback",
                 qPrintable(json(now)));
        QVERIFY(server.terminate());
    }

private:
    // The agent offered the callback hears the request from another workstation: recording.get.
    void checkRecordingOverCti(ServerProcess &server, CtiClient &agent, CtiClient &sup,
                               const QString &id, const QString &path, QTemporaryDir &dir)
    {
        const QByteArray onDisk = contents(path);
        QVERIFY(!onDisk.isEmpty());
        RecordingFetch f = RecordingFetch::run(agent, id);
        QVERIFY2(f.ok, qPrintable(json(f.lastReply) + server.output()));
        QCOMPARE(f.lastReply.value("kind").toString(), QString("request"));
        QCOMPARE(f.lastReply.value("format").toString(), QString("audio/wav"));
        QCOMPARE(f.size, qint64(onDisk.size()));
        QCOMPARE(f.bytes, onDisk);
        // 128 KiB of the file at most per chunk (about 8 s of 8 kHz 16-bit mono).
        QCOMPARE(f.chunks, int((onDisk.size() + 128 * 1024 - 1) / (128 * 1024)));

        // A supervisor may too; a trainer (no agent, no supervisor) may not.
        QVERIFY(RecordingFetch::run(sup, id, "request").bytes == onDisk);
        CtiClient trainer;
        QVERIFY(trainer.open(server.ctiUrl()));
        QVERIFY(trainer.login("trainer1").value("ok").toBool());
        QCOMPARE(refusal(trainer, {{"interactionId", id}}), QString("forbidden"));

        // Bad requests and unknown things, and the server keeps serving.
        QCOMPARE(refusal(agent, {{"interactionId", id}, {"kind", "video"}}),
                 QString("bad_request"));
        QCOMPARE(refusal(agent, {{"interactionId", id}, {"offset", -1}}), QString("bad_request"));
        QCOMPARE(refusal(agent, {{"interactionId", id}, {"offset", "0"}}), QString("bad_request"));
        QCOMPARE(refusal(agent, {{"interactionId", id}, {"offset", onDisk.size() + 1}}),
                 QString("bad_request"));
        QCOMPARE(refusal(agent, {{"interactionId", "../../etc/passwd"}}), QString("bad_request"));
        QCOMPARE(refusal(agent, {{"interactionId", "no-such-interaction"}}), QString("not_found"));
        // The caller never reached an agent: no call recording.
        QCOMPARE(refusal(agent, {{"interactionId", id}, {"kind", "call"}}), QString("not_found"));
        const QJsonObject atEnd =
            agent.request("recording.get", {{"interactionId", id}, {"offset", onDisk.size()}});
        QVERIFY2(atEnd.value("ok").toBool() && atEnd.value("last").toBool() &&
                     atEnd.value("data").toString().isEmpty(),
                 qPrintable(json(atEnd)));

        // A longer request (30 s placed in the folder) comes in several chunks, each well under
        // the 256 KiB frame limit once in base64.
        QVERIFY(WavFile::writeTone(path, 8000, 440, 30000));
        const QByteArray longer = contents(path);
        QVERIFY(longer.size() > 3 * 128 * 1024);
        f = RecordingFetch::run(agent, id);
        QVERIFY2(f.ok, qPrintable(json(f.lastReply)));
        QCOMPARE(f.bytes, longer);
        QCOMPARE(f.chunks, int((longer.size() + 128 * 1024 - 1) / (128 * 1024)));
        QJsonObject second =
            agent.request("recording.get", {{"interactionId", id}, {"offset", 128 * 1024}});
        QCOMPARE(second.value("offset").toInt(), 128 * 1024);
        QCOMPARE(second.value("last").toBool(), false);
        QVERIFY(QJsonDocument(second).toJson(QJsonDocument::Compact).size() < 200 * 1024);

        // A link out of the folder is not followed; a deleted file is no longer offered.
        const QString outside = dir.filePath("secret.wav");
        QVERIFY(WavFile::writeTone(outside, 8000, 1000, 500));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(outside, path));
        QCOMPARE(refusal(agent, {{"interactionId", id}}), QString("not_found"));
        QVERIFY(QFile::remove(path));
        QCOMPARE(refusal(agent, {{"interactionId", id}}), QString("not_found"));
        const QJsonObject listed =
            sup.request("callback.list", {{"scope", "queue"}, {"queue", "general"}})
                .value("callbacks")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(listed.value("hasRecording").toBool(), false);
        QVERIFY(listed.contains("recordingUrl")); // kept, for older desks
        QVERIFY(agent.request("ping").value("ok").toBool());
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceCallback t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_callback.moc"

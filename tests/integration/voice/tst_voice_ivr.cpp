// The demo IVR driven by a real SIP trunk peer (sipp), with SIP INFO digits and with RFC 4733
// telephone-events: 2 (English) then 1 (an adviser) puts the caller in queue english, with
// their number; hanging up abandons it. Calling again, the caller is not asked their language.
#include "CtiClient.h"
#include "ServerProcess.h"
#include "SippProcess.h"
#include "TestEnv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstVoiceIvr : public QObject
{
    Q_OBJECT
private slots:
    void digitsChooseEnglishThenAnAdviser_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("number");
        QTest::newRow("SIP INFO") << "trunk_ivr_info.xml"
                                  << "95000044";
        QTest::newRow("RFC 4733") << "trunk_ivr_rfc4733.xml"
                                  << "95000045";
    }

    void digitsChooseEnglishThenAnAdviser()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, number);
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_ivr", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY2(port != 0, qPrintable(server.output()));
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());

        SippProcess sipp;
        QVERIFY(sipp.startClient(scenario, port, SippProcess::freeUdpPort(),
                                 {"-mp", QString::number(SippProcess::freeUdpPort())}));
        QJsonArray waiting;
        QTRY_COMPARE_WITH_TIMEOUT((waiting = sup.request("queue.waiting", {{"queue", "english"}})
                                                 .value("interactions")
                                                 .toArray())
                                      .size(),
                                  1, 10000);
        QVERIFY2(QJsonDocument(waiting).toJson().contains(number.toUtf8()),
                 QJsonDocument(waiting).toJson().constData());
        QCOMPARE(sup.request("queue.waiting", {{"queue", "general"}})
                     .value("interactions")
                     .toArray()
                     .size(),
                 0);
        QVERIFY(sipp.waitForFinished(20000));
        QVERIFY2(sipp.succeeded(), qPrintable(sipp.report()));
        QTRY_COMPARE_WITH_TIMEOUT(sup.request("queue.waiting", {{"queue", "english"}})
                                      .value("interactions")
                                      .toArray()
                                      .size(),
                                  0, 10000);
        QVERIFY(server.terminate());
    }

    // The first call chose English; the second one's lone 1 is the English menu's "an adviser".
    void returningCallerSkipsTheLanguageMenu()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_ivr_returning", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());
        const auto waitingIn = [&](const char *queue) {
            return sup.request("queue.waiting", {{"queue", queue}}).value("interactions").toArray();
        };
        for (const char *scenario : {"trunk_ivr_info.xml", "trunk_ivr_returning.xml"}) {
            SippProcess sipp;
            QVERIFY(sipp.startClient(scenario, port, SippProcess::freeUdpPort()));
            QTRY_COMPARE_WITH_TIMEOUT(waitingIn("english").size(), 1, 10000);
            QCOMPARE(waitingIn("general").size(), 0);
            QVERIFY(sipp.waitForFinished(20000));
            QVERIFY2(sipp.succeeded(), qPrintable(sipp.report()));
            QTRY_COMPARE_WITH_TIMEOUT(waitingIn("english").size(), 0, 10000);
        }
        QVERIFY(server.terminate());
    }

    // Hanging up during the IVR's prompt ends the call cleanly: nothing is queued, and the
    // next caller is served as usual.
    void hangUpInTheIvr()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_ivr_hangup", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());
        SippProcess early;
        QVERIFY(early.startClient("trunk_ivr_hangup.xml", port, SippProcess::freeUdpPort()));
        QVERIFY(early.waitForFinished(20000));
        QVERIFY2(early.succeeded(), qPrintable(early.report()));
        QTest::qWait(7000); // past the prompt and its timeout: nothing may wake up for it
        for (const char *queue : {"general", "english", "technique"})
            QCOMPARE(sup.request("queue.waiting", {{"queue", queue}})
                         .value("interactions")
                         .toArray()
                         .size(),
                     0);
        SippProcess next;
        QVERIFY(next.startClient("trunk_ivr_info.xml", port, SippProcess::freeUdpPort()));
        QTRY_COMPARE_WITH_TIMEOUT(sup.request("queue.waiting", {{"queue", "english"}})
                                      .value("interactions")
                                      .toArray()
                                      .size(),
                                  1, 10000);
        QVERIFY(next.waitForFinished(20000));
        QVERIFY(server.terminate());
    }

    // French, then 3 (information): the self-care message plays to its end, then the server
    // hangs up; the caller never waits in a queue.
    void selfCareLeafPlaysItsMessageAndHangsUp()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_ivr_selfcare", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        CtiClient sup;
        QVERIFY(sup.open(server.ctiUrl()));
        QVERIFY(sup.login("supervisor1").value("ok").toBool());
        QElapsedTimer call;
        call.start();
        SippProcess sipp;
        QVERIFY(sipp.startClient("trunk_ivr_selfcare.xml", port, SippProcess::freeUdpPort(),
                                 {"-mp", QString::number(SippProcess::freeUdpPort())}));
        for (int i = 0; i < 8; ++i) { // while the message plays: nobody is queued
            QTest::qWait(500);
            for (const char *queue : {"general", "english", "technique"})
                QCOMPARE(sup.request("queue.waiting", {{"queue", queue}})
                             .value("interactions")
                             .toArray()
                             .size(),
                         0);
        }
        QVERIFY(sipp.waitForFinished(45000));
        QVERIFY2(sipp.succeeded(), qPrintable(sipp.report()));
        // The language prompt was cut short by the digits; the message itself is about 10 s.
        QVERIFY2(call.elapsed() > 6000, qPrintable(QString::number(call.elapsed())));
        QVERIFY(server.terminate());
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoiceIvr t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_ivr.moc"

// The link's bad days against real relais-dispatch processes: the server killed and restarted
// on the same port and database (the desk reconnects, resumes, the open chat is still there and
// the reply written meanwhile goes out), the server frozen (the heartbeat notices), and the
// server gone for good (the desk fails over to the next server of its list).
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include <relais/app/ConversationModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace relais::app;
using State = CtiClient::ConnectionState;

namespace {
constexpr int kLong = 30000;

bool saw(const QSignalSpy &spy, State state)
{
    for (const QList<QVariant> &args : spy) {
        if (args.value(0).value<State>() == state)
            return true;
    }
    return false;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

CtiTimings testTimings()
{
    CtiTimings t;
    t.connectTimeoutMs = 3000;
    t.heartbeatIntervalMs = 1000;
    t.heartbeatTimeoutMs = 2000;
    t.backoffInitialMs = 200;
    t.backoffMaxMs = 1000;
    t.attemptsPerServer = 3;
    return t;
}
} // namespace

class TestAppcoreFailover : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;

    void freshServer(const QString &name, const QStringList &extra = {})
    {
        QString error;
        m_db = TestEnv::freshDatabase(name, m_dir, &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(m_db, extra), qPrintable(m_server.output()));
    }

    // Logs agent1 in, ready, and brings one chat to the active state; returns its id.
    QString activeChat(DeskCore &desk)
    {
        desk.session()->login("agent1", "demo");
        if (!QTest::qWaitFor([&] { return desk.session()->isLoggedIn(); }, kLong))
            return {};
        desk.session()->setReady();
        if (!QTest::qWaitFor([&] { return desk.session()->stateWireName() == "ready"; }, kLong))
            return {};
        HttpClient http(m_server.httpBase());
        const QString id =
            http.createInteraction("chat", "+22997000031", "Bonjour, ma carte est bloquée");
        InteractionHub *hub = desk.interactions();
        if (id.isEmpty() ||
            !QTest::qWaitFor([&] { return hub->offer()->interactionId() == id; }, kLong))
            return {};
        hub->offer()->accept();
        if (!QTest::qWaitFor([&] { return hub->currentState() == "active"; }, kLong))
            return {};
        return id;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_server.kill(); }

    void aKilledServerComesBackAndTheChatResumes()
    {
        const quint16 port = freePort();
        freshServer("appcore_restart", {"--listen-cti", QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(m_server.ctiPort(), port);
        DeskCore desk;
        desk.cti()->setTimings(testTimings());
        QVERIFY(desk.setServers(m_server.ctiUrl()));
        const QString id = activeChat(desk);
        QVERIFY(!id.isEmpty());
        InteractionHub *hub = desk.interactions();
        QSignalSpy states(desk.cti(), &CtiClient::stateChanged);
        QSignalSpy resumed(desk.cti(), &CtiClient::resumed);

        m_server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(saw(states, State::Reconnecting), kLong);
        QVERIFY(desk.session()->isLoggedIn()); // a lost link is not a logout
        QVERIFY(!desk.cti()->statusText().isEmpty());
        // The agent keeps typing: the reply waits for the link.
        hub->sendMessage(QStringLiteral("Je débloque votre carte, un instant."));
        QCOMPARE(hub->conversation()->rowCount(), 2);
        QCOMPARE(hub->conversation()->index(1).data(ConversationModel::SendStateRole).toInt(),
                 int(ConversationModel::SendState::Pending));

        QVERIFY2(m_server.start(m_db, {"--listen-cti", QStringLiteral("127.0.0.1:%1").arg(port)}),
                 qPrintable(m_server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(desk.cti()->state(), State::Connected, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, kLong);
        QVERIFY(desk.session()->isLoggedIn());
        QCOMPARE(hub->interactions()->rowCount(), 1);
        QCOMPARE(hub->currentInteractionId(), id);
        QCOMPARE(hub->currentState(), QStringLiteral("active"));
        QTRY_COMPARE_WITH_TIMEOUT(
            hub->conversation()->index(1).data(ConversationModel::SendStateRole).toInt(),
            int(ConversationModel::SendState::Sent), kLong);
        HttpClient http(m_server.httpBase());
        const QJsonArray written =
            http.get(QStringLiteral("/api/v1/interactions/%1/messages?after=0").arg(id))
                .json()
                .value("messages")
                .toArray();
        QCOMPARE(written.size(), 1);
        QCOMPARE(written[0].toObject().value("text").toString(),
                 QStringLiteral("Je débloque votre carte, un instant."));
        // And the conversation goes on.
        QCOMPARE(http.post(QStringLiteral("/api/v1/interactions/%1/messages").arg(id),
                           {{"text", "Merci !"}})
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(hub->conversation()->rowCount(), 3, kLong);
    }

    void aFrozenServerIsNoticedByTheHeartbeat()
    {
        freshServer("appcore_frozen");
        DeskCore desk;
        desk.cti()->setTimings(testTimings());
        QVERIFY(desk.setServers(m_server.ctiUrl()));
        desk.session()->login("agent1", "demo");
        QTRY_VERIFY_WITH_TIMEOUT(desk.session()->isLoggedIn(), kLong);
        QSignalSpy states(desk.cti(), &CtiClient::stateChanged);
        QSignalSpy resumed(desk.cti(), &CtiClient::resumed);
        const qint64 pid = m_server.process().processId();
        // The process stops answering while its sockets stay open.
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        QTRY_VERIFY_WITH_TIMEOUT(saw(states, State::Reconnecting), kLong);
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, kLong);
        QCOMPARE(desk.cti()->state(), State::Connected);
        QVERIFY(desk.session()->isLoggedIn());
    }

    void theNextServerOfTheListTakesOver()
    {
        // The first of the list never answers; the second is the primary; the third, the
        // standby site, shares the primary's database and is started when the primary dies.
        const QUrl dead(QStringLiteral("ws://127.0.0.1:%1/cti").arg(freePort()));
        freshServer("appcore_failover");
        const QUrl primary(m_server.ctiUrl());
        const quint16 standbyPort = freePort();
        const QUrl standby(QStringLiteral("ws://127.0.0.1:%1/cti").arg(standbyPort));
        DeskCore desk;
        desk.cti()->setTimings(testTimings());
        desk.setServers({dead, primary, standby});
        const QString id = activeChat(desk);
        QVERIFY(!id.isEmpty());
        QCOMPARE(desk.cti()->currentServer(), primary);
        QSignalSpy failedOver(desk.cti(), &CtiClient::failedOver);

        m_server.kill();
        QVERIFY2(
            m_server.start(m_db, {"--listen-cti", QStringLiteral("127.0.0.1:%1").arg(standbyPort)}),
            qPrintable(m_server.output()));
        QTRY_COMPARE_WITH_TIMEOUT(failedOver.size(), 1, kLong);
        QCOMPARE(failedOver[0][0].toUrl(), primary);
        QCOMPARE(failedOver[0][1].toUrl(), standby);
        QCOMPARE(desk.cti()->state(), State::Connected);
        QCOMPARE(desk.cti()->currentServer(), standby);
        QVERIFY(desk.cti()->onBackupServer());
        QVERIFY(desk.cti()->statusText().contains(QString::number(standbyPort)));
        InteractionHub *hub = desk.interactions();
        QVERIFY(desk.session()->isLoggedIn());
        QCOMPARE(hub->interactions()->rowCount(), 1);
        QCOMPARE(hub->currentInteractionId(), id);
        hub->sendMessage(QStringLiteral("Vous êtes maintenant sur le site de secours."));
        QTRY_COMPARE_WITH_TIMEOUT(
            hub->conversation()->index(1).data(ConversationModel::SendStateRole).toInt(),
            int(ConversationModel::SendState::Sent), kLong);
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestAppcoreFailover t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_appcore_failover.moc"

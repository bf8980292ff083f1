// Session against the in-process fake server: login (and its errors), what the login hands
// out, the agent's state and counters, broadcasts, help, the idle lock, logout, expiry.
#include "FakeCtiServer.h"
#include "Frames.h"

#include <relais/app/CtiClient.h>
#include <relais/app/Session.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace relais::app;
using State = CtiClient::ConnectionState;

namespace {
QJsonObject refusal(const char *code, const char *message)
{
    return {{"ok", false}, {"error", QJsonObject{{"code", code}, {"message", message}}}};
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    FakeCtiServer m_server;
    QString m_password = QStringLiteral("demo");

    std::optional<QJsonObject> handle(const QJsonObject &req)
    {
        const QString type = req.value("type").toString();
        if (type == "login") {
            if (req.value("password").toString() != m_password)
                return refusal("unauthenticated", "wrong user or password");
            if (req.value("user").toString() == "locked")
                return refusal("locked", "account locked after too many failed logins");
            return frames::loginReply();
        }
        if (type == "state.set") {
            if (req.value("reason").toString() == "nap")
                return refusal("bad_request", "field 'reason' must be one of the pause reasons");
            return QJsonObject{};
        }
        if (type == "help.request")
            return QJsonObject{{"request", QJsonObject{{"id", "h1"}}}, {"alreadyOpen", false}};
        if (type == "logout")
            return QJsonObject{};
        if (type == "resume")
            return refusal("unauthenticated", "session expired: log in again");
        return QJsonObject{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const QJsonObject &req) { return handle(req); });
    }

    void loginHandsOutTheAgentTheSipAccountAndTheConfig()
    {
        CtiClient cti;
        cti.setServers({m_server.url()});
        Session s(&cti);
        QSignalSpy payload(&s, &Session::sessionPayload);
        m_server.clearRequests();
        s.login("agent1", "demo", "poste-12");
        QVERIFY(s.isLoggingIn());
        QTRY_VERIFY(s.isLoggedIn());
        QVERIFY(!s.isLoggingIn());
        QCOMPARE(m_server.requests().first().value("station").toString(),
                 QStringLiteral("poste-12"));
        QCOMPARE(s.agentId(), QStringLiteral("agent1"));
        QCOMPARE(s.agentName(), QStringLiteral("Awa Dossou"));
        QVERIFY(s.isAgent());
        QVERIFY(!s.isSupervisor());
        QCOMPARE(s.token(), QStringLiteral("jeton-secret"));
        QVERIFY(cti.hasResumeToken());
        QCOMPARE(s.sipCredentials().uri, QStringLiteral("sip:agent1@relais.local"));
        QCOMPARE(s.sipCredentials().password, QStringLiteral("sip-demo"));
        QCOMPARE(s.pauseReasons().size(), 3);
        QCOMPARE(s.pauseReasons()[0].label, QStringLiteral("Pause café"));       // the desk's words
        QCOMPARE(s.pauseReasons()[2].label, QStringLiteral("Réunion d'équipe")); // the server's
        QCOMPARE(s.wrapupLabel("resolved"), QStringLiteral("Résolu"));
        QCOMPARE(s.cannedResponses(), QStringList({"Bonjour !", "Merci de patienter."}));
        QCOMPARE(s.queues(), QStringList({"general", "technique"}));
        QCOMPARE(s.stateWireName(), QStringLiteral("not_ready"));
        QCOMPARE(s.stateReasonLabel(), QStringLiteral("Connexion"));
        QVERIFY(s.timeInStateMs() >= 5000);
        QCOMPARE(payload.size(), 1);
        QCOMPARE(payload[0][1].toBool(), false);
        // The password is not in the session; only the idle lock can check it.
        QVERIFY(s.checkUnlockPassword("demo"));
        QVERIFY(!s.checkUnlockPassword("Demo"));
        QVERIFY(!s.checkUnlockPassword(""));
    }

    void wrongPasswordAndLockedAccountAreSaidPlainly()
    {
        CtiClient cti;
        cti.setServers({m_server.url()});
        Session s(&cti);
        QSignalSpy failed(&s, &Session::loginFailed);
        s.login("agent1", "nope");
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("Identifiant ou mot de passe incorrect"));
        QVERIFY(!s.isLoggedIn());
        QVERIFY(!s.checkUnlockPassword("nope"));
        s.login("locked", "demo");
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed[1][0].toString().startsWith(QStringLiteral("Compte verrouillé")));
    }

    void stateCountersBroadcastsAndHelp()
    {
        CtiClient cti;
        cti.setServers({m_server.url()});
        Session s(&cti);
        s.login("agent1", "demo");
        QTRY_VERIFY(s.isLoggedIn());
        QSignalSpy state(&s, &Session::agentStateChanged);
        s.setReady();
        QTRY_VERIFY(m_server.requestTypes().contains("state.set"));
        m_server.sendEvent("agent.state", {{"agentId", "agent1"},
                                           {"name", "Awa"},
                                           {"state", "ready"},
                                           {"since", QDateTime::currentMSecsSinceEpoch()}});
        QTRY_COMPARE(s.stateWireName(), QStringLiteral("ready"));
        QCOMPARE(s.stateName(), QStringLiteral("Prêt"));
        // Another agent's state (a supervisor's stream) is not ours.
        m_server.sendEvent("agent.state", {{"agentId", "agent2"}, {"state", "busy"}, {"since", 1}});
        QSignalSpy failed(&s, &Session::stateRequestFailed);
        s.setNotReady("nap");
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(s.stateWireName(), QStringLiteral("ready"));

        // Counters: the server's when it sends them.
        QSignalSpy counters(&s, &Session::countersChanged);
        m_server.sendEvent("agent.state", {{"agentId", "agent1"},
                                           {"state", "ready"},
                                           {"since", 1},
                                           {"handledToday", 7},
                                           {"ahtTodayMs", 183000}});
        QTRY_COMPARE(s.handledToday(), 7);
        QCOMPARE(s.averageHandleMs(), 183000);

        QSignalSpy broadcast(&s, &Session::broadcastReceived);
        m_server.sendEvent("broadcast", {{"text", "Incident réseau à Cotonou"},
                                         {"severity", "incident"},
                                         {"from", "Brigitte"},
                                         {"team", ""},
                                         {"at", 1}});
        QTRY_COMPARE(broadcast.size(), 1);
        QCOMPARE(s.broadcasts().first().severity, QStringLiteral("incident"));
        QCOMPARE(s.broadcasts().first().text, QStringLiteral("Incident réseau à Cotonou"));

        QSignalSpy helpSent(&s, &Session::helpRequestSent);
        QSignalSpy helpDone(&s, &Session::helpResolved);
        s.requestHelp("Client très mécontent");
        QTRY_COMPARE(helpSent.size(), 1);
        QVERIFY(s.isHelpPending());
        m_server.sendEvent(
            "help.resolved",
            {{"id", "h1"}, {"agentId", "agent1"}, {"resolvedByName", "Brigitte Hounkpè"}});
        QTRY_COMPARE(helpDone.size(), 1);
        QCOMPARE(helpDone[0][0].toString(), QStringLiteral("Brigitte Hounkpè"));
        QVERIFY(!s.isHelpPending());
    }

    void countersAreKeptLocallyWhenTheServerSendsNone()
    {
        CtiClient cti;
        cti.setServers({m_server.url()});
        Session s(&cti);
        s.login("agent1", "demo");
        QTRY_VERIFY(s.isLoggedIn());
        m_server.sendEvent("interaction.accepted", {{"interactionId", "x1"}});
        m_server.sendEvent("interaction.accepted", {{"interactionId", "x2"}});
        m_server.sendEvent("interaction.closed", {{"interactionId", "x1"}});
        m_server.sendEvent("interaction.transferred",
                           {{"interactionId", "x2"}, {"to", "queue vip"}});
        QTRY_COMPARE(s.handledToday(), 1);
        QVERIFY(s.averageHandleMs() >= 0);
    }

    void logoutAndAnExpiredSession()
    {
        CtiClient cti;
        CtiTimings t;
        t.backoffInitialMs = 50;
        cti.setTimings(t);
        cti.setServers({m_server.url()});
        Session s(&cti);
        s.login("agent1", "demo");
        QTRY_VERIFY(s.isLoggedIn());
        QSignalSpy out(&s, &Session::loggedOut);
        // The link drops; the server no longer knows the token.
        m_server.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 5000);
        QCOMPARE(out[0][0].toString(), QStringLiteral("expired"));
        QVERIFY(!s.isLoggedIn());
        QVERIFY(!s.checkUnlockPassword("demo"));
        // The link stays up for a new login on it.
        QCOMPARE(cti.state(), State::Connected);
        s.login("agent1", "demo");
        QTRY_VERIFY(s.isLoggedIn());
        s.logout();
        QTRY_COMPARE(out.size(), 2);
        QCOMPARE(out[1][0].toString(), QStringLiteral("logout"));
        QCOMPARE(cti.state(), State::Disconnected);
        QVERIFY(!cti.hasResumeToken());
    }

    void aLoginWithNoServerGivesUp()
    {
        FakeCtiServer probe;
        QVERIFY(probe.listen());
        const QUrl nowhere = probe.url();
        probe.stopListening();
        CtiClient cti;
        cti.setServers({nowhere});
        Session s(&cti);
        QSignalSpy failed(&s, &Session::loginFailed);
        s.login("agent1", "demo");
        QVERIFY(s.isLoggingIn());
        s.cancelLogin();
        QVERIFY(!s.isLoggingIn());
        QCOMPARE(cti.state(), State::Disconnected);
        QTest::qWait(50);
        QCOMPARE(failed.size(), 0); // cancelled by the user: nothing to report
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

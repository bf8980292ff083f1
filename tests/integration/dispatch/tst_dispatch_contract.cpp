// The CTI contract end to end: a real relais-dispatch, real WebSockets, real HTTP, and a real
// database (SQLite file, or PostgreSQL with --pg).
#include "CtiClient.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPriorityNumber = QStringLiteral("+22997000099");
const QString kKnownCustomer = QStringLiteral("+22997000001");

bool ok(const QJsonObject &reply)
{
    return reply.value("ok").toBool();
}
QString code(const QJsonObject &reply)
{
    return reply.value("error").toObject().value("code").toString();
}
QString offeredId(const QJsonObject &offer)
{
    return offer.value("interaction").toObject().value("id").toString();
}
} // namespace

class TestDispatchContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_db;

    // A fresh server on a fresh database; offers time out after `offerTimeout` seconds.
    void startServer(int offerTimeout = 15)
    {
        QString error;
        m_db = TestEnv::freshDatabase(QStringLiteral("contract"), m_dir, &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        const QString config = TestEnv::demoConfigWith(
            m_dir, {{R"(offer_timeout\s*=\s*\d+)",
                     QStringLiteral("offer_timeout = %1").arg(offerTimeout)}});
        QVERIFY(!config.isEmpty());
        QVERIFY2(m_server.start(m_db, {"--config", config}), qPrintable(m_server.output()));
    }

    void restartServer()
    {
        const QString config = m_dir.filePath("relais-test.toml");
        QVERIFY2(m_server.start(m_db, {"--config", config}), qPrintable(m_server.output()));
    }

    std::unique_ptr<CtiClient> connectClient()
    {
        auto c = std::make_unique<CtiClient>();
        if (!c->open(m_server.ctiUrl()))
            return nullptr;
        return c;
    }

    std::unique_ptr<CtiClient> loggedIn(const QString &user)
    {
        auto c = connectClient();
        if (!c || !ok(c->login(user)))
            return nullptr;
        return c;
    }

    static bool setReady(CtiClient &c) { return ok(c.request("state.set", {{"state", "ready"}})); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (TestEnv::usePostgres() && qEnvironmentVariableIsEmpty("RELAIS_TEST_PG_URL"))
            QSKIP("RELAIS_TEST_PG_URL is not set: run through scripts/test.sh for PostgreSQL");
    }

    void cleanup() { m_server.kill(); }

    void helloAndPing()
    {
        startServer();
        auto c = connectClient();
        QVERIFY(c);
        QCOMPARE(c->hello().value("server").toString(), QStringLiteral("relais-dispatch"));
        QCOMPARE(c->hello().value("protocol").toInt(), 1);
        QVERIFY(!c->hello().value("serverId").toString().isEmpty());
        QCOMPARE(c->hello().value("role").toString(), QStringLiteral("primary"));
        const QJsonObject pong = c->request("ping");
        QVERIFY(ok(pong));
        QVERIFY(qAbs(pong.value("now").toInteger() - QDateTime::currentMSecsSinceEpoch()) < 5000);
        // Nothing else before login.
        QCOMPARE(code(c->request("state.set", {{"state", "ready"}})),
                 QStringLiteral("unauthenticated"));
        QCOMPARE(code(c->request("no.such.verb")), QStringLiteral("unknown_type"));
    }

    void loginGoodWrongAndLocked()
    {
        startServer();
        auto c = connectClient();
        const QJsonObject good = c->login("agent1");
        QVERIFY2(ok(good), qPrintable(QJsonDocument(good).toJson()));
        QCOMPARE(good.value("agent").toObject().value("id").toString(), QStringLiteral("agent1"));
        QVERIFY(good.value("agent").toObject().value("roles").toArray().contains("agent"));
        QVERIFY(!good.value("token").toString().isEmpty());
        QVERIFY(!good.value("sip").toObject().value("username").toString().isEmpty());
        QVERIFY(!good.value("config").toObject().value("pauseReasons").toArray().isEmpty());
        QVERIFY(!good.value("config").toObject().value("wrapupCodes").toArray().isEmpty());
        QVERIFY(good.value("config").toObject().value("queues").toArray().contains("general"));

        auto bad = connectClient();
        const QJsonObject wrong = bad->login("agent2", "not-the-password");
        QCOMPARE(code(wrong), QStringLiteral("unauthenticated"));
        QVERIFY(!wrong.value("error").toObject().value("message").toString().contains(
            "not-the-password"));
        QCOMPARE(code(bad->login("nobody", "demo")), QStringLiteral("unauthenticated"));

        // Ten failures lock the account; then even the right password is refused.
        for (int i = 0; i < 10; ++i)
            bad->login("agent3", "wrong");
        QCOMPARE(code(bad->login("agent3", "demo")), QStringLiteral("locked"));
        QVERIFY(ok(bad->login("agent2")));

        // The audit trail has who, what, when, from where, and never the password.
        auto admin = loggedIn("admin");
        QVERIFY(admin);
        QCOMPARE(code(c->request("audit.list")), QStringLiteral("forbidden"));
        const QJsonObject audit = admin->request("audit.list", {{"limit", 200}});
        QVERIFY(ok(audit));
        int failedForAgent3 = 0;
        for (const QJsonValue &v : audit.value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            QVERIFY(!QJsonDocument(e).toJson().contains("not-the-password"));
            if (e.value("action").toString() == "login" &&
                e.value("resource").toString() == "agent3" && !e.value("success").toBool()) {
                ++failedForAgent3;
                QCOMPARE(e.value("source").toString(), QStringLiteral("127.0.0.1"));
                QVERIFY(e.value("at").toInteger() > 0);
            }
        }
        QCOMPARE(failedForAgent3, 11);
    }

    void badFramesAreAnsweredAndTheConnectionKept()
    {
        startServer();
        auto c = connectClient();
        QCOMPARE(code(c->sendRaw("{not json")), QStringLiteral("bad_frame"));
        QCOMPARE(code(c->sendRaw("[1,2,3]")), QStringLiteral("bad_frame"));
        const QByteArray huge =
            "{\"type\":\"ping\",\"id\":1,\"pad\":\"" + QByteArray(300 * 1024, 'x') + "\"}";
        QCOMPARE(code(c->sendRaw(huge)), QStringLiteral("bad_frame"));
        const QJsonObject missing = c->sendRaw(R"({"type":"login","id":5})");
        QCOMPARE(code(missing), QStringLiteral("bad_request"));
        QVERIFY(missing.value("error").toObject().value("message").toString().contains("'user'"));
        QVERIFY(c->isOpen());
        QVERIFY(ok(c->request("ping")));

        // Ten in a row close it with 1008.
        for (int i = 0; i < 10; ++i)
            c->sendRaw("garbage", 1000);
        QVERIFY(c->waitClosed());
        QCOMPARE(int(c->closeCode()), 1008);
    }

    void aBurstIsRateLimitedAndTheConnectionKept()
    {
        startServer();
        auto c = connectClient();
        const QList<QJsonObject> replies = c->burst(300);
        QCOMPARE(replies.size(), 300);
        int limited = 0;
        for (const QJsonObject &r : replies)
            limited += code(r) == QLatin1String("rate_limited") ? 1 : 0;
        // Bursts of 100 pass, the rest of a 300-frame burst is refused without being executed.
        QVERIFY2(limited >= 150 && limited <= 200, qPrintable(QString::number(limited)));
        QVERIFY(c->isOpen());
        QTest::qWait(1100);
        QVERIFY(ok(c->request("ping")));
    }

    void supervisorsWatchAndAct()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        QVERIFY(sup && a);
        QVERIFY(ok(sup->request("supervise.subscribe")));
        QVERIFY(!sup->waitEvent("stats.queues").isEmpty());
        const QJsonObject named = sup->waitEventWhere("agent.state", [](const QJsonObject &e) {
            return e.value("agentId").toString() == "agent1";
        });
        QVERIFY(!named.value("name").toString().isEmpty());

        // A caller waits: the next snapshots show it in `general`, within about a second.
        const QString id = http.createInteraction("chat", "+22997000030", "Bonjour");
        QVERIFY(!id.isEmpty());
        const auto waitingInGeneral = [](const QJsonObject &e) {
            for (const QJsonValue &q : e.value("queues").toArray()) {
                if (q.toObject().value("name").toString() == "general")
                    return q.toObject().value("waiting").toInt() == 1;
            }
            return false;
        };
        QVERIFY(!sup->waitEventWhere("stats.queues", waitingInGeneral, 3000).isEmpty());

        // Forcing a state reaches the agent and is audited.
        QVERIFY(ok(sup->request("agent.force_state", {{"agentId", "agent1"}, {"state", "ready"}})));
        QVERIFY(!a->waitEventWhere("agent.state", [](const QJsonObject &e) {
                      return e.value("state").toString() == "ready";
                  }).isEmpty());
        QCOMPARE(offeredId(a->waitEvent("interaction.offered")), id);
        QCOMPARE(
            code(sup->request("agent.force_state", {{"agentId", "nobody"}, {"state", "ready"}})),
            QStringLiteral("not_found"));

        // A broadcast reaches the floor.
        QVERIFY(ok(sup->request(
            "broadcast", {{"text", "Incident réseau : 10 h 00"}, {"severity", "incident"}})));
        const QJsonObject b = a->waitEvent("broadcast");
        QCOMPARE(b.value("text").toString(), QStringLiteral("Incident réseau : 10 h 00"));
        QCOMPARE(b.value("severity").toString(), QStringLiteral("incident"));
        QVERIFY(!b.value("from").toString().isEmpty()); // the sender's display name

        auto admin = loggedIn("admin");
        QVERIFY(admin);
        const QJsonObject audit = admin->request("audit.list", {{"limit", 100}});
        bool forced = false;
        for (const QJsonValue &v : audit.value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            forced = forced || (e.value("actor").toString() == "supervisor1" &&
                                e.value("action").toString().contains("force") &&
                                e.value("resource").toString() == "agent1");
        }
        QVERIFY2(forced, qPrintable(QJsonDocument(audit).toJson()));
    }

    void aTeamBroadcastReachesOnlyThatTeam()
    {
        startServer();
        auto sup = loggedIn("supervisor1");
        auto cotonou = loggedIn("agent1"); // Équipe Cotonou
        auto abidjan = loggedIn("agent3"); // Équipe Abidjan
        QVERIFY(sup && cotonou && abidjan);
        QVERIFY(ok(sup->request("broadcast", {{"text", "Réunion Abidjan à 14 h"},
                                              {"severity", "info"},
                                              {"team", "Équipe Abidjan"}})));
        QCOMPARE(abidjan->waitEvent("broadcast").value("team").toString(),
                 QStringLiteral("Équipe Abidjan"));
        // Then one to everyone: the Cotonou agent's first broadcast is that one.
        QVERIFY(
            ok(sup->request("broadcast", {{"text", "Incident réseau"}, {"severity", "incident"}})));
        QCOMPARE(cotonou->waitEvent("broadcast").value("text").toString(),
                 QStringLiteral("Incident réseau"));
        int seen = 0;
        for (const QJsonObject &e : cotonou->events())
            seen += e.value("type").toString() == "broadcast";
        QCOMPARE(seen, 0); // nothing else: the team message never came
        QCOMPARE(
            code(sup->request("broadcast",
                              {{"text", "x"}, {"team", "Équipe Abidjan"}, {"severity", "urgent"}})),
            QStringLiteral("bad_request"));
    }

    void aForcedPauseOrSignOutNeedsAReason()
    {
        startServer();
        auto sup = loggedIn("supervisor1");
        auto agent = loggedIn("agent1");
        QVERIFY(sup && agent);
        for (const char *state : {"not_ready", "logged_out"}) {
            const QJsonObject r =
                sup->request("agent.force_state", {{"agentId", "agent1"}, {"state", state}});
            QCOMPARE(code(r), QStringLiteral("bad_request"));
            QVERIFY2(QJsonDocument(r).toJson().contains("reason"), QJsonDocument(r).toJson());
            QCOMPARE(
                code(sup->request("agent.force_state",
                                  {{"agentId", "agent1"}, {"state", state}, {"reason", "  "}})),
                QStringLiteral("bad_request"));
        }
        QVERIFY(agent->isOpen());
        QVERIFY(ok(sup->request(
            "agent.force_state",
            {{"agentId", "agent1"}, {"state", "logged_out"}, {"reason", "Fin de service"}})));
        QCOMPARE(agent->waitEvent("session.closed").value("reason").toString(),
                 QStringLiteral("logged_out"));
        auto admin = loggedIn("admin");
        QVERIFY(admin);
        bool audited = false;
        for (const QJsonValue &v :
             admin->request("audit.list", {{"limit", 50}}).value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            audited = audited || (e.value("action").toString() == "agent.force_state" &&
                                  e.value("detail").toString().contains("Fin de service"));
        }
        QVERIFY(audited);
    }

    void aWallboardAccountMaySignInOnSeveralScreens()
    {
        // Two TVs on the wallboard account (no agent role) both stay signed in; an agent's
        // second login still replaces the first.
        startServer();
        auto tv1 = loggedIn("mur");
        auto tv2 = loggedIn("mur");
        QVERIFY(tv1 && tv2);
        QVERIFY(ok(tv1->request("supervise.subscribe")));
        QVERIFY(ok(tv2->request("supervise.subscribe")));
        QVERIFY(!tv1->waitClosed(1000));
        QVERIFY(tv1->isOpen());
        QVERIFY(!tv1->hasEvent("session.closed"));
        QVERIFY(ok(tv1->request("ping")));
        auto first = loggedIn("agent2");
        auto second = loggedIn("agent2");
        QVERIFY(first && second);
        QCOMPARE(first->waitEvent("session.closed").value("reason").toString(),
                 QStringLiteral("replaced"));
    }

    void aUserTakenOutOfTheFileCanNoLongerLogIn()
    {
        startServer();
        QVERIFY(loggedIn("agent20"));
        QVERIFY(m_server.terminate());
        const QString config = TestEnv::demoConfigWith(
            m_dir, {{R"(\[\[users\]\]\nusername = "agent20"\n(?:[^\n]+\n)*)", QString()}});
        QVERIFY(!config.isEmpty());
        QVERIFY2(m_server.start(m_db, {"--config", config}), qPrintable(m_server.output()));
        auto c = connectClient();
        QVERIFY(c);
        QCOMPARE(code(c->login("agent20")), QStringLiteral("unauthenticated"));
        QVERIFY(ok(c->login("agent19")));
    }

    void rolesAreChecked()
    {
        startServer();
        auto agent = loggedIn("agent1");
        QVERIFY(agent);
        QCOMPARE(
            code(agent->request("agent.force_state", {{"agentId", "agent2"}, {"state", "ready"}})),
            QStringLiteral("forbidden"));
        QCOMPARE(code(agent->request("supervise.subscribe")), QStringLiteral("forbidden"));
        QCOMPARE(code(agent->request("broadcast", {{"text", "hi"}})), QStringLiteral("forbidden"));
        auto trainer = loggedIn("trainer1");
        QVERIFY(trainer);
        QCOMPARE(code(trainer->request("state.set", {{"state", "ready"}})),
                 QStringLiteral("forbidden"));
        QVERIFY(ok(trainer->request("supervise.subscribe")));
    }

    // agent.directory: the colleagues an agent may transfer to, with their live state and
    // whether a transfer can be offered to them now; nothing about their customers or figures.
    void anAgentSeesTheDirectoryOfColleagues()
    {
        startServer();
        auto a = loggedIn("agent1");
        auto b = loggedIn("agent2");
        QVERIFY(a && b);
        const auto entry = [](const QJsonObject &reply, const QString &agentId) {
            for (const QJsonValue &v : reply.value("agents").toArray()) {
                if (v.toObject().value("agentId").toString() == agentId)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QJsonObject dir = a->request("agent.directory");
        QVERIFY2(ok(dir), qPrintable(QJsonDocument(dir).toJson()));
        QVERIFY(entry(dir, "agent1").isEmpty()); // not the asker
        QJsonObject koffi = entry(dir, "agent2");
        QCOMPARE(koffi.value("name").toString(), QStringLiteral("Koffi Mensah"));
        QCOMPARE(koffi.value("state").toString(), QStringLiteral("not_ready"));
        QVERIFY(koffi.value("reachable").toBool());
        QVERIFY(koffi.contains("team"));
        // Nothing confidential: no work in hand, no figures, no pause reason.
        for (const char *key : {"interactions", "handledToday", "ahtTodayMs", "reason", "skills"})
            QVERIFY2(!koffi.contains(QLatin1String(key)), key);
        const QJsonObject chantal = entry(dir, "agent7");
        QCOMPARE(chantal.value("state").toString(), QStringLiteral("logged_out"));
        QVERIFY(!chantal.value("reachable").toBool());
        // Sorted by name: Aïcha Traoré (agent3) before Koffi Mensah.
        QStringList names;
        for (const QJsonValue &v : dir.value("agents").toArray())
            names << v.toObject().value("name").toString();
        QVERIFY(names.indexOf("Aïcha Traoré") < names.indexOf("Koffi Mensah"));

        // The live state: agent2 goes ready, the next directory says so.
        QVERIFY(setReady(*b));
        dir = a->request("agent.directory", {{"channel", "chat"}});
        QVERIFY(ok(dir));
        QCOMPARE(entry(dir, "agent2").value("state").toString(), QStringLiteral("ready"));
        QVERIFY(entry(dir, "agent2").value("reachable").toBool());
        // A call cannot ring for someone without a phone registered (nobody has one here).
        dir = a->request("agent.directory", {{"channel", "voice"}});
        QVERIFY(ok(dir));
        QCOMPARE(entry(dir, "agent2").value("state").toString(), QStringLiteral("ready"));
        QVERIFY(!entry(dir, "agent2").value("reachable").toBool());

        // A supervisor may ask too (and sees every agent); malformed or unknown: clear errors.
        auto sup = loggedIn("supervisor1");
        QVERIFY(sup);
        dir = sup->request("agent.directory");
        QVERIFY(ok(dir));
        QCOMPARE(entry(dir, "agent1").value("state").toString(), QStringLiteral("not_ready"));
        QJsonObject bad = a->request("agent.directory", {{"channel", "fax"}});
        QCOMPARE(code(bad), QStringLiteral("bad_request"));
        QVERIFY2(bad.value("error").toObject().value("message").toString().contains("'channel'"),
                 qPrintable(QJsonDocument(bad).toJson()));
        bad = a->request("agent.directory", {{"channel", 5}});
        QCOMPARE(code(bad), QStringLiteral("bad_request"));
        QVERIFY(bad.value("error").toObject().value("message").toString().contains("'channel'"));
        QCOMPARE(code(a->request("agent.directorys")), QStringLiteral("unknown_type"));
        auto trainer = loggedIn("trainer1");
        QVERIFY(trainer);
        QCOMPARE(code(trainer->request("agent.directory")), QStringLiteral("forbidden"));
        auto anonymous = connectClient();
        QVERIFY(anonymous);
        QCOMPARE(code(anonymous->request("agent.directory")), QStringLiteral("unauthenticated"));
    }

    void priorityNumberBeforeFifoWithScreenPop()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto agent = loggedIn("agent1");
        QVERIFY(agent);
        const QString first = http.createInteraction("chat", kKnownCustomer, "Bonjour, première");
        const QString second = http.createInteraction("chat", "+22997000007", "Bonjour, deuxième");
        const QString vip = http.createInteraction("chat", kPriorityNumber, "Bonjour, prioritaire");
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !vip.isEmpty());
        QVERIFY(setReady(*agent));

        // Capacity 3 chats: all three come, the priority number first, then FIFO.
        const QJsonObject o1 = agent->waitEvent("interaction.offered");
        QCOMPARE(offeredId(o1), vip);
        QVERIFY(ok(agent->request("interaction.accept", {{"interactionId", vip}})));
        const QJsonObject o2 = agent->waitEvent("interaction.offered");
        QCOMPARE(offeredId(o2), first);
        // The screen-pop: the known customer and their history, newest first.
        const QJsonObject customer = o2.value("customer").toObject();
        QCOMPARE(customer.value("phone").toString(), kKnownCustomer);
        QVERIFY(!customer.value("name").toString().isEmpty());
        const QJsonArray history = o2.value("history").toArray();
        QVERIFY2(history.size() >= 5, qPrintable(QString::number(history.size())));
        QVERIFY(history.size() <= 10);
        for (int i = 1; i < history.size(); ++i)
            QVERIFY(history[i - 1].toObject().value("at").toInteger() >=
                    history[i].toObject().value("at").toInteger());
        QVERIFY(!history[0].toObject().value("agent").toString().isEmpty());
        QVERIFY(o2.value("timeoutMs").toInteger() > 0);
        QCOMPARE(o2.value("messages").toArray().first().toObject().value("text").toString(),
                 QStringLiteral("Bonjour, première"));
        QVERIFY(ok(agent->request("interaction.accept", {{"interactionId", first}})));
        QCOMPARE(offeredId(agent->waitEvent("interaction.offered")), second);
    }

    void noAnswerGoesBackToTheHeadAndToTheNextAgent()
    {
        startServer(2);
        HttpClient http(m_server.httpBase());
        auto a = loggedIn("agent1");
        QVERIFY(a);
        QVERIFY(setReady(*a));
        const QString id = http.createInteraction("chat", "+22997000010", "Allô ?");
        QCOMPARE(offeredId(a->waitEvent("interaction.offered")), id);
        auto b = loggedIn("agent2");
        QVERIFY(b);
        QVERIFY(setReady(*b));
        // agent1 lets it ring out.
        const QJsonObject revoked = a->waitEvent("interaction.revoked", 6000);
        QCOMPARE(revoked.value("interactionId").toString(), id);
        QCOMPARE(revoked.value("reason").toString(), QStringLiteral("timeout"));
        const QJsonObject st = a->waitEventWhere("agent.state", [](const QJsonObject &e) {
            return e.value("state").toString() == "not_ready";
        });
        QCOMPARE(st.value("reason").toString(), QStringLiteral("no_answer"));
        QCOMPARE(offeredId(b->waitEvent("interaction.offered", 6000)), id);
    }

    void rejectAndTransfer()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto a = loggedIn("agent1");
        auto b = loggedIn("agent2");
        QVERIFY(a && b);
        QVERIFY(setReady(*a));
        const QString id = http.createInteraction("chat", "+22997000011", "Question facture");
        QCOMPARE(offeredId(a->waitEvent("interaction.offered")), id);
        QVERIFY(ok(a->request("interaction.accept", {{"interactionId", id}})));
        // Transfer to another agent: agent2 gets the offer once ready.
        QVERIFY(setReady(*b));
        QVERIFY(
            ok(a->request("interaction.transfer", {{"interactionId", id}, {"agentId", "agent2"}})));
        QCOMPARE(offeredId(b->waitEvent("interaction.offered")), id);
        QVERIFY(ok(b->request("interaction.reject", {{"interactionId", id}})));
        // Rejected: never back to agent2; agent1 is free again and gets it from the queue.
        QCOMPARE(
            code(a->request("interaction.transfer", {{"interactionId", id}, {"queue", "nope"}})),
            QStringLiteral("not_found"));
        QCOMPARE(code(b->request("interaction.transfer", {{"interactionId", id}})),
                 QStringLiteral("bad_request"));
    }

    void chatBothWaysWithUtf8ThenWrapupAndHistory()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto a = loggedIn("agent1");
        QVERIFY(a);
        QVERIFY(setReady(*a));
        const QString id = http.createInteraction("whatsapp", kKnownCustomer, "Bonjour 👋");
        const QJsonObject offer = a->waitEvent("interaction.offered");
        QCOMPARE(offeredId(offer), id);
        const QString customerId = offer.value("customer").toObject().value("id").toString();
        QVERIFY(ok(a->request("interaction.accept", {{"interactionId", id}})));

        const QString fromCustomer =
            QStringLiteral("Ma facture est trop élevée — 15 000 FCFA ? ça dépasse 😡");
        const auto posted =
            http.post("/api/v1/interactions/" + id + "/messages", {{"text", fromCustomer}});
        QCOMPARE(posted.status, 201);
        const QJsonObject msgEvent = a->waitEvent("interaction.message");
        QCOMPARE(msgEvent.value("text").toString(), fromCustomer);
        QCOMPARE(msgEvent.value("from").toString(), QStringLiteral("customer"));

        const QString fromAgent =
            QStringLiteral("Je vérifie tout de suite, Madame. Ça ne sera pas long ✅");
        QVERIFY(
            ok(a->request("interaction.message", {{"interactionId", id}, {"text", fromAgent}})));
        const auto fetched = http.get("/api/v1/interactions/" + id + "/messages?after=0");
        QCOMPARE(fetched.status, 200);
        const QJsonArray msgs = fetched.json().value("messages").toArray();
        QCOMPARE(msgs.size(), 1);
        QCOMPARE(msgs[0].toObject().value("text").toString(), fromAgent);

        QVERIFY(ok(a->request("interaction.end", {{"interactionId", id}})));
        QVERIFY(!a->waitEvent("interaction.ended").isEmpty());
        QCOMPARE(code(a->request("interaction.wrapup",
                                 {{"interactionId", id}, {"disposition", "no-such-code"}})),
                 QStringLiteral("bad_request"));
        const QJsonObject login = a->request("queue.list");
        QVERIFY(ok(login));
        const QString disposition = QStringLiteral("resolved");
        const QJsonObject w =
            a->request("interaction.wrapup", {{"interactionId", id},
                                              {"disposition", disposition},
                                              {"reason", "Facturation"},
                                              {"notes", "Remise expliquée, cliente rassurée"}});
        QVERIFY2(ok(w), qPrintable(QJsonDocument(w).toJson()));
        QVERIFY(!a->waitEvent("interaction.closed").isEmpty());
        QVERIFY(!a->waitEventWhere("agent.state", [](const QJsonObject &e) {
                      return e.value("state").toString() == "ready";
                  }).isEmpty());

        const QJsonObject h = a->request("customer.history", {{"customerId", customerId}});
        QVERIFY(ok(h));
        const QJsonObject newest = h.value("history").toArray().first().toObject();
        QCOMPARE(newest.value("channel").toString(), QStringLiteral("whatsapp"));
        QCOMPARE(newest.value("disposition").toString(), disposition);
        QCOMPARE(newest.value("notes").toString(),
                 QStringLiteral("Remise expliquée, cliente rassurée"));
        QCOMPARE(code(a->request("customer.history", {{"customerId", "nope"}})),
                 QStringLiteral("not_found"));
        const QJsonObject found = a->request("customer.search", {{"query", "97000001"}});
        QVERIFY(!found.value("customers").toArray().isEmpty());
    }

    void resumeAfterADroppedConnection()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        QVERIFY(sup);
        QVERIFY(ok(sup->request("supervise.subscribe")));
        QVERIFY(!sup->waitEvent("stats.queues").isEmpty());

        auto a = connectClient();
        const QJsonObject login = a->login("agent1");
        const QString token = login.value("token").toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(setReady(*a));
        const QString id = http.createInteraction("chat", "+22997000012", "Vous êtes là ?");
        QCOMPARE(offeredId(a->waitEvent("interaction.offered")), id);
        QVERIFY(ok(a->request("interaction.accept", {{"interactionId", id}})));

        // The network drops: supervisors see the agent not_ready "disconnected".
        a->abort();
        const QJsonObject gone = sup->waitEventWhere("agent.state", [](const QJsonObject &e) {
            return e.value("agentId").toString() == "agent1" &&
                   e.value("reason").toString() == "disconnected";
        });
        QCOMPARE(gone.value("state").toString(), QStringLiteral("not_ready"));
        // A message while away is not lost.
        QCOMPARE(http.post("/api/v1/interactions/" + id + "/messages", {{"text", "Allô ?"}}).status,
                 201);

        auto back = connectClient();
        QCOMPARE(code(back->request("resume", {{"token", "forged"}})),
                 QStringLiteral("unauthenticated"));
        const QJsonObject resumed = back->request("resume", {{"token", token}});
        QVERIFY2(ok(resumed), qPrintable(QJsonDocument(resumed).toJson()));
        QCOMPARE(resumed.value("state").toObject().value("state").toString(),
                 QStringLiteral("busy"));
        const QJsonArray open = resumed.value("interactions").toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(offeredId(open[0].toObject()), id);
        QCOMPARE(open[0].toObject().value("messages").toArray().size(), 2);
        QVERIFY(!sup->waitEventWhere("agent.state",
                                     [](const QJsonObject &e) {
                                         return e.value("agentId").toString() == "agent1" &&
                                                e.value("state").toString() == "busy";
                                     })
                     .isEmpty());
        QVERIFY(ok(back->request("interaction.message",
                                 {{"interactionId", id}, {"text", "Oui, je suis là."}})));
    }

    void restartAfterKillLosesNothing()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << http.createInteraction("email", QStringLiteral("client%1@exemple.bj").arg(i),
                                          QStringLiteral("Message %1").arg(i));
        QVERIFY(!ids.contains(QString()));
        m_server.kill();
        restartServer();
        auto a = loggedIn("agent1");
        QVERIFY(a);
        QVERIFY(setReady(*a));
        // Email capacity is 1: they come one by one, in their original order.
        for (const QString &id : ids) {
            const QJsonObject offer = a->waitEvent("interaction.offered");
            QCOMPARE(offeredId(offer), id);
            QVERIFY(ok(a->request("interaction.accept", {{"interactionId", id}})));
            QVERIFY(ok(a->request("interaction.wrapup",
                                  {{"interactionId", id}, {"disposition", "resolved"}})));
        }
    }

    void sigtermShutsDownCleanly()
    {
        startServer();
        QVERIFY2(m_server.terminate(), qPrintable(m_server.output()));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestDispatchContract t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_dispatch_contract.moc"

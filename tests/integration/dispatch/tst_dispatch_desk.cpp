// What the desk's agent and supervisor faces ask of the server, end to end: a real
// relais-dispatch, real WebSockets and HTTP, on SQLite (or PostgreSQL with --pg).
#include "CtiClient.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace {
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
QByteArray dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
// Runs statements on the server's database (SQLite file or PostgreSQL) while it is stopped.
QString execSql(const QString &url, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db;
        if (url.startsWith("sqlite:")) {
            db = QSqlDatabase::addDatabase("QSQLITE", name);
            db.setDatabaseName(url.mid(7));
        } else {
            const QUrl u(url);
            db = QSqlDatabase::addDatabase("QPSQL", name);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setPassword(u.password());
            db.setDatabaseName(u.path().mid(1));
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = q.lastError().text() + " in " + sql;
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
qint64 at(const QDate &day, int h, int m, int s)
{
    return QDateTime(day, QTime(h, m, s)).toMSecsSinceEpoch();
}
QJsonObject findBy(const QJsonArray &items, const QString &key, const QString &value)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestDispatchDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_db;
    QString m_config;

    void startServer(const QList<QPair<QString, QString>> &edits = {})
    {
        QString error;
        m_db = TestEnv::freshDatabase(QStringLiteral("desk"), m_dir, &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        m_config = TestEnv::demoConfigWith(m_dir, edits);
        QVERIFY(!m_config.isEmpty());
        QVERIFY2(m_server.start(m_db, {"--config", m_config}), qPrintable(m_server.output()));
    }

    // Same database and configuration: what was stored must come back.
    void restartServer()
    {
        QVERIFY2(m_server.terminate(), qPrintable(m_server.output()));
        QVERIFY2(m_server.start(m_db, {"--config", m_config}), qPrintable(m_server.output()));
    }

    std::unique_ptr<CtiClient> loggedIn(const QString &user)
    {
        auto c = std::make_unique<CtiClient>();
        if (!c->open(m_server.ctiUrl()) || !ok(c->login(user)))
            return nullptr;
        return c;
    }

    static bool setReady(CtiClient &c) { return ok(c.request("state.set", {{"state", "ready"}})); }

    static QJsonObject agentIn(CtiClient &sup, const QString &agentId)
    {
        return findBy(sup.request("agent.list").value("agents").toArray(), "agentId", agentId);
    }

    // The next agent.state about `agentId` that satisfies `predicate`.
    static QJsonObject stateOf(CtiClient &c, const QString &agentId,
                               const std::function<bool(const QJsonObject &)> &predicate,
                               int timeoutMs = 5000)
    {
        return c.waitEventWhere(
            "agent.state",
            [&](const QJsonObject &e) {
                return e.value("agentId").toString() == agentId && predicate(e);
            },
            timeoutMs);
    }

    // Offers the chat to `agent` (ready, free) and accepts it.
    static bool takeChat(CtiClient &agent, const QString &id)
    {
        const QJsonObject offer = agent.waitEventWhere(
            "interaction.offered", [&](const QJsonObject &o) { return offeredId(o) == id; });
        return !offer.isEmpty() && ok(agent.request("interaction.accept", {{"interactionId", id}}));
    }

    // agent takes a chat from `from` and wraps it up with `callback`: the wrap-up's reply.
    QJsonObject chatThenCallback(CtiClient &agent, const QString &from, const QJsonObject &callback)
    {
        HttpClient http(m_server.httpBase());
        const QString id = http.createInteraction("chat", from, "Pouvez-vous me rappeler ?");
        if (id.isEmpty() || !takeChat(agent, id))
            return {};
        return agent.request(
            "interaction.wrapup",
            {{"interactionId", id}, {"disposition", "callback"}, {"callback", callback}});
    }

    static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (TestEnv::usePostgres() && qEnvironmentVariableIsEmpty("RELAIS_TEST_PG_URL"))
            QSKIP("RELAIS_TEST_PG_URL is not set: run through scripts/test.sh for PostgreSQL");
    }

    void cleanup() { m_server.kill(); }

    // The supervisor's agent grid: team, skills, queues, what is in hand, handled today; and the
    // agent's own counters on its desk.
    void agentStateCarriesTeamSkillsWorkAndTodaysCounters()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        QVERIFY(sup && a);

        const QJsonObject listed = agentIn(*sup, "agent1");
        QCOMPARE(listed.value("name").toString(), QStringLiteral("Awa Dossou"));
        QCOMPARE(listed.value("team").toString(), QStringLiteral("Équipe Cotonou"));
        const QJsonObject french = findBy(listed.value("skills").toArray(), "name", "french");
        QCOMPARE(french.value("level").toInt(), 8);
        const QJsonArray queues = listed.value("queues").toArray();
        QVERIFY(queues.contains("general") && queues.contains("technique"));
        QVERIFY(!queues.contains("vip"));
        QCOMPARE(listed.value("handledToday").toInt(), 0);
        QVERIFY(listed.value("interactions").toArray().isEmpty());
        QCOMPARE(agentIn(*sup, "agent3").value("team").toString(),
                 QStringLiteral("Équipe Abidjan"));

        QVERIFY(ok(sup->request("supervise.subscribe")));
        QVERIFY(setReady(*a));
        const QString first = http.createInteraction("chat", "+22997000040", "Bonjour");
        QVERIFY(takeChat(*a, first));
        const QJsonObject busy = stateOf(*sup, "agent1", [](const QJsonObject &e) {
            return e.value("state").toString() == "busy";
        });
        const QJsonObject current = busy.value("interactions").toArray().first().toObject();
        QCOMPARE(current.value("id").toString(), first);
        QCOMPARE(current.value("channel").toString(), QStringLiteral("chat"));
        QCOMPARE(current.value("queue").toString(), QStringLiteral("general"));
        QCOMPARE(current.value("state").toString(), QStringLiteral("active"));

        // A second chat while busy: no change of state, but the grid learns it.
        const QString second = http.createInteraction("chat", "+22997000041", "Re-bonjour");
        QVERIFY(takeChat(*a, second));
        QVERIFY(!stateOf(*sup, "agent1", [](const QJsonObject &e) {
                     return e.value("state").toString() == "busy" &&
                            e.value("interactions").toArray().size() == 2;
                 }).isEmpty());

        // One of the two closed: still busy, handled today 1, on the grid and on the desk.
        QTest::qWait(50);
        QVERIFY(ok(a->request("interaction.wrapup",
                              {{"interactionId", first}, {"disposition", "resolved"}})));
        const QJsonObject one = stateOf(*sup, "agent1", [](const QJsonObject &e) {
            return e.value("handledToday").toInt() == 1;
        });
        QCOMPARE(one.value("state").toString(), QStringLiteral("busy"));
        QCOMPARE(one.value("interactions").toArray().size(), 1);
        QVERIFY(one.value("ahtTodayMs").toInteger() >= 50);
        QVERIFY(!stateOf(*a, "agent1", [](const QJsonObject &e) {
                     return e.value("handledToday").toInt() == 1;
                 }).isEmpty());

        QVERIFY(ok(a->request("interaction.wrapup",
                              {{"interactionId", second}, {"disposition", "info"}})));
        const QJsonObject two = stateOf(*a, "agent1", [](const QJsonObject &e) {
            return e.value("handledToday").toInt() == 2;
        });
        QCOMPARE(two.value("state").toString(), QStringLiteral("ready"));
        QVERIFY(two.value("interactions").toArray().isEmpty());
        const qint64 aht = two.value("ahtTodayMs").toInteger();
        QVERIFY(aht > 0);

        // The counters come from what was stored: a restart keeps them.
        restartServer();
        auto sup2 = loggedIn("supervisor1");
        QVERIFY(sup2);
        const QJsonObject after = agentIn(*sup2, "agent1");
        QCOMPARE(after.value("handledToday").toInt(), 2);
        QVERIFY(qAbs(after.value("ahtTodayMs").toInteger() - aht) <= 1);
        // And the desk shows them at login.
        CtiClient back;
        QVERIFY(back.open(m_server.ctiUrl()));
        const QJsonObject login = back.login("agent1");
        QCOMPARE(login.value("state").toObject().value("handledToday").toInt(), 2);
    }

    // An agent asks for help: the supervisors see who, from which team, and why; it is kept
    // across a restart until a supervisor resolves it, which the agent sees; both are audited.
    void queueThresholdsComeFromTheConfiguration()
    {
        // The demo's vip queue is watched closely; general keeps the defaults. A site changes
        // general's in its file: the supervisors get the new colours with the queue list.
        startServer(
            {{R"(name = "general"\n)",
              "name = \"general\"\nthresholds = { waiting = [3, 7], abandoned = [4, 8] }\n"}});
        auto sup = loggedIn("supervisor1");
        QVERIFY(sup);
        const QJsonObject reply = sup->request("supervise.subscribe");
        QVERIFY2(reply.value("ok").toBool(), qPrintable(QJsonDocument(reply).toJson()));
        QHash<QString, QJsonObject> thresholds;
        for (const QJsonValue &v : reply.value("queues").toArray())
            thresholds.insert(v.toObject().value("name").toString(),
                              v.toObject().value("thresholds").toObject());
        QCOMPARE(thresholds.size(), 4);
        const QJsonObject vip = thresholds.value("vip");
        QCOMPARE(vip.value("waiting").toArray(), QJsonArray({2, 4}));
        QCOMPARE(vip.value("longestWaitMs").toArray(), QJsonArray({30000, 60000}));
        QCOMPARE(vip.value("serviceLevel").toArray(), QJsonArray({90, 80}));
        QCOMPARE(vip.value("ahtMs").toArray(), QJsonArray({240000, 420000}));
        const QJsonObject general = thresholds.value("general");
        QCOMPARE(general.value("waiting").toArray(), QJsonArray({3, 7}));
        QCOMPARE(general.value("abandonRate").toArray(), QJsonArray({4, 8}));
        QCOMPARE(general.value("longestWaitMs").toArray(), QJsonArray({60000, 120000}));
        QVERIFY(!general.contains("ahtMs"));
        // queue.list says the same to any signed-in user.
        const QJsonObject list = sup->request("queue.list");
        bool seen = false;
        for (const QJsonValue &v : list.value("queues").toArray())
            seen = seen || (v.toObject().value("name").toString() == "vip" &&
                            v.toObject().value("thresholds").toObject() == vip);
        QVERIFY(seen);
    }

    void helpRequestReachesSupervisorsAndIsResolved()
    {
        startServer();
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        QVERIFY(sup && a);
        QVERIFY(ok(sup->request("supervise.subscribe")));
        const QJsonObject asked = a->request(
            "help.request", {{"text", "Client très agressif, je ne sais plus quoi dire"}});
        QVERIFY2(ok(asked), dump(asked));
        const QString id = asked.value("request").toObject().value("id").toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject seen = sup->waitEvent("help.requested");
        QCOMPARE(seen.value("id").toString(), id);
        QCOMPARE(seen.value("agentId").toString(), QStringLiteral("agent1"));
        QCOMPARE(seen.value("name").toString(), QStringLiteral("Awa Dossou"));
        QCOMPARE(seen.value("team").toString(), QStringLiteral("Équipe Cotonou"));
        QCOMPARE(seen.value("text").toString(),
                 QStringLiteral("Client très agressif, je ne sais plus quoi dire"));
        QVERIFY(qAbs(seen.value("at").toInteger() - QDateTime::currentMSecsSinceEpoch()) < 10000);

        // Pressing again does not page the floor twice.
        const QJsonObject again = a->request("help.request");
        QCOMPARE(again.value("request").toObject().value("id").toString(), id);
        QVERIFY(again.value("alreadyOpen").toBool());
        QTest::qWait(300);
        QVERIFY(!sup->hasEvent("help.requested"));

        QCOMPARE(code(a->request("help.list")), QStringLiteral("forbidden"));
        QCOMPARE(code(a->request("help.resolve", {{"requestId", id}})),
                 QStringLiteral("forbidden"));
        auto b = loggedIn("agent2");
        QVERIFY(b);
        QVERIFY(ok(b->request("help.request")));
        QCOMPARE(sup->waitEvent("help.requested").value("text").toString(), QString());
        QCOMPARE(sup->request("help.list").value("requests").toArray().size(), 2);

        restartServer();
        sup = loggedIn("supervisor1");
        a = loggedIn("agent1");
        QVERIFY(sup && a);
        QVERIFY(ok(sup->request("supervise.subscribe")));
        const QJsonArray open = sup->request("help.list").value("requests").toArray();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.first().toObject().value("id").toString(), id); // oldest first
        QCOMPARE(open.first().toObject().value("name").toString(), QStringLiteral("Awa Dossou"));

        const QJsonObject resolved = sup->request("help.resolve", {{"requestId", id}});
        QVERIFY2(ok(resolved), dump(resolved));
        QCOMPARE(resolved.value("request").toObject().value("resolvedBy").toString(),
                 QStringLiteral("supervisor1"));
        const QJsonObject toAgent = a->waitEvent("help.resolved");
        QCOMPARE(toAgent.value("id").toString(), id);
        QCOMPARE(toAgent.value("resolvedByName").toString(), QStringLiteral("Brigitte Hounkpè"));
        QCOMPARE(sup->waitEvent("help.resolved").value("id").toString(), id);
        const QJsonArray left = sup->request("help.list").value("requests").toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value("agentId").toString(), QStringLiteral("agent2"));
        QCOMPARE(code(sup->request("help.resolve", {{"requestId", id}})),
                 QStringLiteral("conflict"));
        QCOMPARE(code(sup->request("help.resolve", {{"requestId", "nope"}})),
                 QStringLiteral("not_found"));
        // Resolved, a new request is a new one.
        const QJsonObject next = a->request("help.request", {{"text", "Encore moi"}});
        QVERIFY(!next.value("alreadyOpen").toBool());
        QVERIFY(next.value("request").toObject().value("id").toString() != id);

        auto admin = loggedIn("admin");
        QVERIFY(admin);
        bool requested = false, resolvedAudit = false;
        for (const QJsonValue &v :
             admin->request("audit.list", {{"limit", 200}}).value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            requested = requested || (e.value("action").toString() == "help.request" &&
                                      e.value("actor").toString() == "agent1" &&
                                      e.value("resource").toString() == id);
            resolvedAudit = resolvedAudit ||
                            (e.value("action").toString() == "help.resolve" &&
                             e.value("actor").toString() == "supervisor1" &&
                             e.value("resource").toString() == id && e.value("success").toBool());
        }
        QVERIFY(requested && resolvedAudit);
    }

    // Each user's choices (the supervisor's indicators and their order, the desk's layout) are
    // kept on the server, per user, across a restart; over 16 KiB is refused.
    void settingsArePerUserAndKept()
    {
        startServer();
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        QVERIFY(sup && a);
        const QJsonArray indicators{"serviceLevel", "waiting", "longestWaitMs", "ahtMs"};
        const QJsonObject layout{
            {"splitter", QJsonArray{320, 704}},
            {"theme", "dark"},
            {"columns", QJsonObject{{"inbox", QJsonArray{"channel", "customer"}}}}};
        QVERIFY(ok(sup->request("settings.set",
                                {{"key", "supervisor.indicators"}, {"value", indicators}})));
        QVERIFY(ok(sup->request("settings.set", {{"key", "desk.layout"}, {"value", layout}})));
        QVERIFY(ok(a->request("settings.set", {{"key", "desk.layout"}, {"value", "compact"}})));
        QVERIFY(ok(a->request("settings.set", {{"key", "desk.zoom"}, {"value", 1.25}})));

        // Not found is a null value, not an error; one user never sees another's.
        const QJsonObject none = a->request("settings.get", {{"key", "supervisor.indicators"}});
        QVERIFY(ok(none));
        QVERIFY(none.value("value").isNull());
        QCOMPARE(a->request("settings.get", {{"key", "desk.layout"}}).value("value").toString(),
                 QStringLiteral("compact"));

        // Too large, missing or empty: refused, and the stored value stays.
        const QString big(16 * 1024, QLatin1Char('x')); // 16 KiB + 2 quotes encoded
        const QJsonObject tooBig =
            sup->request("settings.set", {{"key", "desk.layout"}, {"value", big}});
        QCOMPARE(code(tooBig), QStringLiteral("bad_request"));
        QVERIFY(tooBig.value("error").toObject().value("message").toString().contains("value"));
        QVERIFY(ok(sup->request("settings.set",
                                {{"key", "notes"}, {"value", QString(16 * 1024 - 2, 'y')}})));
        QCOMPARE(code(sup->request("settings.set", {{"key", "desk.layout"}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(code(sup->request("settings.get", {{"key", ""}})), QStringLiteral("bad_request"));

        restartServer();
        auto sup2 = loggedIn("supervisor1");
        QVERIFY(sup2);
        QCOMPARE(sup2->request("settings.get", {{"key", "supervisor.indicators"}})
                     .value("value")
                     .toArray(),
                 indicators);
        QCOMPARE(sup2->request("settings.get", {{"key", "desk.layout"}}).value("value").toObject(),
                 layout);
        auto a2 = loggedIn("agent1");
        QVERIFY(a2);
        QCOMPARE(a2->request("settings.get", {{"key", "desk.zoom"}}).value("value").toDouble(),
                 1.25);

        // null removes it.
        QVERIFY(ok(a2->request("settings.set", {{"key", "desk.zoom"}, {"value", QJsonValue()}})));
        QVERIFY(a2->request("settings.get", {{"key", "desk.zoom"}}).value("value").isNull());
    }

    // A callback promised in the wrap-up comes back when due, to the agent who promised it even
    // though another agent is free, with the customer, the number and the note.
    void callbackComesBackToTheSameAgentWhenDue()
    {
        startServer();
        auto a = loggedIn("agent1");
        auto b = loggedIn("agent2");
        QVERIFY(a && b);
        QVERIFY(setReady(*a));
        const qint64 due = now() + 3000;
        const QJsonObject w = chatThenCallback(
            *a, kKnownCustomer, {{"at", due}, {"note", "Rappeler pour la facture de mars"}});
        QVERIFY2(ok(w), dump(w));
        const QJsonObject scheduled = w.value("callback").toObject();
        const QString cbId = scheduled.value("id").toString();
        QVERIFY(!cbId.isEmpty());
        QCOMPARE(scheduled.value("state").toString(), QStringLiteral("scheduled"));
        QCOMPARE(scheduled.value("number").toString(), kKnownCustomer); // the customer's phone
        QCOMPARE(scheduled.value("dueAt").toInteger(), due);
        QCOMPARE(scheduled.value("queue").toString(), QStringLiteral("general"));

        const QJsonArray mine =
            a->request("callback.list", {{"scope", "mine"}}).value("callbacks").toArray();
        QCOMPARE(mine.size(), 1);
        const QJsonObject listed = mine.first().toObject();
        QCOMPARE(listed.value("id").toString(), cbId);
        QVERIFY(!listed.value("customer").toObject().value("name").toString().isEmpty());
        QCOMPARE(listed.value("note").toString(),
                 QStringLiteral("Rappeler pour la facture de mars"));
        QVERIFY(!listed.contains("recordingUrl"));
        QVERIFY(b->request("callback.list", {{"scope", "mine"}})
                    .value("callbacks")
                    .toArray()
                    .isEmpty());
        QCOMPARE(b->request("callback.list", {{"scope", "queue"}, {"queue", "general"}})
                     .value("callbacks")
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(code(b->request("callback.list", {{"scope", "queue"}, {"queue", "nope"}})),
                 QStringLiteral("not_found"));

        // Both are free; until a second before its time nothing comes.
        QVERIFY(setReady(*b));
        QTest::qWait(int(std::max<qint64>(0, due - now() - 1000)));
        QVERIFY(!a->hasEvent("interaction.offered"));
        QVERIFY(!b->hasEvent("interaction.offered"));

        const QJsonObject offer = a->waitEvent("interaction.offered", 10000);
        QVERIFY2(!offer.isEmpty(), "the callback never came back");
        QVERIFY(now() >= due);
        const QJsonObject ix = offer.value("interaction").toObject();
        QCOMPARE(ix.value("id").toString(), cbId);
        QCOMPARE(ix.value("channel").toString(), QStringLiteral("callback"));
        QCOMPARE(ix.value("from").toString(), kKnownCustomer);
        QCOMPARE(offer.value("customer").toObject().value("phone").toString(), kKnownCustomer);
        QCOMPARE(offer.value("callback").toObject().value("note").toString(),
                 QStringLiteral("Rappeler pour la facture de mars"));
        QVERIFY(!b->hasEvent("interaction.offered"));
        const QJsonObject waiting = a->request("callback.list", {{"scope", "mine"}})
                                        .value("callbacks")
                                        .toArray()
                                        .first()
                                        .toObject();
        QCOMPARE(waiting.value("state").toString(), QStringLiteral("waiting"));
        QCOMPARE(waiting.value("offeredTo").toString(), QStringLiteral("agent1"));

        // Taken: no longer in the lists; done, it is in the customer's history.
        QVERIFY(ok(a->request("interaction.accept", {{"interactionId", cbId}})));
        QVERIFY(a->request("callback.list", {{"scope", "mine"}})
                    .value("callbacks")
                    .toArray()
                    .isEmpty());
        QVERIFY(ok(a->request("interaction.wrapup",
                              {{"interactionId", cbId}, {"disposition", "resolved"}})));
        const QString customerId = offer.value("customer").toObject().value("id").toString();
        const QJsonObject newest = a->request("customer.history", {{"customerId", customerId}})
                                       .value("history")
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(newest.value("channel").toString(), QStringLiteral("callback"));
        QCOMPARE(newest.value("interactionId").toString(), cbId);
    }

    // The callback survives a crash of the server; its agent gone home, anyone in the queue gets
    // it when due, on the number given.
    void callbackIsDurableAndGoesToTheQueueWhenItsAgentIsAway()
    {
        startServer();
        auto a = loggedIn("agent1");
        QVERIFY(a);
        QVERIFY(setReady(*a));
        const qint64 due = now() + 4000;
        const QJsonObject w =
            chatThenCallback(*a, "+22997000060", {{"at", due}, {"number", "97 00 00 55"}});
        QVERIFY2(ok(w), dump(w));
        const QString cbId = w.value("callback").toObject().value("id").toString();
        QCOMPARE(w.value("callback").toObject().value("number").toString(),
                 QStringLiteral("+22997000055"));
        QVERIFY(ok(a->request("logout")));

        m_server.kill(); // a crash, not a clean stop
        QVERIFY2(m_server.start(m_db, {"--config", m_config}), qPrintable(m_server.output()));
        auto b = loggedIn("agent2");
        QVERIFY(b);
        QVERIFY(setReady(*b));
        const QJsonObject offer = b->waitEvent("interaction.offered", 12000);
        QVERIFY2(!offer.isEmpty(), "the callback was lost");
        QVERIFY(now() >= due);
        QCOMPARE(offeredId(offer), cbId);
        QCOMPARE(offer.value("interaction").toObject().value("from").toString(),
                 QStringLiteral("+22997000055"));
        QCOMPARE(offer.value("callback").toObject().value("agentId").toString(),
                 QStringLiteral("agent1"));
    }

    // Cancelled, a callback never comes; only its agent or a supervisor may cancel it; a wrong
    // time is refused and the wrap-up with it.
    void callbackCancelAndValidation()
    {
        startServer();
        auto a = loggedIn("agent1");
        auto b = loggedIn("agent2");
        auto sup = loggedIn("supervisor1");
        QVERIFY(a && b && sup);
        QVERIFY(setReady(*a));

        // Refused: in the past, too far ahead, not a number. The wrap-up is refused with it.
        HttpClient http(m_server.httpBase());
        const QString chat = http.createInteraction("chat", "+22997000061", "Allô");
        QVERIFY(takeChat(*a, chat));
        const auto wrapWith = [&](const QJsonObject &callback) {
            return a->request(
                "interaction.wrapup",
                {{"interactionId", chat}, {"disposition", "callback"}, {"callback", callback}});
        };
        QJsonObject refused = wrapWith({{"at", now() - 1000}});
        QCOMPARE(code(refused), QStringLiteral("bad_request"));
        QVERIFY(
            refused.value("error").toObject().value("message").toString().contains("callback.at"));
        QCOMPARE(code(wrapWith({{"at", now() + 31LL * 24 * 3600 * 1000}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(code(wrapWith({{"at", now() + 60000}, {"number", "pas un numéro"}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(code(wrapWith({{"note", "sans heure"}})), QStringLiteral("bad_request"));
        QVERIFY(a->request("callback.list").value("callbacks").toArray().isEmpty());
        QVERIFY(!a->hasEvent("interaction.closed"));

        // Scheduled, then cancelled by its agent: it never comes.
        const QJsonObject w = wrapWith({{"at", now() + 2000}});
        QVERIFY2(ok(w), dump(w));
        const QString first = w.value("callback").toObject().value("id").toString();
        QCOMPARE(code(b->request("callback.cancel", {{"callbackId", first}})),
                 QStringLiteral("forbidden"));
        const QJsonObject cancelled = a->request("callback.cancel", {{"callbackId", first}});
        QVERIFY2(ok(cancelled), dump(cancelled));
        QCOMPARE(cancelled.value("callback").toObject().value("state").toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(code(a->request("callback.cancel", {{"callbackId", first}})),
                 QStringLiteral("conflict"));
        QCOMPARE(code(a->request("callback.cancel", {{"callbackId", "nope"}})),
                 QStringLiteral("not_found"));

        // Another one comes due while its agent is on a break: it waits for them; a supervisor
        // cancels it; back from the break, nothing is offered.
        const QJsonObject w3 = chatThenCallback(*a, "+22997000063", {{"at", now() + 2500}});
        QVERIFY2(ok(w3), dump(w3));
        const QString second = w3.value("callback").toObject().value("id").toString();
        QVERIFY(ok(a->request("state.set", {{"state", "not_ready"}, {"reason", "break"}})));
        QTRY_VERIFY_WITH_TIMEOUT(a->request("callback.list")
                                         .value("callbacks")
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value("state") == QJsonValue("waiting"),
                                 10000);
        const QJsonObject kept =
            a->request("callback.list").value("callbacks").toArray().first().toObject();
        QCOMPARE(kept.value("id").toString(), second);
        QCOMPARE(kept.value("keptFor").toString(), QStringLiteral("agent1"));
        QVERIFY(ok(sup->request("callback.cancel", {{"callbackId", second}})));
        a->clearEvents();
        QVERIFY(setReady(*a));
        QTest::qWait(1500);
        QVERIFY(!a->hasEvent("interaction.offered"));
        // Nor after a restart.
        restartServer();
        a = loggedIn("agent1");
        QVERIFY(a);
        QVERIFY(setReady(*a));
        QTest::qWait(1500);
        QVERIFY(!a->hasEvent("interaction.offered"));

        auto admin = loggedIn("admin");
        QVERIFY(admin);
        bool audited = false;
        for (const QJsonValue &v :
             admin->request("audit.list", {{"limit", 200}}).value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            audited = audited || (e.value("action").toString() == "callback.cancel" &&
                                  e.value("actor").toString() == "supervisor1" &&
                                  e.value("resource").toString() == second);
        }
        QVERIFY(audited);
    }

    // The supervisor sees who waits, in the order they will be served, and moves one to another
    // queue or to an agent; the moves are audited.
    void supervisorSeesTheWaitingAndMovesThem()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        auto b = loggedIn("agent2");
        QVERIFY(sup && a && b);
        const QString known = http.createInteraction("chat", kKnownCustomer, "Bonjour");
        const QString unknown = http.createInteraction("sms", "+22997000070", "Allô");
        const QString vip = http.createInteraction("chat", "+22997000099", "Urgent");
        QVERIFY(!known.isEmpty() && !unknown.isEmpty() && !vip.isEmpty());
        QTest::qWait(300);

        QCOMPARE(code(a->request("queue.waiting", {{"queue", "general"}})),
                 QStringLiteral("forbidden"));
        QCOMPARE(code(sup->request("queue.waiting", {{"queue", "nope"}})),
                 QStringLiteral("not_found"));
        const QJsonObject listed = sup->request("queue.waiting", {{"queue", "general"}});
        QVERIFY2(ok(listed), dump(listed));
        const QJsonArray waiting = listed.value("interactions").toArray();
        QCOMPARE(waiting.size(), 3);
        QCOMPARE(waiting[0].toObject().value("id").toString(), vip); // priority number first
        QCOMPARE(waiting[0].toObject().value("priority").toInt(), 100);
        QCOMPARE(waiting[1].toObject().value("id").toString(), known);
        QCOMPARE(waiting[2].toObject().value("id").toString(), unknown);
        const QJsonObject first = waiting[1].toObject();
        QCOMPARE(first.value("channel").toString(), QStringLiteral("chat"));
        QCOMPARE(first.value("from").toString(), kKnownCustomer);
        const QJsonObject card = a->request("customer.search", {{"query", "97000001"}})
                                     .value("customers")
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(first.value("customer").toObject().value("name").toString(),
                 card.value("name").toString());
        QCOMPARE(waiting[2].toObject().value("channel").toString(), QStringLiteral("sms"));
        QVERIFY(first.value("waitedMs").toInteger() >= 300);
        QVERIFY(first.value("waitedMs").toInteger() >=
                waiting[2].toObject().value("waitedMs").toInteger());
        QCOMPARE(first.value("state").toString(), QStringLiteral("queued"));

        // To another queue, and to one agent.
        QVERIFY(ok(sup->request("interaction.transfer",
                                {{"interactionId", unknown}, {"queue", "english"}})));
        QVERIFY(ok(sup->request("interaction.transfer",
                                {{"interactionId", known}, {"agentId", "agent2"}})));
        QCOMPARE(code(sup->request("interaction.transfer",
                                   {{"interactionId", vip}, {"queue", "nowhere"}})),
                 QStringLiteral("not_found"));
        const QJsonArray general =
            sup->request("queue.waiting", {{"queue", "general"}}).value("interactions").toArray();
        QCOMPARE(general.size(), 2);
        QCOMPARE(findBy(general, "id", known).value("keptFor").toString(),
                 QStringLiteral("agent2"));
        const QJsonArray english =
            sup->request("queue.waiting", {{"queue", "english"}}).value("interactions").toArray();
        QCOMPARE(english.size(), 1);
        QCOMPARE(english[0].toObject().value("id").toString(), unknown);

        // agent1 (no English) gets the priority chat, never the one moved to agent2.
        QVERIFY(setReady(*a));
        QVERIFY(takeChat(*a, vip));
        QTest::qWait(500);
        QVERIFY(!a->hasEvent("interaction.offered"));
        const QJsonArray offered =
            sup->request("queue.waiting", {{"queue", "general"}}).value("interactions").toArray();
        QCOMPARE(offered.size(), 1);
        QVERIFY(setReady(*b));
        QVERIFY(takeChat(*b, known));

        auto admin = loggedIn("admin");
        QVERIFY(admin);
        QStringList moves;
        for (const QJsonValue &v :
             admin->request("audit.list", {{"limit", 200}}).value("entries").toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value("action").toString() == "interaction.transfer" &&
                e.value("actor").toString() == "supervisor1")
                moves << e.value("resource").toString() + QLatin1Char(' ') +
                             e.value("detail").toString() +
                             (e.value("success").toBool() ? QString()
                                                          : QStringLiteral(" (refused)"));
        }
        QVERIFY2(moves.contains(unknown + " queue english"), qPrintable(moves.join('\n')));
        QVERIFY(moves.contains(known + " agent agent2"));
        QVERIFY(moves.contains(vip + " no queue nowhere (refused)"));
    }

    // The day's report counts the interactions of the test; past days come from what is stored,
    // with abandons, service level against each queue's target, waits, handle times and the
    // agents' time per state.
    void reportsCountWhatHappened()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        QVERIFY(sup && a);
        QVERIFY(setReady(*a));
        QStringList chats;
        for (int i = 0; i < 2; ++i)
            chats << http.createInteraction("chat", QStringLiteral("+2299700008%1").arg(i),
                                            "Bonjour");
        QVERIFY(!http.createInteraction("chat", "+22997000089", "Hello", "english").isEmpty());
        QVERIFY(takeChat(*a, chats[0]));
        QVERIFY(takeChat(*a, chats[1]));
        QTest::qWait(200);
        for (int i = 0; i < 2; ++i)
            QVERIFY(ok(a->request("interaction.wrapup",
                                  {{"interactionId", chats[i]}, {"disposition", "resolved"}})));
        // A third one that nobody answers.
        QVERIFY(ok(a->request("state.set", {{"state", "not_ready"}, {"reason", "break"}})));
        QVERIFY(!http.createInteraction("chat", "+22997000082", "Bonjour").isEmpty());

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(code(a->request("report.queues", {{"from", today}, {"to", today}})),
                 QStringLiteral("forbidden"));
        const QJsonObject day = sup->request("report.queues", {{"from", today}, {"to", today}});
        QVERIFY2(ok(day), dump(day));
        const QJsonObject general = findBy(day.value("queues").toArray(), "name", "general");
        QCOMPARE(general.value("offered").toInt(), 3);
        QCOMPARE(general.value("answered").toInt(), 2);
        QCOMPARE(general.value("abandoned").toInt(), 0);
        QCOMPARE(general.value("serviceLevel").toDouble(), 100.0);
        QVERIFY(general.value("ahtMs").toInteger() >= 200);
        const QJsonObject english = findBy(day.value("queues").toArray(), "name", "english");
        QCOMPARE(english.value("offered").toInt(), 1);
        QCOMPARE(english.value("answered").toInt(), 0);
        QCOMPARE(findBy(day.value("queues").toArray(), "name", "vip").value("offered").toInt(), 0);
        QCOMPARE(day.value("total").toObject().value("offered").toInt(), 4);

        const QJsonObject agents = sup->request("report.agents", {{"from", today}, {"to", today}});
        QVERIFY2(ok(agents), dump(agents));
        const QJsonObject awa = findBy(agents.value("agents").toArray(), "agentId", "agent1");
        QCOMPARE(awa.value("handled").toInt(), 2);
        QCOMPARE(awa.value("team").toString(), QStringLiteral("Équipe Cotonou"));
        QVERIFY(awa.value("busyMs").toInteger() >= 200);
        QVERIFY(awa.value("readyMs").toInteger() >= 0);
        QVERIFY(awa.value("loggedInMs").toInteger() >= awa.value("busyMs").toInteger());
        const QJsonObject koffi = findBy(agents.value("agents").toArray(), "agentId", "agent2");
        QCOMPARE(koffi.value("handled").toInt(), 0);
        QCOMPARE(koffi.value("loggedInMs").toInteger(), 0);

        // Yesterday and the day before, as stored by an earlier run.
        const QDate d1 = QDate::currentDate().addDays(-1);
        const QDate d2 = QDate::currentDate().addDays(-2);
        const auto ix = [](const QString &id, const QString &queue, const QString &state,
                           const QString &agent, qint64 created, qint64 answered, qint64 closed) {
            return QStringLiteral("INSERT INTO interactions (id, channel, queue, state, agent_id, "
                                  "created_at, answered_at, ended_at, closed_at) VALUES ('%1', "
                                  "'voice', '%2', '%3', '%4', %5, %6, %7, %7)")
                .arg(id, queue, state, agent)
                .arg(created)
                .arg(answered)
                .arg(closed);
        };
        const auto st = [](const QString &state, const QString &reason, qint64 when) {
            return QStringLiteral("INSERT INTO agent_states (agent_id, state, reason, at, seq) "
                                  "VALUES ('agent1', '%1', '%2', %3, 0)")
                .arg(state, reason)
                .arg(when);
        };
        const qint64 t1 = at(d1, 10, 0, 0), t2 = at(d1, 10, 5, 0), t3 = at(d1, 10, 10, 0);
        const qint64 t5 = at(d1, 23, 59, 59);
        const QStringList seed{
            ix("h1", "general", "closed", "agent1", t1, t1 + 5000, t1 + 65000),
            ix("h2", "general", "closed", "agent1", t2, t2 + 30000, t2 + 150000),
            ix("h3", "general", "abandoned", "", t3, 0, t3 + 40000),
            ix("h4", "general", "cancelled", "", t3, 0, t3 + 1000),
            ix("h5", "technique", "closed", "agent2", t5, t5 + 10000, t5 + 70000),
            ix("h6", "technique", "closed", "agent2", at(d2, 9, 0, 0), at(d2, 9, 1, 0),
               at(d2, 9, 3, 0)),
            st("not_ready", "login", at(d1, 9, 0, 0)),
            st("ready", "", at(d1, 9, 1, 0)),
            st("busy", "", at(d1, 10, 0, 5)),
            st("ready", "", at(d1, 10, 1, 5)),
            st("not_ready", "lunch", at(d1, 12, 0, 0)),
            st("ready", "", at(d1, 13, 0, 0)),
            st("logged_out", "", at(d1, 17, 0, 0)),
        };
        QVERIFY2(m_server.terminate(), qPrintable(m_server.output()));
        const QString error = execSql(m_db, seed);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(m_db, {"--config", m_config}), qPrintable(m_server.output()));
        sup = loggedIn("supervisor1");
        QVERIFY(sup);

        const QString yesterday = d1.toString(Qt::ISODate);
        const QJsonObject past =
            sup->request("report.queues", {{"from", yesterday}, {"to", yesterday}});
        QVERIFY2(ok(past), dump(past));
        const QJsonObject g = findBy(past.value("queues").toArray(), "name", "general");
        QCOMPARE(g.value("offered").toInt(), 3); // the cancelled callback is not counted
        QCOMPARE(g.value("answered").toInt(), 2);
        QCOMPARE(g.value("abandoned").toInt(), 1);
        // One answered within the 20 s target, out of two answered and one abandoned.
        QVERIFY(qAbs(g.value("serviceLevel").toDouble() - 100.0 / 3) < 0.01);
        QCOMPARE(g.value("ahtMs").toInteger(), 90000);
        QCOMPARE(g.value("avgWaitMs").toInteger(), 17500);
        QCOMPARE(g.value("longestWaitMs").toInteger(), 30000);
        const QJsonObject t = findBy(past.value("queues").toArray(), "name", "technique");
        QCOMPARE(t.value("offered").toInt(), 1); // by arrival: 23:59:59 counts yesterday
        QCOMPARE(t.value("serviceLevel").toDouble(), 100.0); // 10 s, within technique's 30 s
        const QJsonObject two =
            sup->request("report.queues", {{"from", d2.toString(Qt::ISODate)}, {"to", yesterday}});
        QCOMPARE(
            findBy(two.value("queues").toArray(), "name", "technique").value("offered").toInt(), 2);

        const QJsonObject people =
            sup->request("report.agents", {{"from", yesterday}, {"to", yesterday}});
        const QJsonObject awaPast = findBy(people.value("agents").toArray(), "agentId", "agent1");
        QCOMPARE(awaPast.value("handled").toInt(), 2);
        QCOMPARE(awaPast.value("ahtMs").toInteger(), 90000);
        QCOMPARE(awaPast.value("busyMs").toInteger(), 60000);
        QCOMPARE(awaPast.value("readyMs").toInteger(), 3545000 + 7135000 + 14400000);
        QCOMPARE(awaPast.value("notReadyMs").toInteger(), 3660000);
        QCOMPARE(awaPast.value("loggedInMs").toInteger(), 8 * 3600 * 1000);
        const QJsonObject reasons = awaPast.value("notReadyReasons").toObject();
        QCOMPARE(reasons.value("lunch").toInteger(), 3600000);
        QCOMPARE(reasons.value("login").toInteger(), 60000);

        // Periods: dates, in order, 93 days at most.
        const QString start = QDate::currentDate().addDays(-93).toString(Qt::ISODate);
        QCOMPARE(code(sup->request("report.agents", {{"from", start}, {"to", today}})),
                 QStringLiteral("bad_request"));
        QVERIFY(ok(sup->request(
            "report.agents",
            {{"from", QDate::currentDate().addDays(-92).toString(Qt::ISODate)}, {"to", today}})));
        QCOMPARE(code(sup->request("report.queues", {{"from", today}, {"to", yesterday}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(code(sup->request("report.queues", {{"from", "2024-13-01"}, {"to", today}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(code(sup->request("report.queues", {{"from", today}})),
                 QStringLiteral("bad_request"));
    }

    // The wallboard's day charts: contacts and service level per 15 minutes, by arrival.
    void dayChartsPerFifteenMinutes()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        auto a = loggedIn("agent1");
        QVERIFY(sup && a);
        const auto intervalNow = [] {
            return int(
                QDateTime(QDate::currentDate(), QTime(0, 0)).msecsTo(QDateTime::currentDateTime()) /
                (15 * 60 * 1000));
        };
        const int before = intervalNow();
        const QString answered = http.createInteraction("chat", "+22997000090", "Bonjour");
        QVERIFY(!http.createInteraction("chat", "+22997000091", "Bonjour").isEmpty());
        QVERIFY(setReady(*a));
        QVERIFY(takeChat(*a, answered));
        const int after = intervalNow();

        QCOMPARE(code(a->request("stats.intervals")), QStringLiteral("forbidden"));
        const QJsonObject today =
            sup->request("stats.intervals", {{"queues", QJsonArray{"general"}}});
        QVERIFY2(ok(today), dump(today));
        QCOMPARE(today.value("intervalMs").toInteger(), 15 * 60 * 1000);
        QCOMPARE(today.value("queues").toArray().size(), 1);
        const QJsonObject general = today.value("queues").toArray().first().toObject();
        QCOMPARE(general.value("name").toString(), QStringLiteral("general"));
        const QJsonArray offered = general.value("offered").toArray();
        QCOMPARE(offered.size(), 96);
        int total = 0, answeredTotal = 0;
        for (int i = 0; i < 96; ++i) {
            total += offered[i].toInt();
            answeredTotal += general.value("answered").toArray()[i].toInt();
            if (offered[i].toInt() > 0)
                QVERIFY(i >= before && i <= after);
        }
        QCOMPARE(total, 2);
        QCOMPARE(answeredTotal, 1);
        QVERIFY(general.value("serviceLevel").toArray()[0].isNull()); // nothing at midnight

        // Yesterday, as stored: 10:00–10:15 one answered in 5 s and one abandoned, 10:15–10:30
        // one answered after 40 s (target 20 s).
        const QDate d1 = QDate::currentDate().addDays(-1);
        const auto ix = [](const QString &id, const QString &state, qint64 created,
                           qint64 answeredAt) {
            return QStringLiteral("INSERT INTO interactions (id, channel, queue, state, "
                                  "created_at, answered_at, closed_at) VALUES ('%1', 'voice', "
                                  "'general', '%2', %3, %4, %5)")
                .arg(id, state)
                .arg(created)
                .arg(answeredAt)
                .arg(created + 60000);
        };
        const qint64 ten = at(d1, 10, 0, 0);
        QVERIFY2(m_server.terminate(), qPrintable(m_server.output()));
        const QString error = execSql(
            m_db, {ix("y1", "closed", ten + 1000, ten + 6000), ix("y2", "abandoned", ten + 2000, 0),
                   ix("y3", "closed", at(d1, 10, 20, 0), at(d1, 10, 20, 40))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(m_db, {"--config", m_config}), qPrintable(m_server.output()));
        sup = loggedIn("supervisor1");
        QVERIFY(sup);
        const QJsonObject past =
            sup->request("stats.intervals", {{"date", d1.toString(Qt::ISODate)}});
        QVERIFY2(ok(past), dump(past));
        QCOMPARE(past.value("start").toInteger(), at(d1, 0, 0, 0));
        const QJsonObject g = findBy(past.value("queues").toArray(), "name", "general");
        QCOMPARE(g.value("offered").toArray()[40].toInt(), 2);
        QCOMPARE(g.value("answered").toArray()[40].toInt(), 1);
        QCOMPARE(g.value("abandoned").toArray()[40].toInt(), 1);
        QCOMPARE(g.value("serviceLevel").toArray()[40].toDouble(), 50.0);
        QCOMPARE(g.value("offered").toArray()[41].toInt(), 1);
        QCOMPARE(g.value("serviceLevel").toArray()[41].toDouble(), 0.0);
        QCOMPARE(g.value("offered").toArray()[39].toInt(), 0);
        QCOMPARE(
            findBy(past.value("queues").toArray(), "name", "vip").value("offered").toArray().size(),
            96);
        QCOMPARE(code(sup->request("stats.intervals", {{"date", "hier"}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(code(sup->request("stats.intervals", {{"queues", QJsonArray{"nope"}}})),
                 QStringLiteral("not_found"));
    }

    // Waiting callers over the last hour, sampled every 10 s.
    void waitingHistoryIsSampledEveryTenSeconds()
    {
        startServer();
        HttpClient http(m_server.httpBase());
        auto sup = loggedIn("supervisor1");
        QVERIFY(sup);
        for (int i = 0; i < 2; ++i)
            QVERIFY(
                !http.createInteraction("chat", QStringLiteral("+2299700009%1").arg(i + 2), "Allô")
                     .isEmpty());
        QJsonObject history;
        const auto generalWaiting = [&] {
            history = sup->request("stats.waiting_history", {{"queues", QJsonArray{"general"}}});
            return findBy(history.value("queues").toArray(), "name", "general")
                .value("waiting")
                .toArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            generalWaiting().size() >= 2 && generalWaiting().last().toInt() == 2, 15000);
        const QJsonArray waiting = generalWaiting();
        QCOMPARE(waiting.first().toInt(), 0); // at start, nobody
        QCOMPARE(history.value("intervalMs").toInteger(), 10000);
        const QJsonArray times = history.value("at").toArray();
        QCOMPARE(times.size(), waiting.size());
        const qint64 step = times[1].toInteger() - times[0].toInteger();
        QVERIFY2(step >= 9000 && step <= 11000, qPrintable(QString::number(step)));
        QCOMPARE(history.value("queues").toArray().size(), 1);
        auto a = loggedIn("agent1");
        QVERIFY(a);
        QCOMPARE(code(a->request("stats.waiting_history")), QStringLiteral("forbidden"));
        auto trainer = loggedIn("trainer1"); // the wallboard may run as a trainer
        QVERIFY(trainer);
        QVERIFY(ok(trainer->request("stats.waiting_history")));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestDispatchDesk t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_dispatch_desk.moc"

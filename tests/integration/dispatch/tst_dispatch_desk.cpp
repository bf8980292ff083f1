// What the desk's agent and supervisor faces ask of the server, end to end: a real
// relais-dispatch, real WebSockets and HTTP, on SQLite (or PostgreSQL with --pg).
#include "CtiClient.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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

        // Both are free; before its time nothing comes.
        QVERIFY(setReady(*b));
        QTest::qWait(1000);
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
        const QJsonObject w3 = chatThenCallback(*a, "+22997000063", {{"at", now() + 1500}});
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
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestDispatchDesk t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_dispatch_desk.moc"

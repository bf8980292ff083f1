// CtiClient against an in-process fake server: correlation, typed errors, timeouts, events by
// name, hello check, heartbeat, queueing while down, reconnect + resume, failover, offline.
#include "FakeCtiServer.h"

#include <relais/app/CtiClient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using relais::app::CtiClient;
using relais::app::CtiError;
using relais::app::CtiEvent;
using relais::app::CtiResult;
using relais::app::CtiTimings;
using relais::app::RequestOptions;
using State = relais::app::CtiClient::ConnectionState;
using relais::protocol::ErrorCode;

namespace {
CtiTimings fastTimings()
{
    CtiTimings t;
    t.connectTimeoutMs = 1000;
    t.heartbeatIntervalMs = 300;
    t.heartbeatTimeoutMs = 300;
    t.backoffInitialMs = 50;
    t.backoffMaxMs = 200;
    t.attemptsPerServer = 2;
    return t;
}

// The result of one request, filled when the reply (or the error) comes.
struct Outcome
{
    bool done = false;
    CtiResult result;
};

std::shared_ptr<Outcome> ask(CtiClient &c, const QString &type, QJsonObject fields = {},
                             RequestOptions options = {})
{
    auto out = std::make_shared<Outcome>();
    c.request(
        type, fields, &c,
        [out](const CtiResult &r) {
            out->done = true;
            out->result = r;
        },
        options);
    return out;
}

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
    FakeCtiServer probe;
    probe.listen();
    return probe.port();
}
} // namespace

class TestCtiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CtiClient> connectedClient(FakeCtiServer &server)
    {
        auto c = std::make_unique<CtiClient>();
        c->setTimings(fastTimings());
        c->setServers({server.url()});
        c->open();
        if (!QTest::qWaitFor([&] { return c->state() == State::Connected; }, 5000))
            return nullptr;
        return c;
    }

private slots:
    void parsesServerLists()
    {
        const QList<QUrl> urls = CtiClient::parseServerList(
            " ws://a.example:9000/cti, b.example:8433 ,wss://c.example, , http://nope, :12");
        QCOMPARE(urls.size(), 3);
        QCOMPARE(urls[0], QUrl("ws://a.example:9000/cti"));
        QCOMPARE(urls[1], QUrl("ws://b.example:8433/cti"));
        QCOMPARE(urls[2], QUrl("wss://c.example:8433/cti"));
    }

    void repliesAreMatchedToTheirRequests()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        // The first request is answered late, after the second: correlation is by id.
        QList<QJsonObject> held;
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "slow") {
                held << req;
                return std::nullopt;
            }
            return QJsonObject{{"echo", req.value("n")}};
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        QCOMPARE(c->hello().value("serverId").toString(),
                 QStringLiteral("fake-%1").arg(server.port()));
        auto slow = ask(*c, "slow", {{"n", 1}});
        auto fast = ask(*c, "fast", {{"n", 2}});
        QTRY_VERIFY(fast->done);
        QVERIFY(!slow->done);
        QVERIFY(fast->result.ok);
        QCOMPARE(fast->result.body.value("echo").toInt(), 2);
        QVERIFY(!fast->result.body.contains("id"));
        QTRY_COMPARE(held.size(), 1);
        server.sendRaw(
            {{"type", "reply"}, {"id", held[0].value("id")}, {"ok", true}, {"late", "oui"}});
        QTRY_VERIFY(slow->done);
        QCOMPARE(slow->result.body.value("late").toString(), QStringLiteral("oui"));
    }

    void serverErrorsAreTyped()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &) -> std::optional<QJsonObject> {
            return QJsonObject{
                {"ok", false},
                {"error", QJsonObject{{"code", "conflict"}, {"message", "pas maintenant"}}}};
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        auto r = ask(*c, "state.set", {{"state", "ready"}});
        QTRY_VERIFY(r->done);
        QVERIFY(!r->result.ok);
        QCOMPARE(r->result.error.kind, CtiError::Kind::Server);
        QVERIFY(r->result.error.isServer(ErrorCode::Conflict));
        QCOMPARE(r->result.error.message, QStringLiteral("pas maintenant"));
    }

    void aMissingReplyTimesOut()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "ping")
                return QJsonObject{{"now", 0}};
            return std::nullopt;
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        RequestOptions o;
        o.timeoutMs = 200;
        auto r = ask(*c, "customer.search", {{"query", "Awa"}}, o);
        QTRY_VERIFY(r->done);
        QCOMPARE(r->result.error.kind, CtiError::Kind::Timeout);
        // A reply after the timeout is ignored, and the link is still fine.
        QCOMPARE(c->state(), State::Connected);
    }

    void eventsGoToTheirSubscribersByName()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        auto c = connectedClient(server);
        QVERIFY(c);
        QList<CtiEvent> offers, states;
        auto gone = std::make_unique<QObject>();
        int toGone = 0;
        c->subscribe("interaction.offered", c.get(), [&](const CtiEvent &e) { offers << e; });
        c->subscribe("agent.state", c.get(), [&](const CtiEvent &e) { states << e; });
        c->subscribe("agent.state", gone.get(), [&](const CtiEvent &) { ++toGone; });
        gone.reset();
        QSignalSpy all(c.get(), &CtiClient::eventReceived);
        const qint64 before = CtiClient::monotonicNs();
        server.sendEvent("agent.state", {{"agentId", "agent1"}, {"state", "ready"}});
        server.sendEvent("interaction.offered", {{"timeoutMs", 15000}});
        QTRY_COMPARE(all.size(), 2);
        QCOMPARE(states.size(), 1);
        QCOMPARE(offers.size(), 1);
        QCOMPARE(toGone, 0);
        QCOMPARE(states[0].seq, 1);
        QCOMPARE(offers[0].seq, 2);
        QCOMPARE(offers[0].body.value("timeoutMs").toInt(), 15000);
        QVERIFY(!offers[0].body.contains("type"));
        QVERIFY(offers[0].receivedNs >= before);
    }

    void aBurstOfEventsLeavesTheEventLoopRoomToPaint()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        auto c = connectedClient(server);
        QVERIFY(c);
        QList<qint64> seqs;
        int handledWhenTheLoopRan = -1;
        c->subscribe("agent.state", c.get(), [&](const CtiEvent &e) {
            if (seqs.isEmpty()) // what the window would paint with: the next loop turn
                QTimer::singleShot(0, c.get(), [&] { handledWhenTheLoopRan = int(seqs.size()); });
            seqs << e.seq;
            QElapsedTimer work; // a handler that costs 1 ms, like a heavy model update
            work.start();
            while (work.nsecsElapsed() < 1'000'000) {
            }
        });
        QSignalSpy gaps(c.get(), &CtiClient::eventGap);
        for (int i = 0; i < 200; ++i)
            server.sendEvent("agent.state", {{"agentId", QStringLiteral("a%1").arg(i)}});
        QTRY_COMPARE_WITH_TIMEOUT(seqs.size(), 200, 10000);
        // The loop ran after a slice (a few ms of work), not after the whole burst...
        QVERIFY2(handledWhenTheLoopRan > 0 && handledWhenTheLoopRan < 50,
                 qPrintable(QString::number(handledWhenTheLoopRan)));
        // ...and nothing was lost or reordered meanwhile.
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], qint64(i + 1));
        QCOMPARE(gaps.size(), 0);
    }

    void aServerWithAnotherProtocolIsSkipped()
    {
        FakeCtiServer future, good;
        future.setProtocolVersion(2);
        QVERIFY(future.listen());
        QVERIFY(good.listen());
        CtiClient c;
        c.setTimings(fastTimings());
        c.setServers({future.url(), good.url()});
        QSignalSpy mismatch(&c, &CtiClient::protocolMismatch);
        c.open();
        QTRY_COMPARE(c.state(), State::Connected);
        QCOMPARE(mismatch.size(), 1);
        QCOMPARE(mismatch[0][1].toInt(), 2);
        QCOMPARE(c.currentServer(), good.url());
        QVERIFY(c.onBackupServer());
    }

    void theFirstServerThatAnswersIsUsed()
    {
        const quint16 dead = freePort();
        FakeCtiServer good;
        QVERIFY(good.listen());
        CtiClient c;
        c.setTimings(fastTimings());
        c.setServers({QUrl(QStringLiteral("ws://127.0.0.1:%1/cti").arg(dead)), good.url()});
        c.open();
        QCOMPARE(c.state(), State::Connecting);
        QTRY_COMPARE(c.state(), State::Connected);
        QCOMPARE(c.currentServer(), good.url());
    }

    void requestsWhileDownFailFastUnlessQueued()
    {
        CtiClient idle;
        auto r = ask(idle, "state.set");
        QTRY_VERIFY(r->done);
        QCOMPARE(r->result.error.kind, CtiError::Kind::Offline);

        FakeCtiServer server;
        QVERIFY(server.listen());
        auto c = connectedClient(server);
        QVERIFY(c);
        const quint16 port = server.port();
        server.stopListening();
        server.dropClients();
        QTRY_VERIFY(c->state() != State::Connected);
        RequestOptions queued;
        queued.queueWhileOffline = true;
        auto lost = ask(*c, "state.set", {{"state", "ready"}});
        auto first = ask(*c, "interaction.message", {{"text", "un"}}, queued);
        auto second = ask(*c, "interaction.message", {{"text", "deux"}}, queued);
        QTRY_VERIFY(lost->done);
        QCOMPARE(lost->result.error.kind, CtiError::Kind::Offline);
        QCOMPARE(c->queuedCount(), 2);
        QVERIFY(!first->done);

        server.clearRequests();
        QVERIFY(server.listen(port));
        QTRY_COMPARE(c->state(), State::Connected);
        QTRY_VERIFY(first->done && second->done);
        QVERIFY(first->result.ok && second->result.ok);
        QCOMPARE(server.requestTypes(),
                 QStringList({"interaction.message", "interaction.message"}));
        QCOMPARE(server.requests()[0].value("text").toString(), QStringLiteral("un"));
        QCOMPARE(server.requests()[1].value("text").toString(), QStringLiteral("deux"));
        QCOMPARE(c->queuedCount(), 0);
    }

    void aLostLinkIsResumedBeforeTheQueueIsFlushed()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "resume")
                return QJsonObject{{"token", req.value("token")}, {"interactions", QJsonArray{}}};
            if (req.value("type") == "hang")
                return std::nullopt;
            return QJsonObject{};
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        c->setResumeToken("jeton-42");
        QSignalSpy states(c.get(), &CtiClient::stateChanged);
        QSignalSpy resumed(c.get(), &CtiClient::resumed);
        QSignalSpy failedOver(c.get(), &CtiClient::failedOver);

        auto inFlight = ask(*c, "hang");
        QTRY_COMPARE(server.requests().size(), 1);
        server.clearRequests();
        const quint16 port = server.port();
        server.stopListening();
        server.dropClients();
        QTRY_COMPARE(c->state(), State::Reconnecting);
        QTRY_VERIFY(inFlight->done);
        QCOMPARE(inFlight->result.error.kind, CtiError::Kind::ConnectionLost);
        RequestOptions queued;
        queued.queueWhileOffline = true;
        auto reply = ask(*c, "interaction.message", {{"text", "toujours là"}}, queued);
        QVERIFY(server.listen(port));

        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 5000);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(resumed[0][0].toJsonObject().value("token").toString(),
                 QStringLiteral("jeton-42"));
        QTRY_VERIFY(reply->done);
        QVERIFY(reply->result.ok);
        QCOMPARE(server.requestTypes(), QStringList({"resume", "interaction.message"}));
        QCOMPARE(server.requests()[0].value("token").toString(), QStringLiteral("jeton-42"));
        QCOMPARE(failedOver.size(), 0);
        QVERIFY(states.size() >= 2);
        QCOMPARE(states[0][0].value<State>(), State::Reconnecting);
        QCOMPARE(states.last()[0].value<State>(), State::Connected);
    }

    void aRefusedResumeAsksForANewLogin()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "resume")
                return QJsonObject{
                    {"ok", false},
                    {"error", QJsonObject{{"code", "unauthenticated"},
                                          {"message", "session expired: log in again"}}}};
            return QJsonObject{};
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        c->setResumeToken("vieux");
        QSignalSpy refused(c.get(), &CtiClient::resumeRefused);
        RequestOptions queued;
        queued.queueWhileOffline = true;
        const quint16 port = server.port();
        server.stopListening();
        server.dropClients();
        QTRY_VERIFY(c->state() != State::Connected);
        auto orphan = ask(*c, "interaction.message", {{"text", "x"}}, queued);
        QVERIFY(server.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 5000);
        QVERIFY(!c->hasResumeToken());
        QCOMPARE(c->state(), State::Connected);
        QTRY_VERIFY(orphan->done);
        QCOMPARE(orphan->result.error.kind, CtiError::Kind::Cancelled);
        QVERIFY(!server.requestTypes().contains("interaction.message"));
    }

    void failsOverToTheNextServer()
    {
        FakeCtiServer primary, backup;
        QVERIFY(primary.listen());
        QVERIFY(backup.listen());
        auto resumeOk = [](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "resume")
                return QJsonObject{{"interactions", QJsonArray{}}};
            return QJsonObject{};
        };
        primary.setHandler(resumeOk);
        backup.setHandler(resumeOk);
        CtiClient c;
        c.setTimings(fastTimings());
        c.setServers({primary.url(), backup.url()});
        c.open();
        QTRY_COMPARE(c.state(), State::Connected);
        QCOMPARE(c.currentServer(), primary.url());
        QVERIFY(!c.onBackupServer());
        c.setResumeToken("t");
        QSignalSpy failedOver(&c, &CtiClient::failedOver);
        QSignalSpy resumed(&c, &CtiClient::resumed);
        QSignalSpy states(&c, &CtiClient::stateChanged);
        primary.stopListening();
        primary.dropClients();
        QTRY_COMPARE(failedOver.size(), 1);
        QVERIFY(saw(states, State::Reconnecting));
        QCOMPARE(c.state(), State::Connected);
        QCOMPARE(failedOver.size(), 1);
        QCOMPARE(failedOver[0][0].toUrl(), primary.url());
        QCOMPARE(failedOver[0][1].toUrl(), backup.url());
        QCOMPARE(resumed.size(), 1);
        QVERIFY(c.onBackupServer());
        QVERIFY(c.statusText().contains(QString::number(backup.port())));
        QCOMPARE(backup.requestTypes().value(0), QStringLiteral("resume"));
    }

    void aSilentServerIsDetectedByTheHeartbeat()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        bool answer = true;
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (!answer)
                return std::nullopt;
            if (req.value("type") == "ping")
                return QJsonObject{{"now", QDateTime::currentMSecsSinceEpoch()}};
            return QJsonObject{};
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        QSignalSpy beats(c.get(), &CtiClient::heartbeat);
        QSignalSpy states(c.get(), &CtiClient::stateChanged);
        QTRY_VERIFY(beats.size() >= 1);
        QVERIFY(server.requestTypes().contains("ping"));
        QVERIFY(states.isEmpty());
        // The socket stays open but nothing comes back any more (a frozen server, a dead NAT).
        answer = false;
        QTRY_VERIFY_WITH_TIMEOUT(saw(states, State::Reconnecting), 5000);
        answer = true;
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 5000);
    }

    void goesOfflineWhenNoServerAnswersThenComesBack()
    {
        const quint16 port = freePort();
        CtiClient c;
        c.setTimings(fastTimings());
        c.setServers({QUrl(QStringLiteral("ws://127.0.0.1:%1/cti").arg(port))});
        c.open();
        QTRY_COMPARE(c.state(), State::Offline);
        QVERIFY(!c.statusText().isEmpty());
        FakeCtiServer late;
        QVERIFY(late.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Connected, 5000);
    }

    void aReplacedSessionDoesNotReconnect()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        auto c = connectedClient(server);
        QVERIFY(c);
        c->setResumeToken("t");
        QSignalSpy closed(c.get(), &CtiClient::sessionClosed);
        server.sendEvent("session.closed", {{"reason", "replaced"}});
        QTRY_COMPARE(closed.size(), 1);
        server.dropClients();
        QTRY_COMPARE(c->state(), State::Disconnected);
        QTest::qWait(300);
        QCOMPARE(c->state(), State::Disconnected);
        QCOMPARE(server.clientCount(), 0);
        QVERIFY(!c->hasResumeToken());
    }

    void aSeqGapTriggersAResync()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "resume")
                return QJsonObject{{"state", QJsonObject{{"state", "ready"}}}};
            return QJsonObject{};
        });
        auto c = connectedClient(server);
        QVERIFY(c);
        c->setResumeToken("t");
        QSignalSpy gaps(c.get(), &CtiClient::eventGap);
        QSignalSpy resumed(c.get(), &CtiClient::resumed);
        server.sendEvent("agent.state", {});
        server.skipSeq(2);
        server.sendEvent("agent.state", {});
        QTRY_COMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0][0].toLongLong(), 2);
        QCOMPARE(gaps[0][1].toLongLong(), 4);
        QTRY_COMPARE(resumed.size(), 1);
        QCOMPARE(c->state(), State::Connected);
    }

    void closeCancelsWhatWaits()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &) { return std::nullopt; });
        auto c = connectedClient(server);
        QVERIFY(c);
        auto r = ask(*c, "logout");
        QTRY_COMPARE(server.requests().size(), 1);
        c->close();
        QVERIFY(r->done);
        QCOMPARE(r->result.error.kind, CtiError::Kind::Cancelled);
        QCOMPARE(c->state(), State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestCtiClient)
#include "tst_cticlient.moc"

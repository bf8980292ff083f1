// Routing core: transfers, abandons, queue figures, overflow, connection loss, forced logout,
// restore after a restart, event order.
#include "RoutingHelpers.h"

#include <QTest>

using namespace routingtest;

class TestRoutingFlow : public QObject
{
    Q_OBJECT

private slots:
    void transferToQueueKeepsItsPlaceAndReleasesTheAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureQueue(queue("billing", {"billing"}));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob", {{"billing", 3}}));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "front", Channel::Voice), 100));
        QCOMPARE(e.interaction("x")->agentId, QStringLiteral("ana"));
        r.ok(e.accept("ana", "x", 200));
        r.ok(e.enqueue(spec("y", "billing", Channel::Voice), 300)); // arrived after x
        const Ms arrived = e.interaction("x")->arrivedAt;

        Events ev = r.ok(e.transferToQueue("x", "billing", 400));
        // ana is free at once (no wrap-up) and nobody in billing is ready yet.
        QCOMPARE(trace(ev), (QStringList{"agent:ana=ready", "ix:x=0@billing"}));
        QCOMPARE(e.waiting("billing"), (QStringList{"x", "y"}));
        QCOMPARE(e.interaction("x")->arrivedAt, arrived);
        QCOMPARE(e.agent("ana")->interactions, QStringList{});
        QCOMPARE(e.queueStats("billing", 400).offered, 2);
        QCOMPARE(e.queueStats("front", 400).offered, 1);

        QCOMPARE(offers(r.ready("bob", 500)), QStringList{"x->bob"});
        QVERIFY(!e.transferToQueue("x", "nowhere", 600).ok());
    }

    void transferToAgentOnlyReachesThatAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        e.configureAgent(agent("cyd"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "front", Channel::Voice), 100));
        r.ok(e.accept("ana", "x", 200));
        r.ready("bob", 250);
        Events ev = r.ok(e.transferToAgent("x", "cyd", 300));
        QVERIFY(offers(ev).isEmpty()); // bob is ready but the transfer is for cyd
        QCOMPARE(e.interaction("x")->targetAgent, QStringLiteral("cyd"));
        QCOMPARE(e.waiting("front"), QStringList{"x"});
        // ana was freed; a new call goes to the longest idle of ana and bob: bob (ana freed at
        // 300).
        QCOMPARE(offers(r.ok(e.enqueue(spec("y", "front", Channel::Voice), 350))),
                 QStringList{"y->bob"});
        QCOMPARE(offers(r.ready("cyd", 400)), QStringList{"x->cyd"});
        QVERIFY(!e.transferToAgent("x", "nobody", 500).ok());
        // cyd refuses: it goes back to the queue for anyone but cyd.
        QCOMPARE(offers(r.ok(e.reject("cyd", "x", 600))), QStringList{"x->ana"});
        QVERIFY(e.interaction("x")->targetAgent.isEmpty());
    }

    void abandonIsCounted()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("q"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("offered", "q", Channel::Voice), 10));
        r.ok(e.enqueue(spec("queued", "q", Channel::Voice), 20));
        r.ok(e.enqueue(spec("talking", "q", Channel::Chat), 30));
        QCOMPARE(e.queueStats("q", 30).waiting, 3);

        Events ev = r.ok(e.abandon("queued", 40));
        QCOMPARE(trace(ev), QStringList{"ix:queued=5@q"});
        ev = r.ok(e.abandon("offered", 50));
        QCOMPARE(trace(ev).mid(0, 3),
                 (QStringList{"revoke:offered>ana:2", "ix:offered=5@q", "agent:ana=ready"}));
        QCOMPARE(offers(ev), QStringList{"talking->ana"});
        r.ok(e.accept("ana", "talking", 60));
        // The customer leaving a conversation only ends it.
        QCOMPARE(trace(r.ok(e.abandon("talking", 70))),
                 (QStringList{"ix:talking=3@q", "agent:ana=wrap_up"}));
        QVERIFY(!e.abandon("queued", 80).ok());

        const relais::protocol::QueueStats s = e.queueStats("q", 80);
        QCOMPARE(s.abandoned, 2);
        QCOMPARE(s.answered, 1);
        QCOMPARE(s.waiting, 0);
        e.forget("queued");
        e.forget("talking"); // still wrapping: kept
        QVERIFY(!e.interaction("queued"));
        QVERIFY(e.interaction("talking"));
    }

    void serviceLevelAndHandleTime()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("q");
        q.serviceLevelTargetMs = 20000;
        e.configureQueue(q);
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        QCOMPARE(e.queueStats("q", 0).serviceLevel, 100.0);

        r.ok(e.enqueue(spec("fast", "q", Channel::Voice), 0));
        r.ok(e.enqueue(spec("slow", "q", Channel::Voice), 0));
        r.ok(e.enqueue(spec("gone", "q", Channel::Voice), 0));
        QCOMPARE(e.queueStats("q", 12000).longestWaitMs, 12000);
        r.ready("ana", 5000);
        r.ok(e.accept("ana", "fast", 10000)); // waited 10 s: within target
        r.ready("bob", 29000);
        r.ok(e.accept("bob", "slow", 30000)); // waited 30 s: late
        r.ok(e.abandon("gone", 31000));
        r.ok(e.wrapup("ana", "fast", 70000)); // 60 s handled
        r.ok(e.wrapup("bob", "slow", 60000)); // 30 s handled

        const relais::protocol::QueueStats s = e.queueStats("q", 70000);
        QCOMPARE(s.offered, 3);
        QCOMPARE(s.answered, 2);
        QCOMPARE(s.abandoned, 1);
        QVERIFY(qAbs(s.serviceLevel - 100.0 / 3) < 0.01);
        QCOMPARE(s.ahtMs, 45000);
        QCOMPARE(s.waiting, 0);
        QCOMPARE(s.longestWaitMs, 0);
        QCOMPARE(s.agents.ready, 2);

        e.resetCounters();
        const relais::protocol::QueueStats reset = e.queueStats("q", 80000);
        QCOMPARE(reset.offered, 0);
        QCOMPARE(reset.serviceLevel, 100.0);
        QCOMPARE(reset.agents.ready, 2);
    }

    void overflowToAnotherQueue()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig main = queue("main", {"main"});
        main.overflowDelayMs = 30000;
        main.overflowAction = OverflowAction::Queue;
        main.overflowTarget = "backup";
        e.configureQueue(main);
        e.configureQueue(queue("backup"));
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("x", "main", Channel::Voice, 7), 1000));
        QCOMPARE(e.nextDeadline(), std::optional<Ms>(31000));
        QVERIFY(r.tick(30999).empty());
        Events ev = r.tick(31000);
        QCOMPARE(trace(ev), (QStringList{"overflow:x@main", "ix:x=0@backup"}));
        const OverflowDue due = only<OverflowDue>(ev).at(0);
        QCOMPARE(due.action, OverflowAction::Queue);
        QCOMPARE(due.target, QStringLiteral("backup"));
        QCOMPARE(e.interaction("x")->queue, QStringLiteral("backup"));
        QCOMPARE(e.interaction("x")->priority, 7);
        QCOMPARE(e.waiting("backup"), QStringList{"x"});
        QVERIFY(r.tick(100000).empty());
        QCOMPARE(offers(r.ready("ana", 100000)), QStringList{"x->ana"});
    }

    void overflowToCallbackIsLeftToTheServer()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("voice");
        q.overflowDelayMs = 60000;
        q.overflowAction = OverflowAction::Callback;
        e.configureQueue(q);
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("early", "voice", Channel::Voice), 0));
        r.ok(e.enqueue(spec("late", "voice", Channel::Voice), 10000));
        Events ev = r.tick(60000);
        QCOMPARE(trace(ev), QStringList{"overflow:early@voice"});
        QCOMPARE(only<OverflowDue>(ev).at(0).action, OverflowAction::Callback);
        r.ok(e.convertChannel("early", Channel::Callback, 60001));
        QCOMPARE(toString(e.interaction("early")->channel), toString(Channel::Callback));
        QCOMPARE(e.waiting("voice"), (QStringList{"early", "late"}));
        QCOMPARE(trace(r.tick(70000)), QStringList{"overflow:late@voice"});
        QVERIFY(r.tick(200000).empty()); // once each
        QCOMPARE(offers(r.ready("ana", 200000)), QStringList{"early->ana"});
    }

    void disconnectRevokesAndReconnectRestores()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("q"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "q", Channel::Voice), 10));
        r.ok(e.enqueue(spec("y", "q", Channel::Voice), 20));
        Events ev = r.ok(e.setConnected("ana", false, 100));
        QCOMPARE(trace(ev),
                 (QStringList{"revoke:x>ana:4", "agent:ana=not_ready/disconnected", "ix:x=0@q"}));
        QCOMPARE(e.waiting("q"), (QStringList{"x", "y"}));
        QVERIFY(r.ok(e.setConnected("ana", false, 110)).empty());
        ev = r.ok(e.setConnected("ana", true, 200));
        QCOMPARE(trace(ev),
                 (QStringList{"agent:ana=ready", "offer:x>ana", "ix:x=1@q", "agent:ana=reserved"}));
        // A not_ready agent comes back not_ready with its reason.
        r.ok(e.accept("ana", "x", 300));
        r.ok(e.setAvailability("ana", Availability::NotReady, "lunch", 310));
        r.ok(e.setConnected("ana", false, 320));
        // The lost desk shows even with a call in hand: supervisors must see it.
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::NotReady));
        QCOMPARE(e.agent("ana")->reason, QStringLiteral("disconnected"));
        r.ok(e.wrapup("ana", "x", 330));
        QCOMPARE(e.agent("ana")->reason, QStringLiteral("disconnected"));
        r.ok(e.setConnected("ana", true, 400));
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::NotReady));
        QCOMPARE(e.agent("ana")->reason, QStringLiteral("lunch"));
        QCOMPARE(r.duplicates(), 0);
    }

    void forceLogoutRequeuesAndCloses()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("q"));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("mail", "q", Channel::Email), 10));
        r.ok(e.accept("ana", "mail", 20));
        r.ok(e.enqueue(spec("chat1", "q", Channel::Chat), 30));
        r.ok(e.accept("ana", "chat1", 40));
        r.ok(e.end("chat1", 50));
        r.ok(e.enqueue(spec("chat2", "q", Channel::Chat), 60)); // offered to ana
        r.ok(e.enqueue(spec("mine", "q", Channel::Chat), 70));
        r.ok(e.transferToAgent("mine", "ana", 80));
        QCOMPARE(e.agent("ana")->interactions, (QStringList{"mail", "chat1", "chat2"}));

        const Events ev = r.ok(e.forceLogout("ana", 100));
        QCOMPARE(trace(ev),
                 (QStringList{"revoke:chat2>ana:4", "wrapup_expired:chat1", "ix:chat1=4@q",
                              "agent:ana=logged_out", "ix:chat2=0@q", "ix:mail=0@q"}));
        QCOMPARE(e.agent("ana")->interactions, QStringList{});
        QCOMPARE(e.interaction("mine")->targetAgent, QStringLiteral("ana"));
        QCOMPARE(e.waiting("q"), (QStringList{"mail", "chat2", "mine"}));
        QVERIFY(!e.forceLogout("ana", 110).ok());
        // bob takes the queue but not what was transferred to ana.
        const Events bob = r.ready("bob", 200);
        QCOMPARE(offers(bob), QStringList{"mail->bob"});
        r.ok(e.accept("bob", "mail", 210));
        QCOMPARE(e.interaction("chat2")->agentId, QStringLiteral("bob"));
        r.ok(e.accept("bob", "chat2", 220));
        QCOMPARE(e.interaction("mine")->state, IxState::Queued);
        QCOMPARE(r.duplicates(), 0);
    }

    void logoutRefusedWithWorkInHand()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("q"));
        e.configureAgent(agent("ana"));
        QCOMPARE(e.login("nobody", 0).error, Error::NotFound);
        r.ready("ana", 0);
        QCOMPARE(e.login("ana", 1).error, Error::Conflict);
        r.ok(e.enqueue(spec("x", "q", Channel::Voice), 10));
        QCOMPARE(e.logout("ana", 20).error, Error::Conflict);
        r.ok(e.accept("ana", "x", 30));
        QCOMPARE(e.logout("ana", 40).error, Error::Conflict);
        r.ok(e.wrapup("ana", "x", 50));
        QCOMPARE(trace(r.ok(e.logout("ana", 60))), QStringList{"agent:ana=logged_out"});
        QCOMPARE(e.setAvailability("ana", Availability::Ready, {}, 70).error, Error::Conflict);
    }

    void restoreAssignedAfterRestart()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("q");
        q.wrapupLimitMs = 30000;
        e.configureQueue(q);
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        InteractionSpec call = spec("call", "q", Channel::Voice);
        call.seq = 41;
        call.arrivedAt = 500;
        Events ev = r.ok(e.restoreAssigned(call, "ana", IxState::Active, 900, 1000));
        QCOMPARE(trace(ev), (QStringList{"ix:call=2@q", "agent:ana=busy"}));
        InteractionSpec mail = spec("mail", "q", Channel::Email);
        mail.seq = 42;
        r.ok(e.restoreAssigned(mail, "bob", IxState::WrapUp, 800, 1000));
        QCOMPARE(toString(e.agent("bob")->state), toString(AgentState::WrapUp));
        QCOMPARE(e.interaction("call")->answeredAt, 900);
        QCOMPARE(e.nextDeadline(), std::optional<Ms>(31000));
        QCOMPARE(e.restoreAssigned(spec("z", "q"), "nobody", IxState::Active, 0, 1000).error,
                 Error::NotFound);
        QCOMPARE(e.restoreAssigned(spec("call", "q"), "ana", IxState::Active, 0, 1000).error,
                 Error::BadRequest);

        // ana comes back: still busy with the call, so nothing else reaches her.
        r.ready("ana", 2000);
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::Busy));
        QVERIFY(offers(r.ok(e.enqueue(spec("next", "q", Channel::Chat), 2100))).isEmpty());
        QCOMPARE(e.interaction("next")->seq, quint64(43));
        r.ok(e.end("call", 3000));
        QCOMPARE(offers(r.ok(e.wrapup("ana", "call", 4000))), QStringList{"next->ana"});
        QCOMPARE(r.duplicates(), 0);
    }

    void stateEventsOnlyOnChange()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("q"));
        e.configureAgent(agent("ana"));
        QCOMPARE(trace(r.ok(e.login("ana", 0))), QStringList{"agent:ana=not_ready/login"});
        QCOMPARE(trace(r.ok(e.setAvailability("ana", Availability::Ready, {}, 10))),
                 QStringList{"agent:ana=ready"});
        QVERIFY(r.ok(e.setAvailability("ana", Availability::Ready, {}, 20)).empty());
        QCOMPARE(e.agent("ana")->idleSince, 10);
        QCOMPARE(trace(r.ok(e.setAvailability("ana", Availability::NotReady, "break", 30))),
                 QStringList{"agent:ana=not_ready/break"});
        QCOMPARE(trace(r.ok(e.setAvailability("ana", Availability::NotReady, "lunch", 40))),
                 QStringList{"agent:ana=not_ready/lunch"});
        QCOMPARE(e.agent("ana")->since, 40);
        r.ok(e.setAvailability("ana", Availability::Ready, {}, 50));

        // A chat while another is active: busy stays busy, no event for ana.
        r.ok(e.enqueue(spec("c1", "q"), 60));
        r.ok(e.accept("ana", "c1", 70));
        Events ev = r.ok(e.enqueue(spec("c2", "q"), 80));
        QCOMPARE(trace(ev),
                 (QStringList{"ix:c2=0@q", "offer:c2>ana", "ix:c2=1@q", "agent:ana=reserved"}));
        ev = r.ok(e.accept("ana", "c2", 90));
        QCOMPARE(trace(ev), (QStringList{"ix:c2=2@q", "agent:ana=busy"}));
        ev = r.ok(e.end("c1", 100)); // c2 still active
        QCOMPARE(trace(ev), QStringList{"ix:c1=3@q"});
        ev = r.ok(e.wrapup("ana", "c1", 110));
        QCOMPARE(trace(ev), QStringList{"ix:c1=4@q"});
        ev = r.ok(e.wrapup("ana", "c2", 120)); // Active accepted too: ended, then closed
        QCOMPARE(trace(ev), (QStringList{"ix:c2=3@q", "ix:c2=4@q", "agent:ana=ready"}));
        QCOMPARE(e.agent("ana")->idleSince, 120);
        QCOMPARE(r.duplicates(), 0);
    }

    void staleDeadlinesAreDropped()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("q"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "q", Channel::Voice), 10));
        QCOMPARE(e.nextDeadline(), std::optional<Ms>(15010));
        r.ok(e.accept("ana", "x", 20));
        QCOMPARE(e.nextDeadline(), std::nullopt);
        QVERIFY(r.tick(100000).empty());
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::Busy));
    }
};

QTEST_GUILESS_MAIN(TestRoutingFlow)
#include "tst_routing_flow.moc"

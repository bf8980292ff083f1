// Routing core: who gets what, in which order; offers that time out or are rejected; capacity;
// wrap-up limits.
#include "RoutingHelpers.h"

#include <QTest>

using namespace routingtest;

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void priorityBeforeFifo()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("sales");
        q.priorityNumbers = {"+22997000001"};
        q.priorityBoost = 50;
        e.configureQueue(q);
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("low", "sales", Channel::Email, 0), 100));
        r.ok(e.enqueue(spec("mid", "sales", Channel::Email, 10), 200));
        r.ok(e.enqueue(spec("vip", "sales", Channel::Email, 0, "+22997000001"), 300));
        r.ok(e.enqueue(spec("high", "sales", Channel::Email, 60), 400));
        QCOMPARE(e.interaction("vip")->priority, 50);
        QCOMPARE(e.waiting("sales"), (QStringList{"high", "vip", "mid", "low"}));

        const Events ev = r.ready("ana", 500);
        QCOMPARE(offers(ev), QStringList{"high->ana"});
        QCOMPARE(e.waiting("sales"), (QStringList{"vip", "mid", "low"}));
    }

    void priorityNumberNeverLowersPriority()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("sales");
        q.priorityNumbers = {"vip@exemple.bj"};
        q.priorityBoost = 20;
        e.configureQueue(q);
        r.ok(e.enqueue(spec("x", "sales", Channel::Email, 90, "vip@exemple.bj"), 1));
        QCOMPARE(e.interaction("x")->priority, 90);
    }

    void fifoWithinPriority()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("support"));
        e.configureAgent(agent("ana"));
        for (const char *id : {"a", "b", "c"})
            r.ok(e.enqueue(spec(id, "support", Channel::Email), 10));
        QCOMPARE(e.waiting("support"), (QStringList{"a", "b", "c"}));
        QVERIFY(!e.enqueue(spec("a", "support"), 30).ok()); // duplicate id
        r.ok(e.enqueue(spec("d", "support", Channel::Email), 20));
        QCOMPARE(e.waiting("support"), (QStringList{"a", "b", "c", "d"}));

        QStringList served;
        r.ready("ana", 100);
        for (int i = 0; i < 4; ++i) {
            const QString id = e.agent("ana")->interactions.value(0);
            served << id;
            r.ok(e.accept("ana", id, 200 + i));
            r.ok(e.wrapup("ana", id, 300 + i));
        }
        QCOMPARE(served, (QStringList{"a", "b", "c", "d"}));
    }

    void storedSeqKeepsTheOriginalPlace()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("support"));
        InteractionSpec later = spec("later", "support");
        later.seq = 10;
        InteractionSpec earlier = spec("earlier", "support");
        earlier.seq = 5;
        r.ok(e.enqueue(later, 100));
        r.ok(e.enqueue(earlier, 200));
        r.ok(e.enqueue(spec("new", "support"), 300));
        QCOMPARE(e.waiting("support"), (QStringList{"earlier", "later", "new"}));
        QCOMPARE(e.interaction("new")->seq, quint64(11));
    }

    void skillLevelThenLongestIdleThenId()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("fr", {"french", "billing"}));
        e.configureAgent(agent("low", {{"french", 2}, {"billing", 1}}));   // 3
        e.configureAgent(agent("late", {{"french", 4}, {"billing", 4}}));  // 8, idle later
        e.configureAgent(agent("early", {{"french", 5}, {"billing", 3}})); // 8, idle first
        e.configureAgent(agent("twin", {{"french", 5}, {"billing", 3}}));  // 8, same idle as early
        r.ready("late", 300);
        r.ready("low", 100);
        r.ready("twin", 200);
        r.ready("early", 200);
        QCOMPARE(e.queueStats("fr", 400).agents.ready, 4);

        QStringList got;
        for (const char *id : {"i1", "i2", "i3", "i4", "i5"})
            got << offers(r.ok(e.enqueue(spec(id, "fr", Channel::Voice), 1000)));
        QCOMPARE(got, (QStringList{"i1->early", "i2->twin", "i3->late", "i4->low"}));
        QCOMPARE(e.waiting("fr"), QStringList{"i5"});
        const relais::protocol::QueueStats s = e.queueStats("fr", 1000);
        QCOMPARE(s.agents.reserved, 4);
        QCOMPARE(s.agents.ready, 0);
    }

    void requiredSkillsRespected()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("billing", {"billing"}));
        e.configureQueue(queue("general"));
        e.configureAgent(agent("noskill"));
        e.configureAgent(agent("zero", {{"billing", 0}}));
        r.ready("noskill", 10);
        r.ready("zero", 10);
        QVERIFY(offers(r.ok(e.enqueue(spec("b1", "billing", Channel::Voice), 20))).isEmpty());
        QCOMPARE(e.queueStats("billing", 20).agents.ready, 0);
        // A queue without required skills takes everybody (level 0: idle order, then id).
        QCOMPARE(offers(r.ok(e.enqueue(spec("g1", "general", Channel::Voice), 30))),
                 QStringList{"g1->noskill"});
        // An agent given the skill later gets the waiting work at the next call.
        e.configureAgent(agent("zero", {{"billing", 1}}));
        QCOMPARE(offers(r.tick(40)), QStringList{"b1->zero"});
    }

    void noAnswerGoesBackToTheHeadAndToTheNextAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("sales", {"sales"});
        q.offerTimeoutMs = 15000;
        e.configureQueue(q);
        e.configureAgent(agent("best", {{"sales", 9}}));
        e.configureAgent(agent("next", {{"sales", 2}}));
        r.ready("best", 0);
        QCOMPARE(offers(r.ok(e.enqueue(spec("first", "sales", Channel::Voice), 1000))),
                 QStringList{"first->best"});
        r.ok(e.enqueue(spec("second", "sales", Channel::Voice), 2000));
        QCOMPARE(e.interaction("first")->offerExpiresAt, 16000);
        QCOMPARE(e.nextDeadline(), std::optional<Ms>(16000));
        QVERIFY(r.tick(15999).empty());

        // Nobody else is free: it waits at the head, before the later one.
        Events ev = r.tick(16000);
        QCOMPARE(trace(ev), (QStringList{"revoke:first>best:0", "agent:best=not_ready/no_answer",
                                         "ix:first=0@sales"}));
        QCOMPARE(e.waiting("sales"), (QStringList{"first", "second"}));
        QCOMPARE(toString(e.agent("best")->state), toString(AgentState::NotReady));
        QCOMPARE(e.agent("best")->reason, QStringLiteral("no_answer"));

        ev = r.ready("next", 17000);
        QCOMPARE(offers(ev), QStringList{"first->next"});
    }

    // The voice side gives up ringing at once (the agent's phone refused or is unreachable):
    // the same as a timeout, without waiting for it.
    void unansweredOfferActsAsATimeoutAtOnce()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("sales", {"sales"}));
        e.configureAgent(agent("best", {{"sales", 9}}));
        e.configureAgent(agent("next", {{"sales", 2}}));
        r.ready("best", 0);
        r.ok(e.enqueue(spec("x", "sales", Channel::Voice), 1000));
        QCOMPARE(e.offerUnanswered("next", "x", 1500).error, Error::Conflict);
        const Events ev = r.ok(e.offerUnanswered("best", "x", 2000));
        QCOMPARE(trace(ev), (QStringList{"revoke:x>best:0", "agent:best=not_ready/no_answer",
                                         "ix:x=0@sales"}));
        QCOMPARE(e.waiting("sales"), QStringList{"x"});
        QVERIFY(!e.nextDeadline() || *e.nextDeadline() != 16000);
        QCOMPARE(offers(r.ready("next", 3000)), QStringList{"x->next"});
    }

    void timeoutReoffersInTheSameTick()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("sales", {"sales"}));
        e.configureAgent(agent("best", {{"sales", 9}}));
        e.configureAgent(agent("next", {{"sales", 2}}));
        r.ready("best", 0);
        r.ready("next", 0);
        r.ok(e.enqueue(spec("x", "sales", Channel::Voice), 1000));
        QCOMPARE(e.interaction("x")->agentId, QStringLiteral("best"));
        const Events ev = r.tick(16000);
        QCOMPARE(trace(ev),
                 (QStringList{"revoke:x>best:0", "agent:best=not_ready/no_answer", "ix:x=0@sales",
                              "offer:x>next", "ix:x=1@sales", "agent:next=reserved"}));
    }

    void rejectedNeverOfferedAgainToThatAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("sales", {"sales"}));
        e.configureAgent(agent("a", {{"sales", 9}}));
        e.configureAgent(agent("b", {{"sales", 5}}));
        e.configureAgent(agent("c", {{"sales", 1}}));
        r.ready("a", 0);
        r.ready("b", 0);
        r.ok(e.enqueue(spec("x", "sales", Channel::Voice), 100));
        Events ev = r.ok(e.reject("a", "x", 200));
        QCOMPARE(trace(ev), (QStringList{"revoke:x>a:1", "agent:a=ready", "ix:x=0@sales",
                                         "offer:x>b", "ix:x=1@sales", "agent:b=reserved"}));
        QCOMPARE(toString(e.agent("a")->state), toString(AgentState::Ready));
        ev = r.ok(e.reject("b", "x", 300));
        QVERIFY(offers(ev).isEmpty());
        QCOMPARE(e.waiting("sales"), QStringList{"x"});
        // The next one in the queue still reaches a and b.
        QCOMPARE(offers(r.ok(e.enqueue(spec("y", "sales", Channel::Voice), 400))),
                 QStringList{"y->a"});
        QCOMPARE(offers(r.ready("c", 500)), QStringList{"x->c"});
        QVERIFY(!e.reject("a", "x", 600).ok()); // not offered to a
        QCOMPARE(r.duplicates(), 0);
    }

    void chatCapacityAndVoiceExclusive()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("chat"));
        e.configureQueue(queue("voice"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        for (int i = 1; i <= 4; ++i)
            r.ok(e.enqueue(spec(QStringLiteral("c%1").arg(i), "chat"), 10 * i));
        // One offer at a time; each accept makes room for the next, up to three chats.
        for (int i = 1; i <= 3; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            QCOMPARE(e.interaction(id)->agentId, QStringLiteral("ana"));
            QCOMPARE(e.interaction(id)->state, IxState::Offered);
            r.ok(e.accept("ana", id, 100 + i));
        }
        QCOMPARE(e.interaction("c4")->state, IxState::Queued);
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::Busy));
        // Voice is exclusive: not while chatting.
        r.ok(e.enqueue(spec("v1", "voice", Channel::Voice), 200));
        QCOMPARE(e.interaction("v1")->state, IxState::Queued);
        // Wrap-up still counts in the load.
        r.ok(e.end("c1", 300));
        QCOMPARE(e.interaction("c4")->state, IxState::Queued);
        QCOMPARE(offers(r.ok(e.wrapup("ana", "c1", 400))), QStringList{"c4->ana"});
        r.ok(e.accept("ana", "c4", 410));
        for (const char *id : {"c2", "c3", "c4"})
            r.ok(e.wrapup("ana", id, 500));
        // Free again: the voice call comes; while on it, no chat.
        QCOMPARE(e.interaction("v1")->agentId, QStringLiteral("ana"));
        r.ok(e.accept("ana", "v1", 600));
        QVERIFY(offers(r.ok(e.enqueue(spec("c5", "chat"), 700))).isEmpty());
        QCOMPARE(offers(r.ok(e.wrapup("ana", "v1", 800))), QStringList{"c5->ana"});
        QCOMPARE(r.duplicates(), 0);
    }

    // A colleague consulted on another agent's call is busy "consultation": nothing is offered
    // to them until the consultation ends, then the work waiting comes at once.
    void aConsultedColleagueIsOfferedNothing()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("chat"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        const QStringList consulted = trace(r.ok(e.setConsulted("ana", true, 10)));
        QCOMPARE(consulted, QStringList{"agent:ana=busy/consultation"});
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::Busy));
        QVERIFY(offers(r.ok(e.enqueue(spec("c1", "chat"), 20))).isEmpty());
        QCOMPARE(e.interaction("c1")->state, IxState::Queued);
        QCOMPARE(offers(r.ok(e.setConsulted("ana", false, 30))), QStringList{"c1->ana"});
        // Not while an offer rings for them; released after logging out: only the mark goes.
        QVERIFY(!e.setConsulted("ana", true, 40).ok());
        r.ok(e.accept("ana", "c1", 50));
        r.ok(e.setConsulted("ana", true, 60));
        r.ok(e.end("c1", 70));
        r.ok(e.wrapup("ana", "c1", 80));
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::Busy));
        r.ok(e.logout("ana", 90));
        r.ok(e.setConsulted("ana", false, 100));
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::LoggedOut));
        QVERIFY(!e.setConsulted("nobody", true, 110).ok());
        QCOMPARE(r.duplicates(), 0);
    }

    void capacityIsPerAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("chat"));
        AgentConfig a = agent("solo");
        a.capacity[int(Channel::Chat)] = 1;
        e.configureAgent(a);
        r.ready("solo", 0);
        r.ok(e.enqueue(spec("c1", "chat"), 1));
        r.ok(e.accept("solo", "c1", 2));
        QVERIFY(offers(r.ok(e.enqueue(spec("c2", "chat"), 3))).isEmpty());
    }

    void wrapupLimitClosesAndReturnsToReady()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("support");
        q.wrapupLimitMs = 5000;
        e.configureQueue(q);
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "support", Channel::Voice), 10));
        r.ok(e.accept("ana", "x", 20));
        Events ev = r.ok(e.end("x", 1000));
        QCOMPARE(trace(ev), (QStringList{"ix:x=3@support", "agent:ana=wrap_up"}));
        QCOMPARE(e.nextDeadline(), std::optional<Ms>(6000));
        QVERIFY(r.tick(5999).empty());
        ev = r.tick(6000);
        QCOMPARE(trace(ev), (QStringList{"wrapup_expired:x", "ix:x=4@support", "agent:ana=ready"}));
        QCOMPARE(e.agent("ana")->idleSince, 6000);
        QCOMPARE(e.nextDeadline(), std::nullopt);
        QCOMPARE(e.queueStats("support", 6000).ahtMs, 5980);
    }

    void noWrapupLimitWaitsForTheAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        QueueConfig q = queue("support");
        q.wrapupLimitMs = 0;
        e.configureQueue(q);
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "support", Channel::Voice), 10));
        r.ok(e.accept("ana", "x", 20));
        r.ok(e.end("x", 30));
        QCOMPARE(e.nextDeadline(), std::nullopt);
        QVERIFY(r.tick(10'000'000).empty());
        QCOMPARE(toString(e.agent("ana")->state), toString(AgentState::WrapUp));
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"

// Routing core: an interaction kept for one agent released to its queue, a waiting interaction
// withdrawn (a callback that is cancelled), and the list of a queue's unanswered interactions.
#include "RoutingHelpers.h"

#include <QTest>

using namespace routingtest;

class TestRoutingTargets : public QObject
{
    Q_OBJECT

private slots:
    void releasedTargetGoesToTheQueueInItsPlace()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        r.ok(e.enqueue(spec("older", "front", Channel::Callback), 10));
        InteractionSpec kept = spec("kept", "front", Channel::Callback);
        kept.targetAgent = QStringLiteral("ana");
        r.ok(e.enqueue(kept, 20));
        r.ok(e.enqueue(spec("newer", "front", Channel::Callback), 30));
        // bob is ready: he may not take the one kept for ana.
        QCOMPARE(offers(r.ready("bob", 40)), QStringList{"older->bob"});
        QCOMPARE(e.waiting("front"), (QStringList{"kept", "newer"}));

        // Released: before the one that came after it, for anyone.
        Events ev = r.ok(e.releaseTarget("kept", 50));
        QCOMPARE(trace(ev), QStringList{"ix:kept=0@front"});
        QVERIFY(e.interaction("kept")->targetAgent.isEmpty());
        r.ok(e.accept("bob", "older", 55));
        r.ok(e.wrapup("bob", "older", 60));
        QCOMPARE(e.interaction("kept")->agentId, QStringLiteral("bob"));
        QCOMPARE(e.waiting("front"), QStringList{"newer"});
        QCOMPARE(r.duplicates(), 0);
    }

    void releaseOffersAtOnceToAFreeAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        r.ready("bob", 0);
        InteractionSpec kept = spec("kept", "front", Channel::Callback);
        kept.targetAgent = QStringLiteral("ana");
        QVERIFY(offers(r.ok(e.enqueue(kept, 10))).isEmpty());
        QCOMPARE(offers(r.ok(e.releaseTarget("kept", 20))), QStringList{"kept->bob"});
    }

    void releaseWithoutTargetOrOfferedChangesNothing()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureQueue(queue("other", {"other"}));
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("plain", "other"), 10));
        QVERIFY(r.ok(e.releaseTarget("plain", 20)).empty());
        QCOMPARE(e.waiting("other"), QStringList{"plain"});
        QVERIFY(e.releaseTarget("nope", 20).error == Error::NotFound);

        InteractionSpec kept = spec("kept", "front", Channel::Voice);
        kept.targetAgent = QStringLiteral("ana");
        r.ok(e.enqueue(kept, 30));
        r.ready("ana", 40);
        QCOMPARE(e.interaction("kept")->agentId, QStringLiteral("ana"));
        // The offer to ana stands; refused, it would go to the queue.
        QVERIFY(r.ok(e.releaseTarget("kept", 50)).empty());
        QVERIFY(e.interaction("kept")->state == IxState::Offered);
        QVERIFY(e.interaction("kept")->targetAgent.isEmpty());
    }

    void withdrawQueuedIsNotCounted()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("a", "front", Channel::Callback), 10));
        InteractionSpec kept = spec("b", "front", Channel::Callback);
        kept.targetAgent = QStringLiteral("ana");
        r.ok(e.enqueue(kept, 20));
        QCOMPARE(e.queueStats("front", 30).offered, 2);
        QCOMPARE(e.queueStats("front", 30).waiting, 2);

        Events ev = r.ok(e.withdraw("b", 40));
        QCOMPARE(trace(ev), QStringList{"ix:b=5@front"});
        QCOMPARE(e.waiting("front"), QStringList{"a"});
        const auto stats = e.queueStats("front", 40);
        QCOMPARE(stats.offered, 1);
        QCOMPARE(stats.abandoned, 0);
        QCOMPARE(stats.waiting, 1);
        e.forget("b");
        // ana, ready, gets only what is left.
        QCOMPARE(offers(r.ready("ana", 50)), QStringList{"a->ana"});
    }

    void withdrawOfferedFreesTheAgent()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        r.ok(e.enqueue(spec("x", "front", Channel::Callback), 10));
        r.ok(e.enqueue(spec("y", "front", Channel::Callback), 20));
        QVERIFY(e.agent("ana")->state == AgentState::Reserved);
        Events ev = r.ok(e.withdraw("x", 30));
        QCOMPARE(trace(ev), (QStringList{"revoke:x>ana:4", "ix:x=5@front", "agent:ana=ready",
                                         "offer:y>ana", "ix:y=1@front", "agent:ana=reserved"}));
        r.ok(e.accept("ana", "y", 40));
        QVERIFY(e.withdraw("y", 50).error == Error::Conflict);
        QVERIFY(e.withdraw("nope", 50).error == Error::NotFound);
        QCOMPARE(r.duplicates(), 0);
    }

    void unansweredListsOfferedThenQueuedInServingOrder()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureQueue(queue("back"));
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("late", "front", Channel::Voice), 10));
        r.ok(e.enqueue(spec("vip", "front", Channel::Voice, 100), 20));
        r.ok(e.enqueue(spec("later", "front", Channel::Voice), 30));
        r.ok(e.enqueue(spec("elsewhere", "back", Channel::Voice), 40));
        r.ready("ana", 50); // takes the head: vip
        QStringList ids;
        for (const InteractionInfo &i : e.unanswered("front"))
            ids << i.id + QLatin1Char(i.state == IxState::Offered ? '*' : ' ');
        QCOMPARE(ids, (QStringList{"vip*", "late ", "later "}));
        QCOMPARE(e.unanswered("front").first().priority, 100);
        r.ok(e.accept("ana", "vip", 60));
        QCOMPARE(e.unanswered("front").size(), 2);
        QVERIFY(e.unanswered("nowhere").isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRoutingTargets)
#include "tst_routing_targets.moc"

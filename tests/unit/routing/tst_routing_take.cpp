// Routing core: an agent takes a waiting interaction themselves (a callback called now), and
// one arrives straight in their hands (a scheduled callback called before it is due).
#include "RoutingHelpers.h"

#include <QTest>

using namespace routingtest;

class TestRoutingTake : public QObject
{
    Q_OBJECT

private slots:
    void aQueuedOneIsTakenAsIfOfferedAndAccepted()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        r.ok(e.login("ana", 0));
        InteractionSpec kept = spec("cb", "front", Channel::Callback);
        kept.targetAgent = QStringLiteral("bob");
        r.ok(e.enqueue(spec("first", "front", Channel::Callback), 10));
        r.ok(e.enqueue(kept, 20));
        // ana is not_ready: taking is her own choice, not an offer.
        Events ev = r.ok(e.take("ana", "cb", 30));
        QCOMPARE(trace(ev), (QStringList{"ix:cb=2@front", "agent:ana=busy"}));
        const InteractionInfo info = *e.interaction("cb");
        QCOMPARE(info.agentId, QStringLiteral("ana"));
        QVERIFY(info.targetAgent.isEmpty());
        QCOMPARE(info.answeredAt, Ms(30));
        QCOMPARE(e.waiting("front"), QStringList{"first"});
        const auto stats = e.queueStats("front", 30);
        QCOMPARE(stats.offered, 2);
        QCOMPARE(stats.answered, 1);
        QCOMPARE(stats.waiting, 1);
        // Busy with it: nothing else, neither offered nor taken.
        QVERIFY(e.take("ana", "first", 40).error == Error::Conflict);
        r.ok(e.setAvailability("ana", Availability::Ready, {}, 40));
        QVERIFY(offers(r.ready("bob", 50)) == QStringList{"first->bob"});
        QVERIFY(e.take("ana", "first", 60).error == Error::Conflict); // offered to bob
        // Over: wrap-up and close as any callback.
        r.ok(e.end("cb", 70));
        r.ok(e.wrapup("ana", "cb", 80));
        QVERIFY(e.interaction("cb")->state == IxState::Closed);
        QVERIFY(e.take("ana", "cb", 90).error == Error::Conflict);
        QVERIFY(e.take("ana", "nope", 90).error == Error::NotFound);
        QVERIFY(e.take("zed", "first", 90).error == Error::NotFound);
        QCOMPARE(r.duplicates(), 0);
    }

    void oneOfferedToTheAgentIsAccepted()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        r.ready("ana", 0);
        QCOMPARE(offers(r.ok(e.enqueue(spec("cb", "front", Channel::Callback), 10))),
                 QStringList{"cb->ana"});
        r.ok(e.take("ana", "cb", 20));
        QVERIFY(e.interaction("cb")->state == IxState::Active);
        QVERIFY(e.agent("ana")->state == AgentState::Busy);
    }

    void aLoggedOutAgentTakesNothing()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        r.ok(e.enqueue(spec("cb", "front", Channel::Callback), 10));
        QVERIFY(e.take("ana", "cb", 20).error == Error::Conflict);
        QVERIFY(e.enqueueTaken(spec("new", "front", Channel::Callback), "ana", 20).error ==
                Error::Conflict);
        QCOMPARE(e.waiting("front"), QStringList{"cb"});
    }

    void oneArrivesStraightInTheAgentsHands()
    {
        RoutingEngine e;
        Recorder r(e);
        e.configureQueue(queue("front"));
        e.configureAgent(agent("ana"));
        e.configureAgent(agent("bob"));
        r.ready("ana", 0);
        r.ready("bob", 0);
        Events ev = r.ok(e.enqueueTaken(spec("cb", "front", Channel::Callback), "ana", 10));
        QVERIFY(offers(ev).isEmpty()); // never offered to bob
        QCOMPARE(trace(ev), (QStringList{"ix:cb=2@front", "agent:ana=busy"}));
        const auto stats = e.queueStats("front", 10);
        QCOMPARE(stats.offered, 1);
        QCOMPARE(stats.answered, 1);
        QCOMPARE(stats.waiting, 0);
        QVERIFY(e.enqueueTaken(spec("cb", "front", Channel::Callback), "bob", 20).error ==
                Error::BadRequest);
        QVERIFY(e.enqueueTaken(spec("x", "nowhere", Channel::Callback), "bob", 20).error ==
                Error::BadRequest);
        QVERIFY(e.enqueueTaken(spec("y", "front", Channel::Callback), "ana", 20).error ==
                Error::Conflict); // ana is busy
        QCOMPARE(r.duplicates(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRoutingTake)
#include "tst_routing_take.moc"

// The supervisor's models from synthetic stats.queues and agent.state frames: cells change in
// place (no resets), thresholds colour cells, the agent grid filters and sorts, KPIs aggregate.
#include "FakeCtiServer.h"
#include "ModelSpy.h"

#include <relais/app/AgentFilterProxyModel.h>
#include <relais/app/AgentGridModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/HelpRequestModel.h>
#include <relais/app/KpiModel.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/SupervisionHub.h>
#include <relais/app/UserSettings.h>
#include <relais/app/WaitingInteractionModel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace relais::app;

namespace {
QJsonObject queue(const QString &name, int waiting, qint64 longestMs, int offered, int answered,
                  int abandoned, double sl, qint64 ahtMs, int ready = 2, int busy = 3)
{
    return {
        {"name", name},
        {"waiting", waiting},
        {"longestWaitMs", longestMs},
        {"offered", offered},
        {"answered", answered},
        {"abandoned", abandoned},
        {"serviceLevel", sl},
        {"ahtMs", ahtMs},
        {"agents",
         QJsonObject{
             {"ready", ready}, {"busy", busy}, {"not_ready", 1}, {"wrap_up", 0}, {"reserved", 0}}}};
}

QJsonObject agentState(const QString &id, const QString &state, qint64 since,
                       const QString &team = {}, const QJsonArray &skills = {},
                       const QString &reason = {})
{
    QJsonObject o{{"agentId", id}, {"name", "Agent " + id}, {"state", state}, {"since", since}};
    if (!reason.isEmpty())
        o.insert("reason", reason);
    if (!team.isEmpty())
        o.insert("team", team);
    if (!skills.isEmpty())
        o.insert("skills", skills);
    return o;
}

QJsonArray skills(std::initializer_list<const char *> names)
{
    QJsonArray out;
    for (const char *n : names)
        out.append(QJsonObject{{"name", n}, {"level", 5}});
    return out;
}

QStringList column(QAbstractItemModel *m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, col).data(role).toString();
    return out;
}
} // namespace

class TestSupervisorModels : public QObject
{
    Q_OBJECT

private slots:
    void queueStatsChangeOnlyTheCellsThatMoved()
    {
        QueueStatsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSpy spy(&m);
        m.applyStats({queue("general", 3, 20000, 40, 35, 2, 92.5, 185000),
                      queue("vip", 0, 0, 5, 5, 0, 100, 240000)});
        QCOMPARE(spy.inserted, 2);
        QCOMPARE(spy.insertSignals, 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, QueueStatsModel::Name).data().toString(), QStringLiteral("general"));
        QCOMPARE(m.index(0, QueueStatsModel::LongestWait).data().toString(),
                 QStringLiteral("0:20"));
        QCOMPARE(m.index(0, QueueStatsModel::Aht).data().toString(), QStringLiteral("3:05"));
        QCOMPARE(
            m.index(0, QueueStatsModel::ServiceLevel).data(QueueStatsModel::ValueRole).toDouble(),
            92.5);
        QVERIFY(!m.headerData(QueueStatsModel::Waiting, Qt::Horizontal).toString().isEmpty());

        spy.clear();
        // The same snapshot again: nothing to repaint.
        m.applyStats({queue("general", 3, 20000, 40, 35, 2, 92.5, 185000),
                      queue("vip", 0, 0, 5, 5, 0, 100, 240000)});
        QCOMPARE(spy.changes.size(), 0);
        // One queue's waiting count and longest wait move.
        m.applyStats({queue("general", 4, 21000, 40, 35, 2, 92.5, 185000),
                      queue("vip", 0, 0, 5, 5, 0, 100, 240000)});
        QCOMPARE(spy.resets, 0);
        QCOMPARE(spy.inserted, 0);
        QCOMPARE(spy.changes.size(), 1);
        QCOMPARE(spy.changes[0].firstRow, 0);
        QCOMPARE(spy.changes[0].lastRow, 0);
        QCOMPARE(spy.changes[0].firstColumn, int(QueueStatsModel::Waiting));
        QCOMPARE(spy.changes[0].lastColumn, int(QueueStatsModel::LongestWait));

        // A queue no longer watched goes, a new one comes.
        spy.clear();
        m.applyStats({queue("general", 4, 21000, 40, 35, 2, 92.5, 185000),
                      queue("technique", 1, 5000, 3, 2, 0, 100, 300000)});
        QCOMPARE(spy.removed, 1);
        QCOMPARE(spy.inserted, 1);
        QCOMPARE(spy.resets, 0);
        QCOMPARE(m.rowOf("technique"), 1);
        QCOMPARE(m.rowOf("vip"), -1);
    }

    void thresholdsTurnCellsAmberAndRed()
    {
        QueueStatsModel m;
        QueueThresholds vip;
        vip.waitingAmber = 1;
        vip.waitingRed = 3;
        vip.serviceLevelAmber = 95;
        vip.serviceLevelRed = 90;
        m.setThresholds("vip", vip);
        m.applyStats({queue("general", 3, 30000, 100, 80, 4, 85, 0),
                      queue("vip", 2, 30000, 100, 80, 12, 89, 0)});
        using L = QueueStatsModel::Level;
        auto level = [&](int row, int col) {
            return L(m.index(row, col).data(QueueStatsModel::LevelRole).toInt());
        };
        QCOMPARE(level(0, QueueStatsModel::Waiting), L::Normal); // default: amber at 5
        QCOMPARE(level(1, QueueStatsModel::Waiting), L::Amber);
        QCOMPARE(level(0, QueueStatsModel::ServiceLevel), L::Normal); // default: amber under 80
        QCOMPARE(level(1, QueueStatsModel::ServiceLevel), L::Red);
        QCOMPARE(level(0, QueueStatsModel::Abandoned), L::Normal); // 4 % of offered
        QCOMPARE(level(1, QueueStatsModel::Abandoned), L::Red);    // 12 %
        QCOMPARE(m.index(1, QueueStatsModel::Name).data(QueueStatsModel::QueueLevelRole).toInt(),
                 int(L::Red));

        ModelSpy spy(&m);
        m.applyStats({queue("general", 6, 130000, 100, 80, 4, 85, 0),
                      queue("vip", 2, 30000, 100, 80, 12, 89, 0)});
        QCOMPARE(level(0, QueueStatsModel::Waiting), L::Amber);
        QCOMPARE(level(0, QueueStatsModel::LongestWait), L::Red);
        // The row's level changed, so its name cell (where a view shows it) is repainted too.
        QCOMPARE(spy.changes.size(), 1);
        QCOMPARE(spy.changes[0].firstColumn, int(QueueStatsModel::Name));
    }

    void kpisAggregateAndRepaintOnlyWhatChanged()
    {
        QueueStatsModel q;
        KpiModel k(&q);
        QAbstractItemModelTester tester(&k, QAbstractItemModelTester::FailureReportingMode::QtTest);
        q.applyStats({queue("general", 3, 20000, 60, 50, 10, 80, 200000),
                      queue("vip", 1, 90000, 40, 30, 10, 50, 100000)});
        // Service level weighted by answered+abandoned: (80*60 + 50*40) / 100 = 68.
        QCOMPARE(k.value("serviceLevel"), 68.0);
        QCOMPARE(k.value("waiting"), 4.0);
        QCOMPARE(k.value("longestWait"), 90000.0);
        QCOMPARE(k.value("abandonRate"), 20.0);
        // AHT weighted by answered: (200000*50 + 100000*30) / 80 = 162500.
        QCOMPARE(k.value("aht"), 162500.0);
        QCOMPARE(k.level("longestWait"), 1); // vip's 1:30 is amber by default
        QCOMPARE(k.level("serviceLevel"), 2);

        k.setIndicators({"serviceLevel", "waiting", "nonsense", "aht"});
        QCOMPARE(k.rowCount(), 3);
        QCOMPARE(k.index(0).data(KpiModel::IdRole).toString(), QStringLiteral("serviceLevel"));
        QCOMPARE(k.index(0).data(KpiModel::TextRole).toString(), QStringLiteral("68 %"));
        QCOMPARE(k.index(2).data(KpiModel::TextRole).toString(), QStringLiteral("2:42"));
        QVERIFY(!k.index(1).data(KpiModel::LabelRole).toString().isEmpty());

        ModelSpy spy(&k);
        q.applyStats({queue("general", 5, 20000, 60, 50, 10, 80, 200000),
                      queue("vip", 1, 90000, 40, 30, 10, 50, 100000)});
        QCOMPARE(spy.resets, 0);
        QCOMPARE(spy.changes.size(), 1);
        QCOMPARE(spy.changes[0].firstRow, 1); // the waiting tile
        QCOMPARE(k.value("waiting"), 6.0);
    }

    void agentTilesCountEachAgentOnce()
    {
        // Awa serves three queues and is on a break: one agent on a break, not three. Koffi is
        // ready in two; Léa is signed out; Serge serves only a queue this supervisor does not
        // watch.
        QueueStatsModel q;
        AgentGridModel grid;
        KpiModel k(&q);
        k.setAgents(&grid);
        q.applyStats({queue("general", 0, 0, 0, 0, 0, 100, 0, 2, 0),
                      queue("english", 0, 0, 0, 0, 0, 100, 0, 1, 0),
                      queue("vip", 0, 0, 0, 0, 0, 100, 0, 1, 0)});
        auto with = [](QJsonObject o, const QStringList &queues) {
            o.insert("queues", QJsonArray::fromStringList(queues));
            return o;
        };
        grid.applyAgentStates({with(agentState("awa", "not_ready", 1, {}, {}, "pause"),
                                    {"general", "english", "vip"}),
                               with(agentState("koffi", "ready", 1), {"general", "english"}),
                               with(agentState("lea", "logged_out", 1), {"general"}),
                               with(agentState("serge", "busy", 1), {"technique"})});
        QTRY_COMPARE(k.value("agentsNotReady"), 1.0);
        QTRY_COMPARE(k.value("agentsReady"), 1.0);
        QTRY_COMPARE(k.value("agentsBusy"), 0.0);
        // The per-queue figures would have said 3 on a break and 4 ready.
        // A change of state moves the agent between tiles (once the grid's batch is in).
        grid.applyAgentState(with(agentState("awa", "busy", 2), {"general", "english", "vip"}));
        QTRY_COMPARE(k.value("agentsNotReady"), 0.0);
        QTRY_COMPARE(k.value("agentsBusy"), 1.0);
        // Watching technique too brings Serge in.
        q.applyStats({queue("general", 0, 0, 0, 0, 0, 100, 0),
                      queue("english", 0, 0, 0, 0, 0, 100, 0), queue("vip", 0, 0, 0, 0, 0, 100, 0),
                      queue("technique", 0, 0, 0, 0, 0, 100, 0)});
        QCOMPARE(k.value("agentsBusy"), 2.0);

        // A batch of a thousand changes is counted once: one repaint of the tile, not 1,000.
        QJsonArray floor;
        for (int i = 0; i < 1000; ++i)
            floor.append(with(agentState(QStringLiteral("a%1").arg(i), "ready", 3), {"general"}));
        ModelSpy spy(&k);
        grid.applyAgentStates(floor);
        for (int i = 0; i < 1000; ++i)
            grid.applyAgentState(
                with(agentState(QStringLiteral("a%1").arg(i), "busy", 4), {"general"}));
        QTRY_COMPARE(k.value("agentsBusy"), 1002.0);
        QCOMPARE(k.value("agentsReady"), 1.0);
        QVERIFY2(spy.changes.size() <= 2, qPrintable(QString::number(spy.changes.size())));
    }

    void theWaitingListKeepsRowsByInteraction()
    {
        CtiClient cti;
        QueueStatsModel q;
        WaitingInteractionModel w(&cti, &q);
        QAbstractItemModelTester tester(&w, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 now = 1'000'000;
        w.setClock([&] { return now; });
        auto ix = [](const QString &id, const QString &from, const QString &name, qint64 waited,
                     int priority, const QString &state = "queued") {
            return QJsonObject{
                {"id", id},           {"channel", "chat"},
                {"from", from},       {"customer", QJsonObject{{"id", "c-" + id}, {"name", name}}},
                {"waitedMs", waited}, {"priority", priority},
                {"state", state}};
        };
        w.applyQueue("general", {ix("i1", "+22997000101", "Aminata Diallo", 65000, 0),
                                 ix("i2", "+22997000102", "", 5000, 3)});
        w.applyQueue("vip", {ix("i3", "+22997000103", "Paul Ahouandjinou", 1000, 0)});
        QCOMPARE(w.rowCount(), 3);
        const int r1 = w.rowOf("i1");
        QCOMPARE(w.index(r1, WaitingInteractionModel::Queue).data().toString(),
                 QStringLiteral("general"));
        QCOMPARE(w.index(r1, WaitingInteractionModel::From).data().toString(),
                 QStringLiteral("Aminata Diallo (+22997000101)"));
        QCOMPARE(w.index(w.rowOf("i2"), WaitingInteractionModel::From).data().toString(),
                 QStringLiteral("+22997000102"));
        QCOMPARE(w.index(r1, WaitingInteractionModel::Waited).data().toString(),
                 QStringLiteral("1:05"));
        QCOMPARE(w.index(w.rowOf("i2"), WaitingInteractionModel::Priority)
                     .data(WaitingInteractionModel::PriorityRole)
                     .toInt(),
                 3);
        // Time goes on between two answers from the server.
        now += 10000;
        QCOMPARE(w.index(r1, WaitingInteractionModel::Waited)
                     .data(WaitingInteractionModel::WaitedMsRole)
                     .toLongLong(),
                 75000);
        // i1 moved from general to vip, i2 was answered: no reset, i3's row untouched.
        ModelSpy spy(&w);
        w.applyQueue("general", {});
        w.applyQueue("vip", {ix("i3", "+22997000103", "Paul Ahouandjinou", 11000, 0),
                             ix("i1", "+22997000101", "Aminata Diallo", 75000, 0)});
        QCOMPARE(spy.resets, 0);
        QCOMPARE(w.rowCount(), 2);
        QCOMPARE(w.index(w.rowOf("i1"), WaitingInteractionModel::Queue).data().toString(),
                 QStringLiteral("vip"));
        QCOMPARE(w.rowOf("i2"), -1);
        // Offered to an agent: said so.
        w.applyQueue("vip", {{ix("i3", "+22997000103", "Paul", 12000, 0, "offered")}});
        QJsonObject offered = ix("i3", "+22997000103", "Paul", 12000, 0, "offered");
        offered.insert("offeredTo", "agent2");
        w.applyQueue("vip", {offered});
        QVERIFY(w.index(w.rowOf("i3"), WaitingInteractionModel::State)
                    .data()
                    .toString()
                    .contains("agent2"));
        // With the grid's names, the supervisor reads who it is offered to.
        w.setAgentNames([](const QString &id) {
            return id == QLatin1String("agent2") ? QStringLiteral("Koffi Mensah") : id;
        });
        QCOMPARE(w.index(w.rowOf("i3"), WaitingInteractionModel::State).data().toString(),
                 QStringLiteral("Offered to Koffi Mensah"));
    }

    void theAgentGridUpdatesOneRowPerEvent()
    {
        AgentGridModel m;
        const qint64 now = 1'000'000'000;
        m.setClock([&] { return now; });
        ModelSpy spy(&m);
        QJsonArray floor;
        for (int i = 0; i < 1000; ++i)
            floor.append(agentState(QStringLiteral("a%1").arg(i), "ready", now - i * 1000,
                                    i % 2 ? "Équipe Cotonou" : "Équipe Abidjan"));
        m.applyAgentStates(floor);
        QCOMPARE(m.rowCount(), 1000);
        QCOMPARE(spy.insertSignals, 1);
        QCOMPARE(m.teams(), QStringList({"Équipe Abidjan", "Équipe Cotonou"}));

        spy.clear();
        for (int i = 0; i < 1000; ++i)
            m.applyAgentState(agentState(QStringLiteral("a%1").arg(i), i % 3 ? "busy" : "not_ready",
                                         now, i % 2 ? "Équipe Cotonou" : "Équipe Abidjan", {},
                                         i % 3 ? "" : "break"));
        QCOMPARE(spy.resets, 0);
        QCOMPARE(spy.inserted, 0);
        QCOMPARE(spy.changes.size(), 1000);
        for (const ModelSpy::Change &c : spy.changes)
            QCOMPARE(c.firstRow, c.lastRow);
        const int row = m.rowOf("a3");
        QCOMPARE(m.index(row, AgentGridModel::State).data().toString(), QStringLiteral("En pause"));
        QCOMPARE(m.index(row, AgentGridModel::Reason).data().toString(),
                 QStringLiteral("Pause café"));

        // The time-in-state column: one signal for the whole column each second.
        spy.clear();
        m.refreshTimes();
        QCOMPARE(spy.changes.size(), 1);
        QCOMPARE(spy.changes[0].firstColumn, int(AgentGridModel::TimeInState));
        QCOMPARE(spy.changes[0].lastColumn, int(AgentGridModel::TimeInState));
        QCOMPARE(spy.changes[0].lastRow, 999);
    }

    void theAgentGridReadsWorkInHandAndTodaysCounts()
    {
        AgentGridModel m;
        QJsonObject body =
            agentState("agent1", "busy", 1000, "Équipe Cotonou", skills({"french", "technique"}));
        body.insert("queues", QJsonArray{"general", "technique"});
        body.insert("handledToday", 12);
        body.insert("ahtTodayMs", 240000);
        body.insert("interactions", QJsonArray{QJsonObject{{"id", "x1"},
                                                           {"channel", "chat"},
                                                           {"queue", "general"},
                                                           {"state", "wrap_up"}},
                                               QJsonObject{{"id", "x2"},
                                                           {"channel", "chat"},
                                                           {"queue", "technique"},
                                                           {"state", "active"}}});
        m.applyAgentState(body);
        QCOMPARE(m.index(0, AgentGridModel::CurrentInteraction).data().toString(),
                 QStringLiteral("Chat · technique (+1)"));
        QCOMPARE(m.index(0, AgentGridModel::HandledToday).data().toString(), QStringLiteral("12"));
        QCOMPARE(m.index(0, 0).data(AgentGridModel::AhtTodayMsRole).toLongLong(), 240000);
        QCOMPARE(m.index(0, 0).data(AgentGridModel::QueuesRole).toStringList(),
                 QStringList({"general", "technique"}));
        // Free again: nothing in hand.
        m.applyAgentState(agentState("agent1", "ready", 2000));
        QCOMPARE(m.index(0, AgentGridModel::CurrentInteraction).data().toString(), QString());
    }

    void theProxyFiltersByTeamQueueSkillAndSortsByTime()
    {
        AgentGridModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = 10'000'000;
        m.setClock([&] { return now; });
        m.setQueueSkills(
            {{"general", {"french"}}, {"technique", {"technique"}}, {"english", {"english"}}});
        m.applyAgentStates(
            {agentState("awa", "ready", now - 60000, "Cotonou", skills({"french", "technique"})),
             agentState("koffi", "busy", now - 5000, "Cotonou", skills({"french", "english"})),
             agentState("aicha", "not_ready", now - 300000, "Abidjan", skills({"french", "vip"}),
                        "lunch"),
             agentState("serge", "ready", now - 1000, "Abidjan", skills({"french"}))});
        QCOMPARE(m.queues(), QStringList({"english", "general", "technique"}));
        AgentFilterProxyModel p;
        p.setSourceModel(&m);
        QAbstractItemModelTester proxyTester(
            &p, QAbstractItemModelTester::FailureReportingMode::QtTest);
        p.sort(AgentGridModel::TimeInState, Qt::DescendingOrder);
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole),
                 QStringList({"aicha", "awa", "koffi", "serge"}));
        p.setTeam("Cotonou");
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole), QStringList({"awa", "koffi"}));
        p.setTeam({});
        p.setQueue("technique");
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole), QStringList({"awa"}));
        p.setQueue({});
        p.setSkill("vip");
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole), QStringList({"aicha"}));
        p.setSkill({});
        p.setState("ready");
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole), QStringList({"awa", "serge"}));
        p.setState({});
        p.setText("KOF");
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole), QStringList({"koffi"}));
        p.setText({});

        // A change moves one row to its sorted place; no reset reaches the view.
        ModelSpy spy(&p);
        m.applyAgentState(agentState("serge", "not_ready", now - 900000, "Abidjan",
                                     skills({"french"}), "training"));
        QCOMPARE(spy.resets, 0);
        QCOMPARE(column(&p, 0, AgentGridModel::AgentIdRole),
                 QStringList({"serge", "aicha", "awa", "koffi"}));
        p.sort(AgentGridModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(&p, AgentGridModel::Name),
                 QStringList({"Agent aicha", "Agent awa", "Agent koffi", "Agent serge"}));
    }

    void theHubRoutesEventsAndHelpRequests()
    {
        CtiClient cti;
        SupervisionHub hub(&cti, nullptr);
        hub.subscribe();
        auto ev = [](const QString &type, const QJsonObject &body) {
            CtiEvent e;
            e.type = type;
            e.body = body;
            return e;
        };
        hub.handleEvent(
            ev("stats.queues",
               {{"at", 1}, {"queues", QJsonArray{queue("general", 2, 1000, 1, 1, 0, 100, 0)}}}));
        hub.handleEvent(ev("agent.state", agentState("awa", "ready", 1)));
        QSignalSpy help(&hub, &SupervisionHub::helpRequested);
        hub.handleEvent(ev("help.requested", {{"id", "h1"},
                                              {"agentId", "awa"},
                                              {"name", "Awa Dossou"},
                                              {"text", "Client agressif"},
                                              {"at", 5}}));
        QCOMPARE(hub.queues()->rowCount(), 1);
        // Agents come with the next batch, a fraction of a second later.
        QTRY_COMPARE_WITH_TIMEOUT(hub.agents()->rowCount(), 1, 2 * SupervisionHub::kAgentBatchMs);
        QCOMPARE(hub.agentsView()->rowCount(), 1);
        QCOMPARE(help.size(), 1);
        QCOMPARE(hub.helpRequests()->rowCount(), 1);
        QVERIFY(hub.helpRequests()->index(0).data().toString().contains("Client agressif"));
        hub.handleEvent(ev("help.resolved", {{"id", "h1"}, {"agentId", "awa"}}));
        QCOMPARE(hub.helpRequests()->rowCount(), 0);
        hub.reset();
        QCOMPARE(hub.queues()->rowCount(), 0);
        // Not subscribed any more: the agent's own state events do not fill a grid.
        hub.handleEvent(ev("agent.state", agentState("awa", "busy", 1)));
        hub.flushAgentStates();
        QCOMPARE(hub.agents()->rowCount(), 0);
    }

    void aBurstOfAgentEventsReachesTheGridAsOneBatch()
    {
        CtiClient cti;
        SupervisionHub hub(&cti, nullptr);
        hub.subscribe();
        auto ev = [](const QJsonObject &body) {
            CtiEvent e;
            e.type = QStringLiteral("agent.state");
            e.body = body;
            return e;
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 50; ++i)
            hub.handleEvent(ev(agentState(QStringLiteral("a%1").arg(i), "ready", now)));
        hub.flushAgentStates();
        QCOMPARE(hub.agents()->rowCount(), 50);

        // 500 changes of 10 agents within one batch: nothing reaches the view before the
        // batch, then one change per agent, showing its last state.
        ModelSpy spy(hub.agents());
        const char *states[] = {"busy", "wrap_up", "ready", "not_ready", "reserved"};
        for (int round = 0; round < 50; ++round)
            for (int i = 0; i < 10; ++i)
                hub.handleEvent(
                    ev(agentState(QStringLiteral("a%1").arg(i * 5), states[(round + i) % 5],
                                  now + round, {}, {}, "break")));
        QCOMPARE(spy.changes.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.changes.size(), 10, 2 * SupervisionHub::kAgentBatchMs);
        QCOMPARE(spy.inserted, 0);
        QCOMPARE(spy.resets, 0);
        for (int i = 0; i < 10; ++i) {
            const QModelIndex state = hub.agents()->index(i * 5, AgentGridModel::State);
            QCOMPARE(state.data(AgentGridModel::StateRole).toString(),
                     QString::fromLatin1(states[(49 + i) % 5]));
        }
        QCOMPARE(hub.agents()->index(1, 0).data(AgentGridModel::StateRole).toString(),
                 QStringLiteral("ready"));
    }

    void theServersThresholdsColourEachQueue()
    {
        // The server's configuration: vip turns amber at 2 waiting and red at 4, its AHT red
        // past 7 min; general sends nothing and keeps the defaults (amber 5, red 10).
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "supervise.subscribe")
                return QJsonObject{
                    {"queues",
                     QJsonArray{
                         QJsonObject{{"name", "general"}, {"skills", QJsonArray{"french"}}},
                         QJsonObject{
                             {"name", "vip"},
                             {"skills", QJsonArray{"vip"}},
                             {"thresholds", QJsonObject{{"waiting", QJsonArray{2, 4}},
                                                        {"longestWaitMs", QJsonArray{30000, 60000}},
                                                        {"serviceLevel", QJsonArray{90, 80}},
                                                        {"abandonRate", QJsonArray{3, 6}},
                                                        {"ahtMs", QJsonArray{240000, 420000}}}}}}}};
            return QJsonObject{};
        });
        CtiClient cti;
        cti.setServers({server.url()});
        cti.open();
        QTRY_COMPARE(cti.state(), CtiClient::ConnectionState::Connected);
        SupervisionHub hub(&cti, nullptr);
        hub.subscribe();
        QTRY_VERIFY(hub.isSubscribed());
        QueueStatsModel *q = hub.queues();
        QCOMPARE(q->thresholds("vip").waitingRed, 4);
        QCOMPARE(q->thresholds("general"), QueueThresholds{});
        // The same figures, different colours: 3 waiting, 45 s, 85 %, 4 % abandoned, AHT 5 min.
        q->applyStats({queue("general", 3, 45000, 25, 24, 1, 85, 300000),
                       queue("vip", 3, 45000, 25, 24, 1, 85, 300000)});
        using L = QueueStatsModel::Level;
        auto level = [&](const QString &name, int column) {
            return L(q->index(q->rowOf(name), column).data(QueueStatsModel::LevelRole).toInt());
        };
        QCOMPARE(level("general", QueueStatsModel::Waiting), L::Normal);
        QCOMPARE(level("vip", QueueStatsModel::Waiting), L::Amber);
        QCOMPARE(level("general", QueueStatsModel::LongestWait), L::Normal);
        QCOMPARE(level("vip", QueueStatsModel::LongestWait), L::Amber);
        QCOMPARE(level("general", QueueStatsModel::ServiceLevel), L::Normal);
        QCOMPARE(level("vip", QueueStatsModel::ServiceLevel), L::Amber);
        QCOMPARE(level("general", QueueStatsModel::Abandoned), L::Normal);
        QCOMPARE(level("vip", QueueStatsModel::Abandoned), L::Amber);
        QCOMPARE(level("general", QueueStatsModel::Aht), L::Normal); // no AHT colour by default
        QCOMPARE(level("vip", QueueStatsModel::Aht), L::Amber);
        q->applyStats({queue("general", 3, 45000, 25, 24, 1, 85, 300000),
                       queue("vip", 4, 61000, 20, 17, 3, 75, 500000)});
        QCOMPARE(level("vip", QueueStatsModel::Waiting), L::Red);
        QCOMPARE(level("vip", QueueStatsModel::LongestWait), L::Red);
        QCOMPARE(level("vip", QueueStatsModel::ServiceLevel), L::Red);
        QCOMPARE(level("vip", QueueStatsModel::Abandoned), L::Red);
        QCOMPARE(level("vip", QueueStatsModel::Aht), L::Red);
        QCOMPARE(q->index(q->rowOf("vip"), 0).data(QueueStatsModel::QueueLevelRole).toInt(),
                 int(L::Red));
        QCOMPARE(hub.kpis()->level("aht"), int(L::Red)); // the tile follows the worst queue
    }

    void theChosenTilesFollowTheSupervisor()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        QJsonValue stored = QJsonValue::Null;
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "settings.get")
                return QJsonObject{{"key", req.value("key")}, {"value", stored}};
            if (req.value("type") == "settings.set") {
                stored = req.value("value");
                return QJsonObject{{"key", req.value("key")}, {"bytes", 10}};
            }
            if (req.value("type") == "supervise.subscribe")
                return QJsonObject{{"queues", QJsonArray{}}};
            return QJsonObject{};
        });
        CtiClient cti;
        cti.setServers({server.url()});
        cti.open();
        QTRY_COMPARE(cti.state(), CtiClient::ConnectionState::Connected);
        {
            UserSettings settings(&cti);
            SupervisionHub hub(&cti, nullptr, &settings);
            hub.subscribe();
            QTRY_VERIFY(hub.isSubscribed());
            QCOMPARE(hub.kpis()->indicators(),
                     KpiModel::availableIndicators()); // nothing stored yet
            hub.kpis()->setIndicators({"waiting", "serviceLevel"});
            QTRY_VERIFY(stored.isArray());
            QCOMPARE(stored.toArray(), QJsonArray({"waiting", "serviceLevel"}));
        }
        // Another desk, the same supervisor.
        UserSettings settings(&cti);
        SupervisionHub hub(&cti, nullptr, &settings);
        server.clearRequests();
        hub.subscribe();
        QTRY_COMPARE(hub.kpis()->indicators(), QStringList({"waiting", "serviceLevel"}));
        QVERIFY(!server.requestTypes().contains("settings.set")); // restoring is not saving
    }
};

QTEST_GUILESS_MAIN(TestSupervisorModels)
#include "tst_supervisormodels.moc"

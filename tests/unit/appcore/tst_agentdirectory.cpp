// The transfer picker's models against the fake server: the colleagues' directory
// (agent.directory) and its name-or-id filter.
#include "FakeCtiFixture.h"

#include <relais/app/AgentDirectoryFilterModel.h>
#include <relais/app/AgentDirectoryModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/DisplayNames.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace relais::app;

namespace {
QJsonObject agent(const QString &id, const QString &name, const QString &state, bool reachable)
{
    return {
        {"agentId", id}, {"name", name}, {"state", state}, {"team", "A"}, {"reachable", reachable}};
}

const QJsonArray kAgents{agent("agent3", "Aïcha Traoré", "ready", true),
                         agent("agent7", "Chantal Ahouansou", "logged_out", false),
                         agent("agent2", "Koffi Mensah", "busy", true),
                         agent("agent5", "Fatou Koné", "not_ready", false)};
} // namespace

class TestAgentDirectory : public QObject
{
    Q_OBJECT

private:
    FakeCtiFixture m_cti;
    FakeCtiServer &m_server = m_cti.server;
    FakeCtiFixture::Handler &m_handler = m_cti.handler;

    std::unique_ptr<CtiClient> client() { return m_cti.client(); }

private slots:
    void initTestCase() { QVERIFY(m_cti.listen()); }

    void refreshFillsTheRowsFromTheReply()
    {
        auto cti = client();
        QVERIFY(cti);
        AgentDirectoryModel model(cti.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_handler = [](const QJsonObject &) { return QJsonObject{{"agents", kAgents}}; };
        QSignalSpy loaded(&model, &AgentDirectoryModel::loaded);
        model.refresh(QStringLiteral("voice"));
        QVERIFY(model.isLoading());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QVERIFY(model.error().isEmpty());
        // The request names the interaction's channel.
        const QJsonObject request = m_server.requests().last();
        QCOMPARE(request.value("type").toString(), QStringLiteral("agent.directory"));
        QCOMPARE(request.value("channel").toString(), QStringLiteral("voice"));

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        // Those who can take the transfer first, the server's order kept within each group.
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, 0).data(AgentDirectoryModel::AgentIdRole).toString();
        QCOMPARE(order, (QStringList{"agent3", "agent2", "agent7", "agent5"}));
        const int koffi = model.rowOf(QStringLiteral("agent2"));
        QCOMPARE(koffi, 1);
        const auto cell = [&](int row, int column) { return model.index(row, column).data(); };
        QCOMPARE(cell(koffi, AgentDirectoryModel::NameColumn).toString(),
                 QStringLiteral("Koffi Mensah"));
        QCOMPARE(cell(koffi, AgentDirectoryModel::IdColumn).toString(), QStringLiteral("agent2"));
        QCOMPARE(cell(koffi, AgentDirectoryModel::StateColumn).toString(),
                 DisplayNames::agentState(QStringLiteral("busy")));
        QCOMPARE(model.index(koffi, 0).data(AgentDirectoryModel::StateRole).toString(),
                 QStringLiteral("busy"));
        QVERIFY(!model.headerData(AgentDirectoryModel::NameColumn, Qt::Horizontal)
                     .toString()
                     .isEmpty());
        // Reachable: enabled and selectable; the others greyed, with a tooltip saying why.
        QVERIFY(model.flags(model.index(koffi, 0)) & Qt::ItemIsSelectable);
        QVERIFY(model.flags(model.index(koffi, 0)) & Qt::ItemIsEnabled);
        QVERIFY(!model.index(koffi, 0).data(Qt::ToolTipRole).isValid());
        const int chantal = model.rowOf(QStringLiteral("agent7"));
        QVERIFY(!(model.flags(model.index(chantal, 1)) & Qt::ItemIsSelectable));
        QVERIFY(!(model.flags(model.index(chantal, 1)) & Qt::ItemIsEnabled));
        QVERIFY(model.index(chantal, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Chantal Ahouansou")));
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);

        // Refreshed: the new reply replaces the rows (a colleague signed in meanwhile).
        QJsonArray later = kAgents;
        later[1] = agent("agent7", "Chantal Ahouansou", "ready", true);
        m_handler = [later](const QJsonObject &) { return QJsonObject{{"agents", later}}; };
        model.refresh();
        QTRY_COMPARE(loaded.size(), 2);
        QVERIFY(!m_server.requests().last().contains("channel")); // no channel: none sent
        const int signedIn = model.rowOf(QStringLiteral("agent7"));
        QCOMPARE(signedIn, 1); // now among those who can take it, in the server's order
        QCOMPARE(model.index(signedIn, 0).data(AgentDirectoryModel::StateRole).toString(),
                 QStringLiteral("ready"));
        QVERIFY(model.flags(model.index(signedIn, 0)) & Qt::ItemIsSelectable);
    }

    void aRefusedRefreshSaysWhyAndEmptiesTheList()
    {
        auto cti = client();
        QVERIFY(cti);
        AgentDirectoryModel model(cti.get());
        model.setAgents(kAgents);
        QCOMPARE(model.rowCount(), 4);
        m_handler = [](const QJsonObject &) {
            return QJsonObject{
                {"ok", false},
                {"error", QJsonObject{{"code", "forbidden"},
                                      {"message", "this needs the agent or supervisor role"}}}};
        };
        QSignalSpy loaded(&model, &AgentDirectoryModel::loaded);
        model.refresh(QStringLiteral("chat"));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.error().contains(QStringLiteral("agent or supervisor role")),
                 qPrintable(model.error()));
        // The next good reply clears the error.
        m_handler = [](const QJsonObject &) { return QJsonObject{{"agents", kAgents}}; };
        model.refresh(QStringLiteral("chat"));
        QTRY_COMPARE(loaded.size(), 2);
        QVERIFY(model.error().isEmpty());
        QCOMPARE(model.rowCount(), 4);
    }

    void liveModeKeepsAskingAndUpdatesRowsInPlace()
    {
        auto cti = client();
        QVERIFY(cti);
        AgentDirectoryModel model(cti.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray agents = kAgents;
        int asked = 0;
        m_handler = [&](const QJsonObject &) {
            ++asked;
            return QJsonObject{{"agents", agents}};
        };
        QSignalSpy loaded(&model, &AgentDirectoryModel::loaded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setLive(true, QStringLiteral("voice"), 50);
        QVERIFY(model.isLive());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 4);

        // Koffi finishes his call: the next answers change his row in place, no reset.
        agents[2] = agent("agent2", "Koffi Mensah", "ready", true);
        QTRY_COMPARE(
            model.index(model.rowOf("agent2"), 0).data(AgentDirectoryModel::StateRole).toString(),
            QStringLiteral("ready"));
        QCOMPARE(resets.size(), 1);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(m_server.requests().last().value("channel").toString(), QStringLiteral("voice"));

        // Fatou can now take it: she moves up among the reachable, which rebuilds the rows.
        agents[3] = agent("agent5", "Fatou Koné", "ready", true);
        QTRY_COMPARE(model.rowOf("agent5"), 2);
        QCOMPARE(resets.size(), 2);

        // A refusal while live keeps the last rows and says why; the next answer clears it.
        m_handler = [&](const QJsonObject &) {
            ++asked;
            return QJsonObject{
                {"ok", false},
                {"error", QJsonObject{{"code", "unavailable"}, {"message", "server busy"}}}};
        };
        QTRY_VERIFY(model.error().contains(QStringLiteral("server busy")));
        QCOMPARE(model.rowCount(), 4);
        m_handler = [&](const QJsonObject &) {
            ++asked;
            return QJsonObject{{"agents", agents}};
        };
        QTRY_VERIFY(model.error().isEmpty());

        // Stopped: no more questions.
        model.setLive(false);
        QVERIFY(!model.isLive());
        QTest::qWait(100); // an answer on its way may still arrive
        const int settled = asked;
        QTest::qWait(300);
        QCOMPARE(asked, settled);
    }

    void malformedEntriesAreSkipped()
    {
        AgentDirectoryModel model(nullptr);
        model.setAgents({QJsonObject{{"name", "Sans identifiant"}}, QString("agent9"),
                         QJsonObject{{"agentId", "agent8"}, {"state", "ready"}}});
        QCOMPARE(model.rowCount(), 1);
        // No name: the id stands for it; no reachable: not reachable.
        QCOMPARE(model.index(0, AgentDirectoryModel::NameColumn).data().toString(),
                 QStringLiteral("agent8"));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    }

    void theFilterMatchesNameOrIdWithoutCaseOrAccents()
    {
        AgentDirectoryModel model(nullptr);
        model.setAgents(kAgents);
        AgentDirectoryFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        const auto ids = [&] {
            QStringList out;
            for (int r = 0; r < filter.rowCount(); ++r)
                out << filter.index(r, 0).data(AgentDirectoryModel::AgentIdRole).toString();
            return out;
        };
        filter.setText(QStringLiteral("aicha"));
        QCOMPARE(ids(), QStringList{"agent3"});
        filter.setText(QStringLiteral("  KOFFI "));
        QCOMPARE(ids(), QStringList{"agent2"});
        filter.setText(QStringLiteral("agent7"));
        QCOMPARE(ids(), QStringList{"agent7"});
        filter.setText(QStringLiteral("kone")); // Koné, not Koffi
        QCOMPARE(ids(), QStringList{"agent5"});
        filter.setText(QStringLiteral("zz"));
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(filter.selectableRow(0, 1), -1);
        filter.setText({});
        // Up/Down move among the colleagues who can take the transfer (listed first).
        QCOMPARE(filter.selectableRow(0, 1), 0);  // Aïcha
        QCOMPARE(filter.selectableRow(1, 1), 1);  // Koffi
        QCOMPARE(filter.selectableRow(2, 1), -1); // Chantal and Fatou cannot: nothing below
        QCOMPARE(filter.selectableRow(1, -1), 1);
        QCOMPARE(filter.selectableRow(3, -1), 1); // from the greyed ones up to Koffi
        QCOMPARE(AgentDirectoryFilterModel::folded(QStringLiteral("Hounbédji ÉLODIE")),
                 QStringLiteral("hounbedji elodie"));
    }
};

QTEST_MAIN(TestAgentDirectory)
#include "tst_agentdirectory.moc"

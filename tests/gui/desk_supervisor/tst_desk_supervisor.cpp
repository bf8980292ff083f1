// The supervisor face and the wallboard against a real relais-dispatch --demo: waiting chats in
// the queue table (red past the threshold), the agent grid's team filter, a forced pause that
// reaches the agent's desk, a broadcast written in the dialog that reaches an agent, and the
// wallboard frameless, full screen, rotating its pages.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include "supervisor/BroadcastDialog.h"
#include "supervisor/ReportsDialog.h"
#include "supervisor/SupervisorWindow.h"
#include "wallboard/WallboardWindow.h"

#include <relais/app/AgentGridModel.h>
#include <relais/app/DeskCore.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/ReportModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace relais;

namespace {
constexpr int kLong = 20000;
} // namespace

class TestDeskSupervisor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    app::DeskCore *m_sup = nullptr;
    app::DeskCore *m_agent = nullptr;
    ui::SupervisorWindow *m_window = nullptr;

    bool loginAs(app::DeskCore &desk, const QString &user)
    {
        desk.setServers(m_server.ctiUrl());
        desk.session()->login(user, QStringLiteral("demo"), QStringLiteral("poste-test"));
        return QTest::qWaitFor([&] { return desk.session()->isLoggedIn(); }, kLong);
    }

    int agentRow(const QString &name) const
    {
        QAbstractItemModel *m = m_window->agentGrid()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(app::AgentGridModel::NameRole).toString() == name)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("desk_supervisor"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(db), qPrintable(m_server.output()));
        m_sup = new app::DeskCore(this);
        m_agent = new app::DeskCore(this);
        QVERIFY(loginAs(*m_sup, QStringLiteral("supervisor1")));
        QVERIFY(loginAs(*m_agent, QStringLiteral("agent1")));
        ui::DeskContext context;
        context.core = m_sup;
        m_window = new ui::SupervisorWindow(context);
        m_window->resize(1024, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_sup->supervision()->isSubscribed(), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(agentRow(QStringLiteral("Awa Dossou")) >= 0, kLong);
    }

    void cleanupTestCase() { delete m_window; }

    void waitingChatsTurnTheCellRed()
    {
        app::QueueStatsModel *queues = m_sup->supervision()->queues();
        app::QueueThresholds t;
        t.waitingAmber = 1;
        t.waitingRed = 2;
        queues->setThresholds(QStringLiteral("vip"), t);
        HttpClient http(m_server.httpBase());
        // Nobody is ready: both chats wait.
        QVERIFY(!http.createInteraction("chat", "+22997000101", "Bonjour", "vip").isEmpty());
        QVERIFY(!http.createInteraction("chat", "+22997000102", "Allô ?", "vip").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(queues->rowOf(QStringLiteral("vip")) >= 0, kLong);
        const int row = queues->rowOf(QStringLiteral("vip"));
        const QModelIndex cell = queues->index(row, app::QueueStatsModel::Waiting);
        QTRY_COMPARE_WITH_TIMEOUT(cell.data(app::QueueStatsModel::ValueRole).toInt(), 2, kLong);
        QCOMPARE(cell.data().toString(), QStringLiteral("2"));
        // What the supervisor sees: the cell painted red by the delegate.
        QTableView *table = m_window->queueTable();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QRect r = table->visualRect(cell);
                const QImage shot = table->viewport()->grab().toImage();
                const QColor c = shot.pixelColor(r.left() + 2, r.center().y());
                return c.red() > 180 && c.green() < 100 && c.blue() < 100;
            }(),
            5000);
        // A queue below its thresholds keeps its normal colour.
        const QModelIndex calm =
            queues->index(queues->rowOf(QStringLiteral("english")), app::QueueStatsModel::Waiting);
        QCOMPARE(calm.data(app::QueueStatsModel::LevelRole).toInt(),
                 int(app::QueueStatsModel::Level::Normal));
    }

    void agentGridFiltersByTeam()
    {
        QAbstractItemModel *grid = m_window->agentGrid()->model();
        const int all = grid->rowCount();
        QComboBox *team = m_window->teamFilter();
        const int abidjan = team->findText(QStringLiteral("Équipe Abidjan"));
        QVERIFY(abidjan > 0);
        team->setCurrentIndex(abidjan);
        QVERIFY(grid->rowCount() > 0);
        QVERIFY(grid->rowCount() < all);
        for (int r = 0; r < grid->rowCount(); ++r)
            QCOMPARE(grid->index(r, 0).data(app::AgentGridModel::TeamRole).toString(),
                     QStringLiteral("Équipe Abidjan"));
        QCOMPARE(agentRow(QStringLiteral("Awa Dossou")), -1); // Cotonou
        team->setCurrentIndex(0);
        QCOMPARE(grid->rowCount(), all);
    }

    void forcedPauseReachesTheAgent()
    {
        app::Session *agent = m_agent->session();
        agent->setReady();
        QTRY_COMPARE_WITH_TIMEOUT(agent->stateWireName(), QStringLiteral("ready"), kLong);
        // The grid shows it too.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->agentGrid()
                                      ->model()
                                      ->index(agentRow(QStringLiteral("Awa Dossou")), 0)
                                      .data(app::AgentGridModel::StateRole)
                                      .toString(),
                                  QStringLiteral("ready"), kLong);
        const int row = agentRow(QStringLiteral("Awa Dossou"));
        m_window->agentGrid()->setCurrentIndex(m_window->agentGrid()->model()->index(row, 0));
        QVERIFY(!m_window->selectedAgent().isEmpty());
        m_window->forceSelected(QStringLiteral("not_ready"), QStringLiteral("Réunion d'équipe"));
        QTRY_COMPARE_WITH_TIMEOUT(agent->stateWireName(), QStringLiteral("not_ready"), kLong);
    }

    void broadcastFromTheDialogReachesTheAgent()
    {
        QSignalSpy received(m_agent->session(), &app::Session::broadcastReceived);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionBroadcast"));
        QVERIFY(action);
        bool filled = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<ui::BroadcastDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QPlainTextEdit *>()->setPlainText(
                QStringLiteral("Panne du réseau mobile : prévenez les clients"));
            const auto boxes = dialog->findChildren<QComboBox *>();
            boxes.at(0)->setCurrentIndex(2); // incident
            filled = true;
            dialog->accept();
        });
        action->trigger();
        QVERIFY(filled);
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, kLong);
        const auto b = received.at(0).at(0).value<app::Broadcast>();
        QCOMPARE(b.text, QStringLiteral("Panne du réseau mobile : prévenez les clients"));
        QCOMPARE(b.severity, QStringLiteral("incident"));
    }

    void reportExportsCsv()
    {
        // Today's per-queue report from the server's database, exported as the supervisor
        // would open it in a spreadsheet: the two vip chats of the first test are counted.
        ui::ReportsDialog dialog(m_sup->cti(), m_window);
        dialog.setRange(QDate::currentDate(), QDate::currentDate());
        QSignalSpy loaded(dialog.model(), &app::ReportModel::loaded);
        dialog.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLong);
        const QString path = m_dir.filePath(QStringLiteral("files.csv"));
        QVERIFY(dialog.exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() >= 6); // header, 4 queues, total
        QVERIFY(lines[0].startsWith("File,"));
        QByteArray vip;
        for (const QByteArray &l : lines)
            if (l.startsWith("vip,"))
                vip = l.trimmed();
        QVERIFY2(vip.startsWith("vip,2,"), vip.constData()); // offered: 2
        const QString pdf = m_dir.filePath(QStringLiteral("files.pdf"));
        QVERIFY(dialog.exportPdf(pdf));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
    }

    void wallboardIsFramelessFullScreenAndRotates()
    {
        ui::DeskContext context;
        context.core = m_sup;
        ui::WallboardWindow wall(context);
        wall.setGeometry(QApplication::primaryScreen()->geometry());
        wall.showFullScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));
        QVERIFY(wall.windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(wall.isFullScreen());
        QCOMPARE(wall.size(), QApplication::primaryScreen()->geometry().size());
        // Four demo queues, two a page: two pages that take turns.
        QTRY_COMPARE_WITH_TIMEOUT(m_sup->supervision()->queues()->count(), 4, kLong);
        wall.setRowsPerPage(2);
        QCOMPARE(wall.pageCount(), 2);
        const QString first = wall.cellText(0, 0);
        QVERIFY(!first.isEmpty());
        wall.setRotationInterval(300);
        QTRY_COMPARE_WITH_TIMEOUT(wall.page(), 1, 5000);
        QVERIFY(wall.cellText(0, 0) != first);
        QVERIFY(!wall.cellText(0, 0).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(wall.page(), 0, 5000);
        QCOMPARE(wall.cellText(0, 0), first);
    }
};

QTEST_MAIN(TestDeskSupervisor)
#include "tst_desk_supervisor.moc"

// The supervisor face and the wallboard against a real relais-dispatch --demo: waiting chats in
// the queue table (red past the threshold), the agent grid's team filter, a forced pause that
// reaches the agent's desk, a pause or sign-out that needs its reason, a waiting chat moved to
// another queue from the Waiting tab, an agent's help request shown and resolved, a broadcast
// written in the dialog that reaches an agent, and the wallboard frameless, full screen,
// rotating its pages while the figures keep coming.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include "common/LanguageManager.h"
#include "supervisor/BroadcastDialog.h"
#include "supervisor/ForceStateDialog.h"
#include "supervisor/ReportsDialog.h"
#include "supervisor/SupervisorWindow.h"
#include "supervisor/WaitingPane.h"
#include "wallboard/WallboardWindow.h"

#include <relais/app/AgentGridModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/HelpRequestModel.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/ReportModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>
#include <relais/app/WaitingInteractionModel.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
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

    void theFaceFitsA1024x768Screen()
    {
        // In French (the longer words), with the floor's figures in, every part of the face
        // shrinks to a 1024×768 screen.
        ui::LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("fr"), false));
        ui::DeskContext context;
        context.core = m_sup;
        context.language = &language;
        {
            ui::SupervisorWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::qWait(300);
            const QSize min = window.minimumSizeHint().expandedTo(window.minimumSize());
            QString parts;
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (w->isVisible() && w->minimumSizeHint().width() > 400)
                    parts +=
                        QStringLiteral("%1(%2) %3; ")
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                            .arg(w->minimumSizeHint().width());
            }
            QVERIFY2(
                min.width() <= 1024 && min.height() <= 740,
                qPrintable(
                    QStringLiteral("%1x%2: %3").arg(min.width()).arg(min.height()).arg(parts)));
            window.resize(1024, 740);
            QTRY_COMPARE(window.width(), 1024);
        }
        QVERIFY(language.setLanguage(QStringLiteral("en"), false));
    }

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

    void aPauseOrSignOutNeedsItsReason()
    {
        // The dialog will not send a pause without a reason; the server refuses one too.
        ui::ForceStateDialog pause(QStringLiteral("not_ready"), QStringLiteral("Awa Dossou"),
                                   {QStringLiteral("Réunion")});
        QVERIFY(pause.reasonRequired());
        QVERIFY(!pause.canAccept());
        pause.setReason(QStringLiteral("   "));
        QVERIFY(!pause.canAccept());
        pause.setReason(QStringLiteral("Réunion d'équipe"));
        QVERIFY(pause.canAccept());
        ui::ForceStateDialog ready(QStringLiteral("ready"), QStringLiteral("Awa Dossou"), {});
        QVERIFY(ready.canAccept());

        QSignalSpy failed(m_sup->supervision(), &app::SupervisionHub::actionFailed);
        m_sup->supervision()->forceLogout(QStringLiteral("agent1"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kLong);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("reason")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(m_agent->session()->isLoggedIn());
    }

    void aWaitingChatIsMovedToAnotherQueue()
    {
        // A chat for the technical queue, where nobody is signed in: the supervisor finds it in
        // the Waiting tab and sends it to the general queue.
        HttpClient http(m_server.httpBase());
        const QString id =
            http.createInteraction("chat", "+22997000301", "Ma box ne marche plus", "technique");
        QVERIFY(!id.isEmpty());
        m_window->queueTabs()->setCurrentWidget(m_window->waitingPane());
        QTableView *table = m_window->waitingPane()->table();
        app::WaitingInteractionModel *waiting = m_sup->supervision()->waiting();
        QTRY_VERIFY_WITH_TIMEOUT(waiting->rowOf(id) >= 0, kLong);
        const int row = waiting->rowOf(id);
        QCOMPARE(waiting->index(row, app::WaitingInteractionModel::Queue).data().toString(),
                 QStringLiteral("technique"));
        QVERIFY(waiting->index(row, app::WaitingInteractionModel::From)
                    .data()
                    .toString()
                    .contains(QLatin1String("+22997000301")));
        QVERIFY(!waiting->index(row, app::WaitingInteractionModel::Channel)
                     .data()
                     .toString()
                     .isEmpty());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(waiting->index(row, 0)).center());
        QCOMPARE(m_window->waitingPane()->selectedInteraction(), id);
        QVERIFY(m_window->waitingPane()->chooseTarget(QStringLiteral("queue:general")));
        // Its own queue is not offered as a target.
        QVERIFY(m_window->waitingPane()->target()->findData(QStringLiteral("queue:technique")) < 0);
        QVERIFY(m_window->waitingPane()->moveButton()->isEnabled());
        QTest::mouseClick(m_window->waitingPane()->moveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(waiting->index(waiting->rowOf(id), 0).data().toString(),
                                  QStringLiteral("general"), kLong);
        // The server has it in general now.
        QJsonObject reply;
        bool done = false;
        m_sup->cti()->request(QStringLiteral("queue.waiting"), {{"queue", "general"}}, this,
                              [&](const app::CtiResult &r) {
                                  reply = r.body;
                                  done = true;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(done, kLong);
        bool there = false;
        for (const QJsonValue &v : reply.value(QStringLiteral("interactions")).toArray())
            there = there || v.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY2(there, qPrintable(QJsonDocument(reply).toJson()));
        m_window->queueTabs()->setCurrentIndex(0);
    }

    void aHelpRequestIsShownAndResolved()
    {
        QSignalSpy resolved(m_agent->session(), &app::Session::helpResolved);
        m_agent->session()->requestHelp(QStringLiteral("Client très mécontent, besoin d'aide"));
        QListView *list = m_window->helpList();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, kLong);
        const QModelIndex item = list->model()->index(0, 0);
        QVERIFY2(item.data().toString().contains(QStringLiteral("Client très mécontent")),
                 qPrintable(item.data().toString()));
        QVERIFY(item.data().toString().contains(QLatin1String("Awa Dossou")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
        QTest::mouseClick(m_window->resolveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, kLong);
        QVERIFY(!m_agent->session()->isHelpPending());
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

    void aSupervisorSignsAnAgentOut()
    {
        // Through the face's own action and dialog: the agent's desk is signed out.
        QSignalSpy out(m_agent->session(), &app::Session::loggedOut);
        const int row = agentRow(QStringLiteral("Awa Dossou"));
        QVERIFY(row >= 0);
        m_window->agentGrid()->setCurrentIndex(m_window->agentGrid()->model()->index(row, 0));
        QAction *action = nullptr;
        for (QAction *a : m_window->agentGrid()->actions())
            if (a->objectName() == QLatin1String("actionSignOut"))
                action = a;
        QVERIFY(action);
        bool filled = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<ui::ForceStateDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setReason(QStringLiteral("Fin de service"));
            filled = true;
            dialog->accept();
        });
        action->trigger();
        QVERIFY(filled);
        QTRY_COMPARE_WITH_TIMEOUT(out.count(), 1, kLong);
        QCOMPARE(out.at(0).at(0).toString(), QStringLiteral("logged_out"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->agentGrid()
                                      ->model()
                                      ->index(agentRow(QStringLiteral("Awa Dossou")), 0)
                                      .data(app::AgentGridModel::StateRole)
                                      .toString(),
                                  QStringLiteral("logged_out"), kLong);
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
        // The incident broadcast earlier is still on, across the top, for the whole floor.
        QVERIFY2(wall.broadcastText().contains(QStringLiteral("Panne du réseau mobile")),
                 qPrintable(wall.broadcastText()));
        // Four demo queues on a TV: the lines share the screen, figures far above the minimum.
        QTRY_COMPARE_WITH_TIMEOUT(m_sup->supervision()->queues()->count(), 4, kLong);
        QTRY_VERIFY(wall.cellFontPixels() >= 70);
        const int fourLines = wall.cellFontPixels();
        // Four demo queues, two a page: two pages that take turns, with taller lines.
        wall.setRowsPerPage(2);
        QTRY_VERIFY(wall.cellFontPixels() > fourLines);
        QCOMPARE(wall.pageCount(), 2);
        const QString first = wall.cellText(0, 0);
        QVERIFY(!first.isEmpty());
        // A busy floor: figures come far more often than pages turn (here every 100 ms, the
        // real ones every second against a 10 s rotation). Pages still turn on time.
        app::SupervisionHub *hub = m_sup->supervision();
        QTimer feed;
        feed.setInterval(100);
        int fed = 0;
        connect(&feed, &QTimer::timeout, this, [&] {
            QJsonArray queues;
            for (const protocol::QueueStats &q : hub->queues()->stats())
                queues.append(q.toJson());
            app::CtiEvent e;
            e.type = QStringLiteral("stats.queues");
            e.body = {{"at", QDateTime::currentMSecsSinceEpoch()}, {"queues", queues}};
            hub->handleEvent(e);
            ++fed;
        });
        QSignalSpy applied(hub->queues(), &app::QueueStatsModel::statsApplied);
        feed.start();
        wall.setRotationInterval(1000);
        QTRY_COMPARE_WITH_TIMEOUT(wall.page(), 1, 4000);
        QVERIFY2(applied.count() >= 5, qPrintable(QString::number(applied.count())));
        QVERIFY(wall.cellText(0, 0) != first);
        QVERIFY(!wall.cellText(0, 0).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(wall.page(), 0, 4000);
        QCOMPARE(wall.cellText(0, 0), first);
        feed.stop();
        QVERIFY(fed >= 10);
    }
};

QTEST_MAIN(TestDeskSupervisor)
#include "tst_desk_supervisor.moc"

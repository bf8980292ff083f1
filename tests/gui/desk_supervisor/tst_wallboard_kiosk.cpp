// A kiosk wallboard (relais-desk --wallboard with RELAIS_PASSWORD, here the desk's shell in
// process) against a real relais-dispatch --demo that is not up yet when the screen starts: no
// login form, a full-screen "connecting" state, then the queues once the server is up; the
// server killed and restarted, the wallboard comes back by itself. A second screen on the same
// account does not sign the first out; a wrong password is said, still without a form.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include "common/LoginDialog.h"
#include "shell/DeskOptions.h"
#include "shell/DeskShell.h"
#include "wallboard/KioskStatusWindow.h"
#include "wallboard/WallboardWindow.h"

#include <relais/app/DeskCore.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>

#include <QApplication>
#include <QScreen>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relais;

namespace {
constexpr int kLong = 45000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

class TestWallboardKiosk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_db;
    quint16 m_port = 0;
    app::DeskCore *m_core = nullptr;
    ui::DeskShell *m_shell = nullptr;

    bool startServer()
    {
        return m_server.start(m_db, {"--listen-cti", QStringLiteral("127.0.0.1:%1").arg(m_port)});
    }

    ui::DeskOptions kiosk(const QString &password) const
    {
        ui::DeskOptions o;
        o.servers = QStringLiteral("ws://127.0.0.1:%1/cti").arg(m_port);
        o.user = QStringLiteral("mur");
        o.password = password;
        o.wallboard = true;
        o.language = QStringLiteral("en");
        return o;
    }

    static ui::WallboardWindow *wall(ui::DeskShell *shell)
    {
        auto *w = qobject_cast<ui::WallboardWindow *>(shell->face());
        return w && w->isVisible() ? w : nullptr;
    }

    // The wallboard line of a queue on the first page ("" when not shown).
    static QString waitingOn(ui::WallboardWindow *w, const QString &queue)
    {
        for (int r = 0; r < w->rowsPerPage(); ++r) {
            if (w->cellText(r, 0) == queue)
                return w->cellText(r, 1);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = TestEnv::freshDatabase(QStringLiteral("wallboard_kiosk"), m_dir, &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        m_port = freePort();
        QVERIFY(m_port);
    }

    void cleanupTestCase()
    {
        delete m_shell;
        m_server.kill();
    }

    void signsInOnceTheServerIsUpAndComesBackAfterARestart()
    {
        // The kiosk PC boots before the server: no form, a full-screen status.
        m_core = new app::DeskCore(this);
        m_shell = new ui::DeskShell(m_core, kiosk(QStringLiteral("demo")));
        m_shell->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->kioskStatus() && m_shell->kioskStatus()->isVisible(),
                                 5000);
        QVERIFY(m_shell->kioskStatus()->isFullScreen() ||
                m_shell->kioskStatus()->size() == QApplication::primaryScreen()->size());
        QCOMPARE(m_shell->kioskStatus()->headline(),
                 ui::KioskStatusWindow::tr("Connecting to the server…"));
        // No server for longer than a login waits (30 s): the attempt fails, the next one is
        // announced with its countdown — still no form.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_shell->kioskStatus() &&
                m_shell->kioskStatus()->nextAttempt().contains(QLatin1String("Next attempt in")),
            kLong);
        QCOMPARE(m_shell->kioskStatus()->headline(),
                 ui::KioskStatusWindow::tr("Connecting to the server…"));
        QVERIFY(!m_shell->face());
        QVERIFY(!m_shell->loginDialog());

        // The server comes up: the wallboard signs in and shows the queues.
        QVERIFY2(startServer(), qPrintable(m_server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(wall(m_shell), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!m_shell->kioskStatus(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->supervision()->queues()->count(), 4, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(waitingOn(wall(m_shell), QStringLiteral("vip")),
                                  QStringLiteral("0"), kLong);

        // The server dies and comes back on the same address: the wall follows, alone.
        m_server.kill();
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->supervision()->isSubscribed(), kLong);
        QTest::qWait(1500);
        QVERIFY2(startServer(), qPrintable(m_server.output()));
        QTRY_VERIFY_WITH_TIMEOUT(m_core->supervision()->isSubscribed(), kLong);
        // Fresh figures from the new server: a chat posted now is counted on the wall.
        HttpClient http(m_server.httpBase());
        QVERIFY(!http.createInteraction("chat", "+22997000401", "Bonjour", "vip").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(wall(m_shell), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(waitingOn(wall(m_shell), QStringLiteral("vip")),
                                  QStringLiteral("1"), kLong);
        QVERIFY(!m_shell->loginDialog());
    }

    void aSecondScreenOnTheSameAccountDoesNotSignTheFirstOut()
    {
        app::DeskCore second;
        ui::DeskShell shell(&second, kiosk(QStringLiteral("demo")));
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(wall(&shell), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(second.supervision()->isSubscribed(), kLong);
        QTest::qWait(3000);
        QVERIFY(m_core->session()->isLoggedIn());
        QVERIFY(wall(m_shell));
        QVERIFY(second.session()->isLoggedIn());
        QVERIFY(wall(&shell));
    }

    void aWrongPasswordIsSaidWithoutAForm()
    {
        app::DeskCore core;
        ui::DeskShell shell(&core, kiosk(QStringLiteral("pas-le-bon")));
        shell.start();
        QTRY_COMPARE_WITH_TIMEOUT(shell.kioskStatus() ? shell.kioskStatus()->headline() : QString(),
                                  ui::KioskStatusWindow::tr("The wallboard's account was refused"),
                                  kLong);
        QVERIFY(shell.kioskStatus()->isVisible());
        QVERIFY(shell.kioskStatus()->detail().contains(QLatin1String("RELAIS_PASSWORD")));
        QVERIFY(!shell.loginDialog());
        QVERIFY(!shell.face());
        // It will try again, slowly (a wrong password retried fast only locks the account).
        QCOMPARE(ui::DeskShell::kioskRetrySeconds(1, true), 300);
        QCOMPARE(ui::DeskShell::kioskRetrySeconds(1, false), 2);
        QCOMPARE(ui::DeskShell::kioskRetrySeconds(3, false), 8);
        QCOMPARE(ui::DeskShell::kioskRetrySeconds(50, false), 30);
    }
};

int main(int argc, char *argv[])
{
    TestEnv::parseArgs(argc, argv);
    QApplication app(argc, argv);
    TestWallboardKiosk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wallboard_kiosk.moc"

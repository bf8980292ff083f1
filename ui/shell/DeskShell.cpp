#include "shell/DeskShell.h"

#include "shell/FaceScreenshots.h"

#include "common/LanguageManager.h"
#include "common/LoginDialog.h"
#include "common/SystemNotifier.h"
#include "common/Theme.h"
#include "supervisor/SupervisorPlaceholderWindow.h"
#include "supervisor/SupervisorWindow.h"
#include "wallboard/KioskStatusWindow.h"
#include "wallboard/WallboardWindow.h"

#include <relais/app/DeskCore.h>
#include <relais/app/Session.h>

#include <QApplication>
#include <QCloseEvent>
#include <QMainWindow>
#include <QScreen>
#include <QSysInfo>
#include <QTimer>

namespace relais::ui {

DeskShell::DeskShell(app::DeskCore *core, const DeskOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_context.core = core;
    m_context.theme = new Theme(this);
    m_context.language = new LanguageManager(this);
    m_context.notifier = new SystemNotifier(this);
    m_context.theme->applySaved();
    if (options.language.isEmpty())
        m_context.language->setLanguage(LanguageManager::savedLanguage());
    else
        m_context.language->setLanguage(options.language, false);
    QApplication::setQuitOnLastWindowClosed(false);
    if (!options.screenshotDir.isEmpty()) {
        m_screenshots = new FaceScreenshots(options.screenshotDir, this);
        connect(this, &DeskShell::faceShown, m_screenshots, [this](QMainWindow *face) {
            static const char *names[] = {"agent", "supervisor", "wallboard", "trainer"};
            m_screenshots->faceShown(face, QLatin1String(names[int(m_faceKind)]));
        });
        connect(m_screenshots, &FaceScreenshots::wallboardWanted, this,
                [this] { openFace(FaceFactory::Face::Wallboard); });
        connect(m_screenshots, &FaceScreenshots::finished, this, &DeskShell::quitRequested);
    }

    connect(core->session(), &app::Session::loggedInChanged, this, [this](bool in) {
        if (in)
            onLoggedIn();
    });
    connect(core->session(), &app::Session::loggedOut, this, &DeskShell::onLoggedOut);
    connect(core->session(), &app::Session::loginFailed, this, [this](const QString &message) {
        if (!m_autoLogin)
            return;
        m_autoLogin = false;
        // A kiosk has nobody to type: it tries again, forever. A scripted login that failed
        // elsewhere: the form takes over.
        if (isKiosk())
            retryKioskLater(m_context.core->session()->lastLoginRefused(), message);
        else
            showLogin(message);
    });
    m_kioskCountdown = new QTimer(this);
    m_kioskCountdown->setInterval(1000);
    connect(m_kioskCountdown, &QTimer::timeout, this, [this] {
        if (--m_kioskSecondsLeft > 0) {
            showKioskStatus(m_kioskRefused, m_kioskDetail, m_kioskSecondsLeft);
            return;
        }
        m_kioskCountdown->stop();
        start();
    });
}

KioskStatusWindow *DeskShell::kioskStatus() const
{
    return m_kiosk;
}

int DeskShell::kioskRetrySeconds(int failures, bool refused)
{
    if (refused)
        return 300;
    return qMin(30, 2 << qBound(0, failures - 1, 4));
}

void DeskShell::showKioskStatus(bool refused, const QString &detail, int seconds)
{
    if (!m_kiosk) {
        m_kiosk = new KioskStatusWindow;
        m_context.notifier->setWindow(m_kiosk);
        if (const QScreen *screen = QApplication::primaryScreen())
            m_kiosk->setGeometry(screen->geometry());
    }
    m_kiosk->showStatus(refused, detail, seconds);
    if (!m_kiosk->isVisible())
        m_kiosk->showFullScreen();
}

void DeskShell::retryKioskLater(bool refused, const QString &detail)
{
    ++m_kioskFailures;
    m_kioskRefused = refused;
    m_kioskDetail = detail;
    m_kioskSecondsLeft = kioskRetrySeconds(m_kioskFailures, refused);
    showKioskStatus(refused, detail, m_kioskSecondsLeft);
    m_kioskCountdown->start();
}

LoginDialog *DeskShell::loginDialog() const
{
    return m_login;
}

QMainWindow *DeskShell::face() const
{
    return m_face;
}

DeskShell::~DeskShell()
{
    delete m_face;
    delete m_login;
    delete m_kiosk;
}

void DeskShell::start()
{
    const QString servers =
        m_options.servers.isEmpty() ? LoginDialog::rememberedServers().value(0) : m_options.servers;
    const QString user = m_options.user.isEmpty() ? LoginDialog::rememberedUser() : m_options.user;
    if (!m_options.password.isEmpty() && !servers.isEmpty() && !user.isEmpty() &&
        m_context.core->setServers(servers)) {
        m_autoLogin = true;
        if (isKiosk() && !m_face)
            showKioskStatus(
                false, m_kioskDetail.isEmpty() ? tr("Server: %1").arg(servers) : m_kioskDetail, 0);
        m_context.core->session()->login(user, m_options.password, QSysInfo::machineHostName());
        return;
    }
    showLogin(m_options.error);
}

void DeskShell::showLogin(const QString &message)
{
    if (!m_login) {
        m_login = new LoginDialog(m_context.core, m_context.language);
        m_login->setServers(m_options.servers);
        m_login->setUser(m_options.user);
        connect(m_login, &QDialog::rejected, this, [this] {
            if (!m_context.core->session()->isLoggedIn())
                emit quitRequested();
        });
    }
    m_login->setError(message);
    m_login->show();
    m_login->raise();
    m_login->activateWindow();
}

void DeskShell::onLoggedIn()
{
    m_autoLogin = false;
    if (m_login)
        m_login->hide();
    openFace(FaceFactory::faceFor(m_context, m_options.wallboard));
    m_kioskFailures = 0;
    m_kioskDetail.clear();
    m_kioskCountdown->stop();
    if (m_kiosk) {
        m_kiosk->hide();
        m_kiosk->deleteLater();
        m_kiosk = nullptr;
    }
}

void DeskShell::openFace(FaceFactory::Face face)
{
    closeFace();
    m_faceKind = face;
    m_face = FaceFactory::create(m_context, face);
    m_face->installEventFilter(this);
    if (auto *placeholder = qobject_cast<SupervisorPlaceholderWindow *>(m_face.data())) {
        connect(placeholder, &SupervisorPlaceholderWindow::agentFaceRequested, this, [this] {
            QTimer::singleShot(0, this, [this] { openFace(FaceFactory::Face::Agent); });
        });
    }
    if (auto *sup = qobject_cast<SupervisorWindow *>(m_face.data())) {
        connect(sup, &SupervisorWindow::agentFaceRequested, this, [this] {
            QTimer::singleShot(0, this, [this] { openFace(FaceFactory::Face::Agent); });
        });
        connect(sup, &SupervisorWindow::wallboardRequested, this, [this] {
            QTimer::singleShot(0, this, [this] { openFace(FaceFactory::Face::Wallboard); });
        });
    }
    if (auto *wall = qobject_cast<WallboardWindow *>(m_face.data())) {
        // Opened from the supervisor face: Escape goes back to it; a kiosk stays.
        if (!m_options.wallboard)
            connect(wall, &WallboardWindow::closeRequested, this, [this] {
                QTimer::singleShot(0, this, [this] { openFace(FaceFactory::Face::Supervisor); });
            });
        m_context.notifier->setWindow(m_face);
        // Without a window manager (a kiosk X session) full screen is only a hint: the
        // geometry makes it so.
        if (const QScreen *screen = QApplication::primaryScreen())
            m_face->setGeometry(screen->geometry());
        m_face->showFullScreen();
        emit faceShown(m_face);
        return;
    }
    m_context.notifier->setWindow(m_face);
    // 1024×768 screens get the whole screen; larger ones a comfortable window.
    const QScreen *screen = QApplication::primaryScreen();
    const QSize avail = screen ? screen->availableSize() : QSize(1280, 800);
    if (avail.width() <= 1100 || avail.height() <= 800) {
        m_face->showMaximized();
    } else {
        m_face->resize(qMin(1366, avail.width()), qMin(860, avail.height()));
        m_face->show();
    }
    emit faceShown(m_face);
}

void DeskShell::closeFace()
{
    if (!m_face)
        return;
    m_face->removeEventFilter(this);
    m_face->hide();
    m_face->deleteLater();
    m_face = nullptr;
}

void DeskShell::onLoggedOut(const QString &reason, const QString &message)
{
    closeFace();
    // A wall display started with RELAIS_PASSWORD has nobody to type: it signs in again, for as
    // long as it takes (the CTI client itself retries the servers forever).
    if (isKiosk()) {
        // Another screen took this account (an account with the agent role has one session at a
        // time): retrying at once would sign that one out in turn, and so on.
        if (reason == QLatin1String("replaced"))
            retryKioskLater(true, tr("This account was opened on another workstation. A "
                                     "wallboard needs an account without the agent role."));
        else
            retryKioskLater(false, message.isEmpty() ? tr("The session ended: signing in again.")
                                                     : message);
        return;
    }
    QString text = message;
    if (text.isEmpty() && reason == QLatin1String("replaced"))
        text = tr("You signed in on another workstation: this one was signed out.");
    else if (text.isEmpty() && reason == QLatin1String("logged_out"))
        text = tr("A supervisor signed you out.");
    else if (text.isEmpty() && reason == QLatin1String("expired"))
        text = tr("Your session expired: please sign in again.");
    showLogin(text);
}

bool DeskShell::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_face && event->type() == QEvent::Close) {
        // After the window's own handler (it may refuse): quit when it did close.
        QTimer::singleShot(0, this, [this] {
            if (m_face && !m_face->isVisible())
                emit quitRequested();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relais::ui

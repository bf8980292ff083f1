#pragma once

#include "common/DeskContext.h"
#include "shell/DeskOptions.h"
#include "shell/FaceFactory.h"

#include <QObject>
#include <QPointer>

class QTimer;

class QMainWindow;

namespace relais::ui {

class KioskStatusWindow;
class LanguageManager;
class LoginDialog;
class SystemNotifier;
class Theme;

// The desk from start to quit: theme and language, the login (form, or RELAIS_PASSWORD), the
// face that suits the user's role, back to the form when the session ends, and quitting when
// the form or the face is closed. main() creates a DeskCore and one of these.
class DeskShell : public QObject
{
    Q_OBJECT

public:
    DeskShell(app::DeskCore *core, const DeskOptions &options, QObject *parent = nullptr);
    ~DeskShell() override;

    // Shows the login form, or logs in at once when a password came from the environment.
    void start();

    const DeskContext &context() const { return m_context; }
    Theme *theme() const { return m_context.theme; }
    LanguageManager *language() const { return m_context.language; }
    SystemNotifier *notifier() const { return m_context.notifier; }
    LoginDialog *loginDialog() const;
    QMainWindow *face() const;
    // A kiosk wallboard (--wallboard with RELAIS_PASSWORD): never a form, it signs in again by
    // itself for as long as it takes. Its full-screen status while it is not signed in:
    KioskStatusWindow *kioskStatus() const;
    bool isKiosk() const { return m_options.wallboard && !m_options.password.isEmpty(); }
    // Seconds before the kiosk's next attempt after `failures` failed ones in a row: 2, 4, 8,
    // 16, then 30 (the login itself waits up to 30 s for a server); 300 when the account was
    // refused (a wrong password retried faster would only lock the account).
    static int kioskRetrySeconds(int failures, bool refused);

signals:
    void faceShown(QMainWindow *face);
    // The user quit (the form's Quit, or the face closed).
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLogin(const QString &message = {});
    void openFace(FaceFactory::Face face);
    void closeFace();
    void onLoggedIn();
    void onLoggedOut(const QString &reason, const QString &message);
    void showKioskStatus(bool refused, const QString &detail, int seconds);
    void retryKioskLater(bool refused, const QString &detail);

    DeskContext m_context;
    DeskOptions m_options;
    class FaceScreenshots *m_screenshots = nullptr;
    FaceFactory::Face m_faceKind = FaceFactory::Face::Agent;
    QPointer<LoginDialog> m_login;
    QPointer<QMainWindow> m_face;
    bool m_autoLogin = false;
    QPointer<KioskStatusWindow> m_kiosk;
    QTimer *m_kioskCountdown = nullptr;
    int m_kioskFailures = 0;
    int m_kioskSecondsLeft = 0;
    bool m_kioskRefused = false;
    QString m_kioskDetail;
};

} // namespace relais::ui

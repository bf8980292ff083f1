#pragma once

#include "common/DeskContext.h"
#include "shell/DeskOptions.h"
#include "shell/FaceFactory.h"

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace relais::ui {

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

    DeskContext m_context;
    DeskOptions m_options;
    class FaceScreenshots *m_screenshots = nullptr;
    FaceFactory::Face m_faceKind = FaceFactory::Face::Agent;
    QPointer<LoginDialog> m_login;
    QPointer<QMainWindow> m_face;
    bool m_autoLogin = false;
};

} // namespace relais::ui

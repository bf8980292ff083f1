#pragma once

#include <QFrame>

class QLabel;
class QMenu;
class QToolButton;
class QPushButton;

namespace relais::app {
class Session;
class WrapupController;
} // namespace relais::app

namespace relais::ui {

// The top of the agent face: the agent's state and the time in it, Ready and Pause (with the
// configured reasons), the wrap-up countdown, today's counters (handled, average handle time),
// the help request, and the user menu (theme, language, lock, sign out).
class StateBar : public QFrame
{
    Q_OBJECT

public:
    StateBar(app::Session *session, app::WrapupController *wrapup, QMenu *userMenu,
             QWidget *parent = nullptr);

    QString stateText() const;
    QPushButton *readyButton() const { return m_ready; }
    QToolButton *pauseButton() const { return m_pause; }
    QPushButton *helpButton() const { return m_help; }
    QMenu *pauseMenu() const { return m_pauseMenu; }

    void showPauseMenu();

protected:
    void changeEvent(QEvent *event) override;
    // The open pause menu takes 1…9 for its reasons (a QMenu's own shortcuts do not fire
    // inside its popup).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refreshState();
    void refreshTime();
    void refreshCounters();
    void refreshWrapup();
    void rebuildPauseMenu();

    app::Session *m_session;
    app::WrapupController *m_wrapup;
    QLabel *m_chip;
    QLabel *m_time;
    QLabel *m_reason;
    QPushButton *m_ready;
    QToolButton *m_pause;
    QMenu *m_pauseMenu;
    QLabel *m_wrapupCountdown;
    QLabel *m_counters;
    QPushButton *m_help;
    QToolButton *m_user;
};

} // namespace relais::ui

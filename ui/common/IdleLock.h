#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::ui {

// Covers its window after a while without keyboard or mouse input (15 minutes by default) and
// until the password is typed again. Only the screen is locked: the session, calls and chats
// keep running underneath, and nothing of the window (shortcuts included) reacts meanwhile.
// Nothing is shown above it either (a toast raised while locked goes under it); what waits for
// the agent is told by setNotice() without the customer's data.
class IdleLock : public QFrame
{
    Q_OBJECT

public:
    using PasswordCheck = std::function<bool(const QString &)>;

    IdleLock(QWidget *window, PasswordCheck check);
    ~IdleLock() override;

    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    // Turned off while nobody is logged in.
    void setArmed(bool armed);
    bool isLocked() const { return m_locked; }
    void setUserName(const QString &name);
    // What waits behind the lock without naming the customer (an offer: its channel and queue),
    // shown on the lock so that the agent unlocks in time; empty hides it.
    void setNotice(const QString &text);
    QString notice() const;
    QString errorText() const;

    void lock();
    // True when the password opened it.
    bool tryUnlock(const QString &password);

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void place();
    void check();
    bool insideLock(QObject *object) const;

    PasswordCheck m_check;
    QFrame *m_panel;
    QLabel *m_title;
    QLabel *m_who;
    QLabel *m_hint;
    QLabel *m_notice;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QTimer m_timer;
    QElapsedTimer m_lastInput;
    QString m_userName;
    int m_timeoutMs = 15 * 60 * 1000;
    bool m_armed = false;
    bool m_locked = false;
};

} // namespace relais::ui

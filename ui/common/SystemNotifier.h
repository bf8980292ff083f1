#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace relais::ui {

// Tells the agent something happened while the desk is in the background: a system
// notification through the tray icon where the desktop has one, and the taskbar entry asks
// for attention in any case. Nothing is shown while the window is active.
class SystemNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemNotifier(QObject *parent = nullptr);

    void setWindow(QWidget *window);
    // Returns true when the agent was notified (the window was not the active one).
    bool notify(const QString &title, const QString &text);
    QString lastNotification() const { return m_last; }
    int count() const { return m_count; }

signals:
    // The notification was clicked: the window is brought forward.
    void activated();

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
    int m_count = 0;
};

} // namespace relais::ui

#include "common/SystemNotifier.h"

#include "common/Icons.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace relais::ui {

SystemNotifier::SystemNotifier(QObject *parent) : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(Icons::icon(QStringLiteral("relais")), this);
        m_tray->setToolTip(QStringLiteral("Relais"));
        m_tray->show();
        auto raise = [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            emit activated();
        };
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, raise);
        connect(m_tray, &QSystemTrayIcon::activated, this, raise);
    }
}

void SystemNotifier::setWindow(QWidget *window)
{
    m_window = window;
}

bool SystemNotifier::notify(const QString &title, const QString &text)
{
    if (!m_window || m_window->isActiveWindow())
        return false;
    m_last = title + QStringLiteral(": ") + text;
    ++m_count;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, Icons::icon(QStringLiteral("relais")), 10000);
    QApplication::alert(m_window, 0);
    return true;
}

} // namespace relais::ui

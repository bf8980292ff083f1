#pragma once

#include <QMainWindow>

class QLabel;

namespace relais::ui {

// What a kiosk wallboard shows while it is not signed in: full screen, no form, a big
// "Connecting to the server…" (or why the server refused the wall's account) and when the next
// attempt comes. Read across the room by whoever wonders why the TV shows no figures.
class KioskStatusWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit KioskStatusWindow(QWidget *parent = nullptr);

    // refused: the server said no to the account (wrong password, locked), not "unreachable".
    void showStatus(bool refused, const QString &detail, int nextAttemptSeconds);
    QString headline() const;
    QString detail() const;
    QString nextAttempt() const;

private:
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_next;
};

} // namespace relais::ui

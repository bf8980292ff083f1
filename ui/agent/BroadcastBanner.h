#pragma once

#include <relais/app/SessionTypes.h>

#include <QFrame>

class QLabel;
class QToolButton;

namespace relais::ui {

// A supervisor's broadcast across the top of the agent window, coloured by severity (info,
// warning, incident), with who sent it and when; stays until the agent closes it (Esc on it,
// or the ×). A newer broadcast replaces the one shown.
class BroadcastBanner : public QFrame
{
    Q_OBJECT

public:
    explicit BroadcastBanner(QWidget *parent = nullptr);

    void showBroadcast(const app::Broadcast &broadcast);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    app::Broadcast m_broadcast;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_from;
    QToolButton *m_close;
};

} // namespace relais::ui

#pragma once

#include <QFrame>

class QLabel;

namespace relais::app {
class ConsultedNotice;
}

namespace relais::ui {

// Across the top of the agent window while a colleague consults this agent (their phone rings
// with a call that is not theirs yet): who calls, about which caller and queue, and what to do.
// Goes when the consultation ends or the call becomes the agent's.
class ConsultedBanner : public QFrame
{
    Q_OBJECT

public:
    ConsultedBanner(app::ConsultedNotice *notice, QWidget *parent = nullptr);

    // What it says when shown; empty when hidden.
    QString text() const;
    // What it says about the consultation under way, shown or not.
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    app::ConsultedNotice *m_notice;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace relais::ui

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace relais::app {
class ConsultController;
}

namespace relais::ui {

// Under the header of an answered call while the agent consults a number before transferring the
// call to it: who is on hold and who the agent is calling or talking with, and the two ways out —
// Complete transfer (the caller goes to the number, once it has answered) and Back to caller (the
// number is hung up). Hidden when no consultation is under way on the selected call.
class ConsultBar : public QFrame
{
    Q_OBJECT

public:
    ConsultBar(app::ConsultController *controller, QWidget *parent = nullptr);

    QLabel *stateLabel() const { return m_state; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *backButton() const { return m_back; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    app::ConsultController *m_controller;
    QLabel *m_state;
    QPushButton *m_complete;
    QPushButton *m_back;
};

} // namespace relais::ui

#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace relais::app {
class RecordingPauseController;
}

namespace relais::ui {

// Under the header of an answered call: whether the call is being recorded, and Pause /
// Resume recording (Ctrl+Shift+P) — the customer is about to read out a card number. Paused,
// the bar turns to the warning colour and says so until it is resumed. Hidden when the selected
// interaction is not an answered call.
class ConversationRecordingBar : public QFrame
{
    Q_OBJECT

public:
    ConversationRecordingBar(app::RecordingPauseController *controller, QWidget *parent = nullptr);

    QToolButton *toggleButton() const { return m_toggle; }
    QLabel *indicator() const { return m_indicator; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    app::RecordingPauseController *m_controller;
    QLabel *m_indicator;
    QToolButton *m_toggle;
};

} // namespace relais::ui

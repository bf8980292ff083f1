#pragma once

#include <QFrame>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace relais::app {
class InteractionHub;
class Session;
class WrapupController;
} // namespace relais::app

namespace relais::ui {

// The wrap-up form of the selected interaction once it has ended: disposition (required),
// reason, notes, a callback to schedule, and the countdown to the queue's limit.
class WrapupPanel : public QFrame
{
    Q_OBJECT

public:
    WrapupPanel(app::InteractionHub *hub, app::Session *session, QWidget *parent = nullptr);

    QComboBox *dispositionBox() const { return m_disposition; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *callbackBox() const { return m_callback; }
    QPushButton *submitButton() const { return m_submit; }

    void submit();
    void focusForm();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshForm();
    void refreshCountdown();
    void rebuildCodes();

    app::InteractionHub *m_hub;
    app::Session *m_session;
    app::WrapupController *m_wrapup;
    QLabel *m_title;
    QLabel *m_countdownText;
    QProgressBar *m_countdown;
    QLabel *m_dispositionLabel;
    QComboBox *m_disposition;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QCheckBox *m_callback;
    QDateTimeEdit *m_callbackAt;
    QLineEdit *m_callbackNumber;
    QLabel *m_error;
    QPushButton *m_submit;
};

} // namespace relais::ui

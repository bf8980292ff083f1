#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace relais::app {
class InteractionHub;
class RecordingPlayer;
class Session;
} // namespace relais::app

namespace relais::ui {

class ConversationRecordingBar;
class ConsultBar;
class RecordingControls;
class TransferMenu;

// The selected interaction: who and what (header), its messages, the reply box with the
// canned responses, transfer and end. A call shows no reply box (the softphone handles it); a
// callback with a recorded request shows Play for it.
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    ConversationView(app::InteractionHub *hub, app::Session *session, QWidget *parent = nullptr);

    QPlainTextEdit *replyBox() const { return m_reply; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *endButton() const { return m_end; }
    // An answered callback: call the customer back (the server rings the phone, then them).
    QPushButton *callBackButton() const { return m_callBack; }
    QToolButton *transferButton() const { return m_transfer; }
    QToolButton *cannedButton() const { return m_canned; }
    TransferMenu *transferMenu() const { return m_transferMenu; }
    QListView *messages() const { return m_messages; }
    // Where a callback's recorded request plays (not owned; null: no Play).
    void setRecordingPlayer(app::RecordingPlayer *player);
    RecordingControls *recording() const { return m_recording; }
    // Pause / resume the recording of an answered call.
    ConversationRecordingBar *recordingBar() const { return m_recordingBar; }
    // While consulting a number before a transfer: Complete transfer / Back to caller.
    ConsultBar *consultBar() const { return m_consultBar; }

    // Sends what the reply box holds (Send, Ctrl+Enter).
    void send();
    void focusReply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void rebuildCanned();
    void updateSend();
    void scrollToEnd();

    app::InteractionHub *m_hub;
    app::Session *m_session;
    QLabel *m_title;
    QLabel *m_meta;
    QToolButton *m_transfer;
    TransferMenu *m_transferMenu;
    QPushButton *m_end;
    QPushButton *m_callBack;
    QLabel *m_empty;
    QListView *m_messages;
    QLabel *m_voice;
    QWidget *m_replyArea;
    QToolButton *m_canned;
    QMenu *m_cannedMenu;
    QPlainTextEdit *m_reply;
    QPushButton *m_send;
    QWidget *m_header;
    ConversationRecordingBar *m_recordingBar;
    ConsultBar *m_consultBar;
    RecordingControls *m_recording = nullptr;
};

} // namespace relais::ui

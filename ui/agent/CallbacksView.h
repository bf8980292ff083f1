#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace relais::app {
class CallbackListModel;
class RecordingPlayer;
} // namespace relais::app

namespace relais::ui {

class RecordingControls;

// Callbacks: the agent's (callback interactions in hand, callbacks scheduled in a wrap-up) and
// the queue's when the server lists them; the selected one's recorded request can be played
// (fetched from the server: Play/Stop and its progress, only when it has one); Dial (Enter or
// double-click) calls the number through the phone.
class CallbacksView : public QWidget
{
    Q_OBJECT

public:
    // `player` may be null: no recording is offered.
    CallbacksView(app::CallbackListModel *model, app::RecordingPlayer *player,
                  QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    RecordingControls *recording() const { return m_recording; }
    QPushButton *dialButton() const { return m_dial; }
    void setDialAvailable(bool available, const QString &reason = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void dialCurrent();

    app::CallbackListModel *m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QLabel *m_serverNote;
    QListView *m_list;
    QPushButton *m_dial;
    RecordingControls *m_recording;
    QPushButton *m_refresh;
    bool m_dialAvailable = false;
    QString m_dialReason;
};

} // namespace relais::ui

#pragma once

#include <relais/app/ContactHistoryModel.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;

namespace relais::app {
class RecordingPlayer;
}

namespace relais::ui {

class RecordingControls;

// The customer's past contacts, newest first (the screen-pop's history): date and time,
// channel, queue, reason, disposition, agent, notes. With a player, the selected contact's call
// recording, when it has one, plays from here (Play/Stop).
class ContactHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit ContactHistoryView(QWidget *parent = nullptr);

    void setModel(app::ContactHistoryModel *model);
    app::ContactHistoryModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    int rowCount() const;
    // Play/Stop for the selected contact's call recording (none without a player).
    void setRecordingPlayer(app::RecordingPlayer *player);
    RecordingControls *recording() const { return m_recording; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showRecording();

    QPointer<app::ContactHistoryModel> m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_list;
    RecordingControls *m_recording = nullptr;
};

} // namespace relais::ui

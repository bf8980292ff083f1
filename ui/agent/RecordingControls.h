#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace relais::app {
class RecordingPlayer;
}

namespace relais::ui {

// Play/Stop for one recording kept on the server (a callback's recorded request, a call), with the
// loading and playing progress ("0:03 / 0:07") and, when it cannot play, why. Shows the desk's
// one RecordingPlayer: another control that plays takes it over. Hidden without a recording.
class RecordingControls : public QWidget
{
    Q_OBJECT

public:
    RecordingControls(app::RecordingPlayer *player, QWidget *parent = nullptr);

    // What Play plays; an empty id hides the control.
    void setRecording(const QString &interactionId, const QString &kind);
    QString interactionId() const { return m_id; }

    QPushButton *playButton() const { return m_play; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    bool isMine() const;
    void toggle();
    void refresh();

    app::RecordingPlayer *m_player;
    QLabel *m_caption;
    QPushButton *m_play;
    QProgressBar *m_progress;
    QLabel *m_status;
    QString m_id;
    QString m_kind;
};

} // namespace relais::ui

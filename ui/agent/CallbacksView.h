#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace relais::app {
class CallbackListModel;
}

namespace relais::ui {

// Callbacks: the agent's (callback interactions in hand, callbacks scheduled in a wrap-up) and
// the queue's when the server lists them; the recorded request can be played; Dial (Enter or
// double-click) calls the number through the phone.
class CallbacksView : public QWidget
{
    Q_OBJECT

public:
    explicit CallbacksView(app::CallbackListModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    void setDialAvailable(bool available, const QString &reason = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void dialCurrent();
    void playCurrent();

    app::CallbackListModel *m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QLabel *m_serverNote;
    QListView *m_list;
    QPushButton *m_dial;
    QPushButton *m_play;
    QPushButton *m_refresh;
    bool m_dialAvailable = false;
    QString m_dialReason;
};

} // namespace relais::ui

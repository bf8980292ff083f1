#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace relais::app {
class InteractionHub;
class Session;
} // namespace relais::app

namespace relais::ui {

// Every open interaction in the agent's hands, in one list (the multichannel inbox). Choosing
// one shows its conversation, card and history. The header says how many are open out of the
// agent's capacity ("2 / 3 chats") where the server tells it.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    InboxView(app::InteractionHub *hub, app::Session *session, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    // Selects the n-th interaction (0-based; Ctrl+1…9).
    void selectRow(int row);
    QString capacityText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void syncSelection();

    app::InteractionHub *m_hub;
    app::Session *m_session;
    QLabel *m_title;
    QLabel *m_capacity;
    QLabel *m_empty;
    QListView *m_list;
};

} // namespace relais::ui

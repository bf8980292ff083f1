#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace relais::app {
class InteractionHub;
}

namespace relais::ui {

// Every open interaction in the agent's hands, in one list (the multichannel inbox). Choosing
// one shows its conversation, card and history.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    explicit InboxView(app::InteractionHub *hub, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    // Selects the n-th interaction (0-based; Ctrl+1…9).
    void selectRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void syncSelection();

    app::InteractionHub *m_hub;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_list;
};

} // namespace relais::ui

#pragma once

#include "common/DeskContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace relais::ui {

// The interactions waiting in the watched queues (queue, channel, customer, time waited,
// priority, state) and how the supervisor moves one: select it, pick another queue or a
// signed-in agent, Move. The list is live while the pane is shown.
class WaitingPane : public QWidget
{
    Q_OBJECT

public:
    explicit WaitingPane(const DeskContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *target() const { return m_target; }
    QPushButton *moveButton() const { return m_move; }
    // The selected interaction's id (empty: none).
    QString selectedInteraction() const;
    // Picks a target by its data: "queue:<name>" or "agent:<id>"; false when not offered.
    bool chooseTarget(const QString &key);
    void moveSelected();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillTargets();
    void updateButtons();

    DeskContext m_context;
    QTableView *m_table;
    QComboBox *m_target;
    QPushButton *m_move;
    QLabel *m_empty;
};

} // namespace relais::ui

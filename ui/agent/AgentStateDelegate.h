#pragma once

#include <QStyledItemDelegate>

namespace relais::ui {

// An agent's state as the wallboard and the state bar show it: a dot of the state's colour
// (ready green, pause amber, busy blue, wrap-up purple, signed out grey) before its name.
// The wire name of the state is read from `stateRole`; the text is the cell's display text.
class AgentStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    AgentStateDelegate(int stateRole, QObject *parent = nullptr);

    // The theme token of a state's colour ("ready", "pause"…; "muted" when unknown).
    static const char *colorToken(const QString &state);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
};

} // namespace relais::ui

#pragma once

#include <QStyledItemDelegate>

namespace relais::ui {

// A conversation's message as a bubble: the customer's on the left, the agent's on the
// right, system notes centred; under it the time and, for the agent's, whether it was sent.
// Reads ConversationModel's roles.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry
    {
        QRect bubble;
        QRect text;
        QRect meta;
    };
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int viewWidth(const QStyleOptionViewItem &option) const;
};

} // namespace relais::ui

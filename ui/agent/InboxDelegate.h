#pragma once

#include <QStyledItemDelegate>

namespace relais::ui {

// One open interaction in the inbox: channel icon, customer, last message, how long the
// customer has been waiting for an answer, unread count, and the state when it is not the
// usual one (offered, wrap-up). Reads InteractionListModel's roles.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace relais::ui

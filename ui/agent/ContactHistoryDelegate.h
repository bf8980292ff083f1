#pragma once

#include <QStyledItemDelegate>

namespace relais::ui {

// One past contact as a small card: when and through which channel, the reason, the
// disposition and who handled it, the notes (wrapped). Reads ContactHistoryModel's roles.
class ContactHistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Lines
    {
        QString head;
        QString reason;
        QString outcome;
        QString notes;
    };
    static Lines lines(const QModelIndex &index);
    static int notesHeight(const QFontMetrics &fm, const QString &notes, int width);
};

} // namespace relais::ui

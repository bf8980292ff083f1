#include "supervisor/QueueLevelDelegate.h"

#include <relais/app/QueueStatsModel.h>

#include <QPainter>

namespace relais::ui {

QueueLevelDelegate::QueueLevelDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor QueueLevelDelegate::background(int level)
{
    using Level = app::QueueStatsModel::Level;
    switch (Level(level)) {
    case Level::Amber:
        return QColor(0xf5, 0xb0, 0x41);
    case Level::Red:
        return QColor(0xd9, 0x3b, 0x3b);
    case Level::Normal:
        break;
    }
    return {};
}

void QueueLevelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int level = index.data(app::QueueStatsModel::LevelRole).toInt();
    const QColor bg = background(level);
    QStyleOptionViewItem opt(option);
    if (bg.isValid()) {
        painter->fillRect(option.rect, bg);
        opt.palette.setColor(QPalette::Text, level == 2 ? Qt::white : Qt::black);
        opt.font.setBold(true);
    }
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace relais::ui

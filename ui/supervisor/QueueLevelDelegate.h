#pragma once

#include <QStyledItemDelegate>

namespace relais::ui {

// Paints a queue table cell amber or red when its figure is past the queue's threshold
// (QueueStatsModel::LevelRole), so the supervisor sees the trouble before reading numbers.
class QueueLevelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QueueLevelDelegate(QObject *parent = nullptr);

    static QColor background(int level);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace relais::ui

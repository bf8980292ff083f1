#include "agent/AgentStateDelegate.h"

#include "common/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace relais::ui {

namespace {
int dotSize(const QStyleOptionViewItem &option)
{
    return std::max(8, option.fontMetrics.height() / 2);
}
} // namespace

AgentStateDelegate::AgentStateDelegate(int stateRole, QObject *parent)
    : QStyledItemDelegate(parent), m_stateRole(stateRole)
{
}

const char *AgentStateDelegate::colorToken(const QString &state)
{
    if (state == QLatin1String("ready"))
        return "ready";
    if (state == QLatin1String("not_ready"))
        return "pause";
    if (state == QLatin1String("busy") || state == QLatin1String("reserved"))
        return "busy";
    if (state == QLatin1String("wrap_up"))
        return "wrapup";
    return "muted";
}

void AgentStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int dot = dotSize(option);
    const int gap = dot / 2 + 2;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background (selection, alternate colour) under the dot as under the text.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    opt.rect.adjust(dot + 2 * gap, 0, 0, 0);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QColor colour = Theme::color(colorToken(index.data(m_stateRole).toString()));
    if (!(index.flags() & Qt::ItemIsEnabled))
        colour.setAlphaF(0.45f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    const QRect r = option.rect;
    painter->drawEllipse(QRect(r.left() + gap, r.center().y() - dot / 2, dot, dot));
    painter->restore();
}

QSize AgentStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += dotSize(option) * 2 + 4;
    return s;
}

} // namespace relais::ui

#include "agent/InboxDelegate.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <relais/app/DisplayNames.h>
#include <relais/app/InteractionListModel.h>

#include <QPainter>
#include <QPainterPath>

namespace relais::ui {

namespace {
constexpr int kPad = 8;
constexpr int kIcon = 20;
} // namespace

using Model = app::InteractionListModel;

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, kPad * 2 + fm.height() * 2 + 4};
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.color(QPalette::Highlight));
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::Text);
    const QColor subtle = selected ? text : Theme::color("subtle");
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    QFont font = option.font;
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(font);
    const QFontMetrics bfm(bold);

    const QString channel = index.data(Model::ChannelRole).toString();
    const QColor iconColor = selected ? text : option.palette.color(QPalette::Text);
    Icons::icon(QStringLiteral("channel-") + channel, iconColor)
        .paint(painter, QRect(r.left(), r.top() + 1, kIcon, kIcon));
    const int x = r.left() + kIcon + 8;
    const int w = r.right() - x;

    // Right column of the first line: waiting time, or the state when it is not "active".
    const QString state = index.data(Model::StateRole).toString();
    const qint64 waiting = index.data(Model::WaitingMsRole).toLongLong();
    QString right;
    QColor rightColor = subtle;
    if (state == QLatin1String("wrap_up") || state == QLatin1String("offered")) {
        right = index.data(Model::StateNameRole).toString();
        rightColor =
            selected ? text : Theme::color(state == QLatin1String("wrap_up") ? "wrapup" : "accent");
    } else if (waiting > 0) {
        right = app::DisplayNames::duration(waiting);
        if (!selected)
            rightColor = waiting > 120000  ? Theme::color("danger")
                         : waiting > 45000 ? Theme::color("pause")
                                           : subtle;
    }
    const int rightWidth = right.isEmpty() ? 0 : bfm.horizontalAdvance(right) + 6;
    painter->setFont(bold);
    painter->setPen(rightColor);
    painter->drawText(QRect(r.right() - rightWidth, r.top(), rightWidth, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, right);
    painter->setPen(text);
    const QString customer = index.data(Model::CustomerRole).toString();
    painter->drawText(QRect(x, r.top(), w - rightWidth, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(customer, Qt::ElideRight, w - rightWidth));

    // Second line: last message, unread badge.
    const int unread = index.data(Model::UnreadRole).toInt();
    int badge = 0;
    const int y2 = r.top() + fm.height() + 4;
    if (unread > 0) {
        const QString n = QString::number(unread);
        badge = qMax(fm.height(), bfm.horizontalAdvance(n) + 10);
        const QRect b(r.right() - badge, y2, badge, fm.height());
        QPainterPath path;
        path.addRoundedRect(b, fm.height() / 2.0, fm.height() / 2.0);
        painter->fillPath(path, selected ? text : Theme::color("accent"));
        painter->setPen(selected ? option.palette.color(QPalette::Highlight) : QColor(Qt::white));
        painter->drawText(b, Qt::AlignCenter, n);
    }
    painter->setFont(unread > 0 ? bold : font);
    painter->setPen(subtle);
    QString last = index.data(Model::LastMessageRole).toString().simplified();
    if (last.isEmpty())
        last = index.data(Model::SubjectRole).toString();
    if (last.isEmpty())
        last = index.data(Model::QueueRole).toString();
    painter->drawText(QRect(x, y2, w - badge - 6, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      (unread > 0 ? bfm : fm).elidedText(last, Qt::ElideRight, w - badge - 6));

    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace relais::ui

#include "agent/ContactHistoryDelegate.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <relais/app/ContactHistoryModel.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace relais::ui {

namespace {
constexpr int kPad = 8;
constexpr int kIcon = 16;
} // namespace

using Model = app::ContactHistoryModel;

ContactHistoryDelegate::Lines ContactHistoryDelegate::lines(const QModelIndex &index)
{
    Lines l;
    const QString queue = index.data(Model::QueueRole).toString();
    l.head = index.data(Model::DateRole).toString() + QStringLiteral("  ") +
             index.data(Model::TimeRole).toString() + QStringLiteral("  ·  ") +
             index.data(Model::ChannelNameRole).toString() +
             (queue.isEmpty() ? QString() : QStringLiteral("  ·  ") + queue);
    // Selected, a recorded call plays below the list.
    if (index.data(Model::HasRecordingRole).toBool())
        l.head += QStringLiteral("  ·  ") + tr("recorded");
    l.reason = index.data(Model::ReasonRole).toString();
    const QString disposition = index.data(Model::DispositionLabelRole).toString();
    const QString agent = index.data(Model::AgentRole).toString();
    l.outcome = disposition + (agent.isEmpty() ? QString() : QStringLiteral("  —  ") + agent);
    l.notes = index.data(Model::NotesRole).toString();
    return l;
}

int ContactHistoryDelegate::notesHeight(const QFontMetrics &fm, const QString &notes, int width)
{
    if (notes.isEmpty())
        return 0;
    return fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, notes).height();
}

QSize ContactHistoryDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const Lines l = lines(index);
    const QFontMetrics fm(option.font);
    // The list view is the parent: rows are as wide as its viewport.
    const auto *view = qobject_cast<const QAbstractItemView *>(parent());
    const int full = view ? view->viewport()->width() : option.rect.width();
    const int width = qMax(120, full - 2 * kPad);
    int h = kPad + fm.height() * 3 + 4;
    if (!l.notes.isEmpty())
        h += notesHeight(fm, l.notes, width) + 2;
    return {full, h + kPad};
}

void ContactHistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    painter->save();
    const Lines l = lines(index);
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.color(QPalette::Highlight));
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::Text);
    const QColor subtle = selected ? text : Theme::color("subtle");
    QFont font = option.font;
    const QFontMetrics fm(font);
    int y = r.top();

    const QIcon icon = Icons::channel(index.data(Model::ChannelRole).toString());
    icon.paint(painter, QRect(r.left(), y + (fm.height() - kIcon) / 2, kIcon, kIcon));
    painter->setPen(subtle);
    painter->drawText(QRect(r.left() + kIcon + 6, y, r.width() - kIcon - 6, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(l.head, Qt::ElideRight, r.width() - kIcon - 6));
    y += fm.height() + 2;

    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(l.reason, Qt::ElideRight, r.width()));
    y += fm.height() + 2;

    painter->setFont(font);
    painter->drawText(QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(l.outcome, Qt::ElideRight, r.width()));
    y += fm.height() + 2;

    if (!l.notes.isEmpty()) {
        painter->setPen(subtle);
        const int h = notesHeight(fm, l.notes, r.width());
        painter->drawText(QRect(r.left(), y, r.width(), h), Qt::TextWordWrap, l.notes);
    }
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace relais::ui

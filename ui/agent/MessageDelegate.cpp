#include "agent/MessageDelegate.h"

#include "common/Theme.h"

#include <relais/app/ConversationModel.h>

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>

namespace relais::ui {

namespace {
constexpr int kMargin = 10;
constexpr int kPad = 8;
} // namespace

using Model = app::ConversationModel;

int MessageDelegate::viewWidth(const QStyleOptionViewItem &option) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(parent());
    return view ? view->viewport()->width() : option.rect.width();
}

MessageDelegate::Geometry MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, int width) const
{
    const QFontMetrics fm(option.font);
    const QString from = index.data(Model::FromRole).toString();
    const QString text = index.data(Model::TextRole).toString();
    const int maxText = qMax(80, int((width - 2 * kMargin) * 0.78) - 2 * kPad);
    QRect t = fm.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, text);
    t.setWidth(qMin(maxText, t.width()));
    Geometry g;
    const int bw = t.width() + 2 * kPad;
    const int bh = t.height() + 2 * kPad;
    int x = kMargin;
    if (from == QLatin1String("agent"))
        x = width - kMargin - bw;
    else if (from == QLatin1String("system"))
        x = (width - bw) / 2;
    g.bubble = QRect(x, kMargin / 2, bw, bh);
    g.text = QRect(x + kPad, kMargin / 2 + kPad, t.width(), t.height());
    const QFont small = option.font;
    g.meta =
        QRect(kMargin, g.bubble.bottom() + 2, width - 2 * kMargin, QFontMetrics(small).height());
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth(option);
    const Geometry g = layout(option, index, width);
    return {width, g.meta.bottom() + kMargin / 2};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(option.rect.topLeft());
    const Geometry g = layout(option, index, option.rect.width());
    const QString from = index.data(Model::FromRole).toString();
    const auto state = Model::SendState(index.data(Model::SendStateRole).toInt());

    const char *fill = from == QLatin1String("agent")    ? "bubbleAgent"
                       : from == QLatin1String("system") ? "bubbleSystem"
                                                         : "bubbleCustomer";
    QPainterPath path;
    path.addRoundedRect(g.bubble, 8, 8);
    painter->fillPath(path, Theme::color(fill));
    if (state == Model::SendState::Failed) {
        painter->setPen(QPen(Theme::color("danger"), 1.5));
        painter->drawPath(path);
    }
    painter->setPen(option.palette.color(QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(g.text, Qt::TextWordWrap, index.data(Model::TextRole).toString());

    QString meta = index.data(Model::TimeTextRole).toString();
    if (index.data(Model::OutgoingRole).toBool()) {
        meta += QStringLiteral(" · ") + index.data(Model::SendStateNameRole).toString();
        if (state == Model::SendState::Failed)
            meta += QStringLiteral(" — ") + tr("double-click to send again");
    }
    painter->setPen(state == Model::SendState::Failed ? Theme::color("danger")
                                                      : Theme::color("subtle"));
    const Qt::Alignment align = from == QLatin1String("agent")    ? Qt::AlignRight
                                : from == QLatin1String("system") ? Qt::AlignHCenter
                                                                  : Qt::AlignLeft;
    painter->drawText(g.meta, align | Qt::AlignVCenter, meta);
    painter->restore();
}

} // namespace relais::ui

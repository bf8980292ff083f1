#include "agent/BroadcastBanner.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <relais/app/DisplayNames.h>

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace relais::ui {

BroadcastBanner::BroadcastBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_from(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("broadcastBanner"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 8, 6);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_from);
    row->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void BroadcastBanner::showBroadcast(const app::Broadcast &broadcast)
{
    m_broadcast = broadcast;
    const QString severity =
        broadcast.severity.isEmpty() ? QStringLiteral("info") : broadcast.severity;
    setProperty("severity", severity);
    for (QWidget *w : std::initializer_list<QWidget *>{this, m_icon, m_text, m_from}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    retranslate();
    show();
}

QString BroadcastBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void BroadcastBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void BroadcastBanner::retranslate()
{
    const QString severity = property("severity").toString();
    const char *fg = severity == QLatin1String("incident")  ? "errFg"
                     : severity == QLatin1String("warning") ? "warnFg"
                                                            : "infoFg";
    m_icon->setPixmap(Icons::pixmap(severity == QLatin1String("info") ? QStringLiteral("broadcast")
                                                                      : QStringLiteral("warning"),
                                    20, Theme::color(fg)));
    m_close->setIcon(Icons::icon(QStringLiteral("close"), Theme::color(fg)));
    m_close->setToolTip(tr("Close this message"));
    m_text->setText(m_broadcast.text);
    QString from = m_broadcast.from;
    if (m_broadcast.at > 0)
        from = tr("%1, %2").arg(
            from, QDateTime::fromMSecsSinceEpoch(m_broadcast.at).toString(QStringLiteral("HH:mm")));
    m_from->setText(from);
}

} // namespace relais::ui

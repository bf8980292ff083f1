#include "agent/ConsultedBanner.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <relais/app/ConsultedNotice.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace relais::ui {

ConsultedBanner::ConsultedBanner(app::ConsultedNotice *notice, QWidget *parent)
    : QFrame(parent), m_notice(notice), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("consultedBanner"));
    m_text->setObjectName(QStringLiteral("consultedText"));
    m_text->setWordWrap(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 8, 6);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    connect(notice, &app::ConsultedNotice::changed, this, &ConsultedBanner::update);
    update();
}

QString ConsultedBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

QString ConsultedBanner::message() const
{
    return m_notice->isActive() ? m_text->text() : QString();
}

void ConsultedBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
}

void ConsultedBanner::update()
{
    if (!m_notice->isActive()) {
        hide();
        return;
    }
    m_icon->setPixmap(Icons::pixmap(QStringLiteral("transfer"), 20, Theme::color("infoFg")));
    QString caller = m_notice->customerName();
    if (caller.isEmpty())
        caller = m_notice->from();
    else if (!m_notice->from().isEmpty())
        caller = tr("%1 (%2)").arg(caller, m_notice->from());
    if (caller.isEmpty())
        caller = tr("a caller");
    const QString queue = m_notice->queue();
    const QString about = queue.isEmpty() ? caller : tr("%1, queue %2").arg(caller, queue);
    if (m_notice->state() == QLatin1String("ringing"))
        m_text->setText(tr("%1 is calling you to consult about %2. Answer (F2) to talk with "
                           "them; the caller is on hold.")
                            .arg(m_notice->agentName(), about));
    else
        m_text->setText(tr("Consultation with %1 about %2. The caller is on hold until %1 hands "
                           "the call over to you or takes it back.")
                            .arg(m_notice->agentName(), about));
    show();
}

} // namespace relais::ui

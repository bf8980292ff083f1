#include "agent/OfferToast.h"

#include "common/Icons.h"

#include <relais/app/DisplayNames.h>
#include <relais/app/OfferController.h>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace relais::ui {

using app::DisplayNames;

OfferToast::OfferToast(app::OfferController *offer, QWidget *window)
    : QFrame(window), m_offer(offer), m_channelIcon(new QLabel(this)), m_title(new QLabel(this)),
      m_customer(new QLabel(this)), m_meta(new QLabel(this)), m_subject(new QLabel(this)),
      m_countdown(new QProgressBar(this)), m_remaining(new QLabel(this)), m_more(new QLabel(this)),
      m_answer(new QPushButton(this)), m_reject(new QPushButton(this))
{
    setObjectName(QStringLiteral("offerToast"));
    setFixedWidth(360);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("offerTitle"));
    m_customer->setObjectName(QStringLiteral("offerCustomer"));
    m_customer->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("offerMeta"));
    m_meta->setWordWrap(true);
    m_subject->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("offerMeta"));
    m_countdown->setObjectName(QStringLiteral("offerCountdown"));
    m_countdown->setTextVisible(false);
    m_countdown->setRange(0, 1000);
    m_remaining->setObjectName(QStringLiteral("offerMeta"));
    m_answer->setObjectName(QStringLiteral("answer"));
    m_reject->setObjectName(QStringLiteral("danger"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_channelIcon);
    head->addWidget(m_title, 1);
    // The bar over the whole width, the time below it (the toast is as narrow as the inbox).
    auto *bar = new QVBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_countdown);
    bar->addWidget(m_remaining);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_answer, 1);
    buttons->addWidget(m_reject, 1);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(16, 12, 16, 14);
    col->setSpacing(6);
    col->addLayout(head);
    col->addWidget(m_customer);
    col->addWidget(m_meta);
    col->addWidget(m_subject);
    col->addLayout(bar);
    col->addLayout(buttons);
    col->addWidget(m_more);

    connect(m_answer, &QPushButton::clicked, m_offer, &app::OfferController::accept);
    connect(m_reject, &QPushButton::clicked, m_offer, &app::OfferController::reject);
    connect(m_offer, &app::OfferController::offerChanged, this, &OfferToast::refresh);
    connect(m_offer, &app::OfferController::answeringChanged, this, &OfferToast::refresh);
    connect(m_offer, &app::OfferController::countdownChanged, this, &OfferToast::refreshCountdown);
    window->installEventFilter(this);
    retranslate();
    refresh();
}

QString OfferToast::customerText() const
{
    return isVisible() ? m_customer->text() : QString();
}

void OfferToast::refresh()
{
    if (!m_offer->isActive()) {
        m_shownId.clear();
        hide();
        return;
    }
    const QString channel = m_offer->channel();
    m_channelIcon->setPixmap(Icons::channel(channel).pixmap(22, 22));
    m_title->setText(tr("%1 · queue %2").arg(m_offer->channelName(), m_offer->queue()));
    const QString name = m_offer->customerName();
    m_customer->setText(name.isEmpty() ? m_offer->from() : name);
    QStringList meta;
    if (!name.isEmpty() && m_offer->from() != name)
        meta << m_offer->from();
    if (m_offer->priority() > 0)
        meta << tr("priority %1").arg(m_offer->priority());
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_meta->setVisible(!meta.isEmpty());
    m_subject->setText(m_offer->subject());
    m_subject->setVisible(!m_offer->subject().isEmpty());
    m_more->setText(m_offer->waitingOffers() > 0
                        ? tr("%n more offer(s) waiting", nullptr, m_offer->waitingOffers())
                        : QString());
    m_more->setVisible(m_offer->waitingOffers() > 0);
    const bool answering = m_offer->isAnswering();
    m_answer->setEnabled(!answering);
    m_reject->setEnabled(!answering);
    m_answer->setText(answering ? tr("Answering…") : tr("Answer"));
    refreshCountdown();
    place();
    show();
    raise();
    if (m_shownId != m_offer->interactionId()) {
        m_shownId = m_offer->interactionId();
        emit offerShown(tr("New %1 offer").arg(m_offer->channelName()),
                        tr("%1 (queue %2)").arg(m_customer->text(), m_offer->queue()));
    }
}

void OfferToast::refreshCountdown()
{
    if (!m_offer->isActive())
        return;
    const double fraction = qBound(0.0, m_offer->remainingFraction(), 1.0);
    m_countdown->setValue(int(fraction * 1000));
    const bool urgent = m_offer->remainingMs() < 5000;
    if (m_countdown->property("urgent").toBool() != urgent) {
        m_countdown->setProperty("urgent", urgent);
        m_countdown->style()->unpolish(m_countdown);
        m_countdown->style()->polish(m_countdown);
    }
    m_remaining->setText(tr("waited %1 · %2 s left")
                             .arg(DisplayNames::duration(m_offer->waitedMs()))
                             .arg((m_offer->remainingMs() + 999) / 1000));
}

void OfferToast::setAnchor(QWidget *area)
{
    if (m_anchor)
        m_anchor->removeEventFilter(this);
    m_anchor = area;
    if (m_anchor)
        m_anchor->installEventFilter(this);
    if (isVisible())
        place();
}

void OfferToast::place()
{
    QWidget *w = parentWidget();
    if (!m_anchor) {
        setFixedWidth(360);
        adjustSize();
        move(w->width() - width() - 16, 64);
        return;
    }
    const QRect area(m_anchor->mapTo(w, QPoint(0, 0)), m_anchor->size());
    setFixedWidth(qMax(220, area.width() - 12));
    adjustSize();
    move(area.left() + 6, qMax(area.top(), area.bottom() - height() - 6));
}

bool OfferToast::eventFilter(QObject *watched, QEvent *event)
{
    const bool moved = event->type() == QEvent::Resize || event->type() == QEvent::Move;
    if ((watched == parentWidget() || watched == m_anchor) && moved && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void OfferToast::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void OfferToast::retranslate()
{
    m_answer->setIcon(Icons::icon(QStringLiteral("answer")));
    m_answer->setToolTip(tr("Answer (F2)"));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Reject: the offer goes to another agent (F3)"));
    m_answer->setText(m_offer->isAnswering() ? tr("Answering…") : tr("Answer"));
    if (m_offer->isActive())
        refresh();
}

} // namespace relais::ui

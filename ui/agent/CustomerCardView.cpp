#include "agent/CustomerCardView.h"

#include <relais/app/CustomerCard.h>

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace relais::ui {

CustomerCardView::CustomerCardView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_name(new QLabel(this)),
      m_segment(new QLabel(this)), m_contact(new QLabel(this)), m_empty(new QLabel(this)),
      m_details(new QWidget(this)), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("customerCard"));
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_name->setObjectName(QStringLiteral("cardName"));
    m_name->installEventFilter(this);
    m_empty->installEventFilter(this);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_segment->setObjectName(QStringLiteral("segmentBadge"));
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("placeholder"));
    m_empty->setWordWrap(true);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_segment, 0, Qt::AlignTop);

    m_form->setContentsMargins(0, 4, 0, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(3);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(4);
    details->addLayout(nameRow);
    details->addWidget(m_contact);
    details->addLayout(m_form);

    auto *col = new QVBoxLayout(this);
    col->setContentsMargins(10, 8, 10, 8);
    col->setSpacing(6);
    col->addWidget(m_title);
    col->addWidget(m_empty);
    col->addWidget(m_details);
    refresh();
}

void CustomerCardView::setCard(app::CustomerCard *card)
{
    if (card == m_card)
        return;
    if (m_card)
        disconnect(m_card, nullptr, this, nullptr);
    m_card = card;
    if (m_card)
        connect(m_card, &app::CustomerCard::changed, this, &CustomerCardView::refresh);
    refresh();
}

QString CustomerCardView::nameText() const
{
    return m_details->isVisible() ? m_name->text() : QString();
}

QString CustomerCardView::fieldLabel(const QString &key)
{
    if (key == QLatin1String("account"))
        return tr("Account number");
    if (key == QLatin1String("city"))
        return tr("City");
    if (key == QLatin1String("contract"))
        return tr("Plan");
    if (key == QLatin1String("balance"))
        return tr("Balance");
    if (key == QLatin1String("customerSince"))
        return tr("Customer since");
    return key;
}

void CustomerCardView::refresh()
{
    m_title->setText(tr("Customer"));
    const bool has = m_card && m_card->hasCustomer();
    m_empty->setText(tr("No customer on screen. The card fills in as soon as an interaction is "
                        "offered or selected."));
    m_empty->setVisible(!has);
    m_details->setVisible(has);
    if (!has) {
        m_fresh = true;
        QWidget::update();
        return;
    }
    m_name->setText(m_card->name().isEmpty() ? tr("Unknown customer") : m_card->name());
    const QString segment = m_card->segment();
    m_segment->setText(segment.toUpper());
    m_segment->setVisible(!segment.isEmpty());
    m_segment->setProperty("segment", segment);
    m_segment->style()->unpolish(m_segment);
    m_segment->style()->polish(m_segment);

    QStringList contact;
    if (!m_card->phone().isEmpty())
        contact << tr("Phone: %1").arg(m_card->phone());
    if (!m_card->email().isEmpty())
        contact << tr("E-mail: %1").arg(m_card->email());
    if (!m_card->language().isEmpty())
        contact << tr("Speaks: %1").arg(m_card->languageName());
    m_contact->setText(contact.join(QLatin1Char('\n')));

    const QStringList names = m_card->fieldNames();
    while (m_rows.size() < names.size()) {
        auto *label = new QLabel(m_details);
        label->setObjectName(QStringLiteral("fieldName"));
        auto *value = new QLabel(m_details);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, value);
        m_rows.append(qMakePair(label, value));
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool used = i < names.size();
        m_form->setRowVisible(i, used);
        if (used) {
            m_rows[i].first->setText(fieldLabel(names[i]));
            m_rows[i].second->setText(m_card->fieldText(names[i]));
        }
    }
    m_fresh = true;
    QWidget::update();
}

void CustomerCardView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_fresh) {
        m_fresh = false;
        emit contentPainted();
    }
}

bool CustomerCardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_fresh && (watched == m_name || watched == m_empty)) {
        // The label paints now, then the frame is flushed with it.
        watched->event(event);
        m_fresh = false;
        emit contentPainted();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerCardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace relais::ui

#include "relais/app/CustomerCard.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

namespace relais::app {

CustomerCard::CustomerCard(QObject *parent) : QObject(parent) {}

void CustomerCard::setCustomer(const protocol::Customer &customer, const QString &interactionId)
{
    if (customer == m_customer && interactionId == m_interactionId)
        return;
    m_customer = customer;
    m_interactionId = interactionId;
    emit changed();
}

void CustomerCard::clear()
{
    setCustomer({}, {});
}

QString CustomerCard::languageName() const
{
    if (m_customer.language.isEmpty())
        return {};
    const QLocale locale(m_customer.language);
    if (locale.language() == QLocale::C)
        return m_customer.language;
    // The language's own name ("français", "English"): what the agent will speak.
    return locale.nativeLanguageName();
}

QStringList CustomerCard::fieldNames() const
{
    QStringList names = m_customer.fields.keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString CustomerCard::fieldText(const QString &name) const
{
    const QJsonValue v = m_customer.fields.value(name);
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QLocale().toString(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? tr("oui") : tr("non");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
}

} // namespace relais::app

#pragma once

#include <relais/protocol/Types.h>

#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace relais::app {

// The screen-pop's customer: name, number, language, segment and the account fields.
class CustomerCard : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool hasCustomer READ hasCustomer NOTIFY changed)
    Q_PROPERTY(QString customerId READ customerId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString language READ language NOTIFY changed)
    Q_PROPERTY(QString languageName READ languageName NOTIFY changed)
    Q_PROPERTY(QString segment READ segment NOTIFY changed)
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY changed)
    Q_PROPERTY(QStringList fieldNames READ fieldNames NOTIFY changed)
    Q_PROPERTY(QString interactionId READ interactionId NOTIFY changed)

public:
    explicit CustomerCard(QObject *parent = nullptr);

    void setCustomer(const protocol::Customer &customer, const QString &interactionId = {});
    void clear();

    bool hasCustomer() const { return !m_customer.id.isEmpty() || !m_customer.name.isEmpty(); }
    const protocol::Customer &customer() const { return m_customer; }
    QString customerId() const { return m_customer.id; }
    QString name() const { return m_customer.name; }
    QString phone() const { return m_customer.phone; }
    QString email() const { return m_customer.email; }
    QString language() const { return m_customer.language; }
    QString languageName() const;
    QString segment() const { return m_customer.segment; }
    QVariantMap fields() const { return m_customer.fields.toVariantMap(); }
    // The account fields' names in a stable order, for a form layout.
    QStringList fieldNames() const;
    // A field's value as text (numbers and booleans included).
    Q_INVOKABLE QString fieldText(const QString &name) const;
    QString interactionId() const { return m_interactionId; }

signals:
    void changed();

private:
    protocol::Customer m_customer;
    QString m_interactionId;
};

} // namespace relais::app

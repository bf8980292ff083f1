#include "store/Database.h"

#include "store/PhoneNumber.h"
#include "store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace relais::store {

namespace {

const QString kCustomerColumns =
    QStringLiteral("id, name, phone, email, language, segment, fields");

// Lower case without accents: "Adélaïde" and "ADELAIDE" both become "adelaide". Done in C++ so
// that LIKE behaves the same on SQLite (ASCII-only LOWER) and PostgreSQL.
QString fold(const QString &s)
{
    const QString decomposed = s.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

// A query made only of digits and phone punctuation matches the stored digits ("97 00 00 01").
QString searchKey(const QString &query)
{
    const QString trimmed = query.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit() || c == QLatin1Char('+'))
            digits.append(c);
        else if (!QStringLiteral(" -./()").contains(c))
            return fold(trimmed);
    }
    return digits.isEmpty() ? fold(trimmed) : digits;
}

protocol::Customer customerFrom(const QSqlQuery &q)
{
    protocol::Customer c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.email = q.value(3).toString();
    c.language = q.value(4).toString();
    c.segment = q.value(5).toString();
    c.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return c;
}

} // namespace

std::optional<protocol::Customer> Database::customer(const QString &id)
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM customers WHERE id = :id").arg(kCustomerColumns));
    q.bindValue(QStringLiteral(":id"), sql::text(id));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return customerFrom(q);
}

std::optional<protocol::Customer> Database::customerByPhone(const QString &e164)
{
    const QString phone = normalisePhone(e164, m_countryCode);
    if (phone.isEmpty())
        return std::nullopt;
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM customers WHERE phone = :p ORDER BY id LIMIT 1")
                    .arg(kCustomerColumns));
    q.bindValue(QStringLiteral(":p"), phone);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return customerFrom(q);
}

std::optional<protocol::Customer> Database::customerByEmail(const QString &email)
{
    const QString e = email.trimmed().toLower();
    if (e.isEmpty())
        return std::nullopt;
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM customers WHERE email = :e ORDER BY id LIMIT 1")
                    .arg(kCustomerColumns));
    q.bindValue(QStringLiteral(":e"), e);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return customerFrom(q);
}

bool Database::setCustomerLanguage(const QString &id, const QString &language)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE customers SET language = :language WHERE id = :id"));
    q.bindValue(QStringLiteral(":language"), sql::text(language));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q) && q.numRowsAffected() == 1;
}

std::optional<protocol::Customer> Database::insertCustomer(protocol::Customer c)
{
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.phone = c.phone.trimmed();
    if (const QString p = normalisePhone(c.phone, m_countryCode); !p.isEmpty())
        c.phone = p;
    c.email = c.email.trimmed().toLower();
    const QString search = fold(c.name) + QLatin1Char('\n') + c.phone + QLatin1Char('\n') +
                           QString(c.phone).remove(QLatin1Char('+')) + QLatin1Char('\n') + c.email;

    QSqlQuery q = prepare(QStringLiteral("INSERT INTO customers (%1, search) VALUES (:id, :name, "
                                         ":phone, :email, :language, :segment, :fields, :search)")
                              .arg(kCustomerColumns));
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":name"), sql::text(c.name));
    q.bindValue(QStringLiteral(":phone"), sql::text(c.phone));
    q.bindValue(QStringLiteral(":email"), sql::text(c.email));
    q.bindValue(QStringLiteral(":language"), sql::text(c.language));
    q.bindValue(QStringLiteral(":segment"), sql::text(c.segment));
    q.bindValue(QStringLiteral(":fields"),
                QString::fromUtf8(QJsonDocument(c.fields).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":search"), search);
    if (!exec(q))
        return std::nullopt;
    return c;
}

QList<protocol::Customer> Database::searchCustomers(const QString &query, int limit)
{
    QList<protocol::Customer> out;
    const QString key = searchKey(query);
    if (key.isEmpty() || limit <= 0)
        return out;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM customers WHERE search LIKE :pattern "
                                         "ESCAPE '\\' ORDER BY name, id LIMIT :limit")
                              .arg(kCustomerColumns));
    q.bindValue(QStringLiteral(":pattern"),
                QLatin1Char('%') + sql::likeEscape(key) + QLatin1Char('%'));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(customerFrom(q));
    return out;
}

int Database::customerCount()
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::addContact(const QString &customerId, const protocol::Contact &c)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO contacts (id, customer_id, at, channel, queue, reason, disposition, agent, "
        "notes, interaction_id) VALUES (:id, :customer, :at, :channel, :queue, :reason, "
        ":disposition, :agent, :notes, :ix)"));
    q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":customer"), sql::text(customerId));
    q.bindValue(QStringLiteral(":at"), c.at);
    q.bindValue(QStringLiteral(":channel"), protocol::toString(c.channel));
    q.bindValue(QStringLiteral(":queue"), sql::text(c.queue));
    q.bindValue(QStringLiteral(":reason"), sql::text(c.reason));
    q.bindValue(QStringLiteral(":disposition"), sql::text(c.disposition));
    q.bindValue(QStringLiteral(":agent"), sql::text(c.agent));
    q.bindValue(QStringLiteral(":notes"), sql::text(c.notes));
    q.bindValue(QStringLiteral(":ix"), sql::text(c.interactionId));
    return exec(q);
}

QList<protocol::Contact> Database::history(const QString &customerId, int limit)
{
    QList<protocol::Contact> out;
    if (limit <= 0)
        return out;
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT k.at, k.channel, k.queue, k.reason, k.disposition, k.agent, k.notes, "
        "k.interaction_id, COALESCE(i.recording, '') FROM contacts k LEFT JOIN interactions i "
        "ON i.id = k.interaction_id AND k.interaction_id <> '' WHERE k.customer_id = :c "
        "ORDER BY k.at DESC, k.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":c"), sql::text(customerId));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!exec(q))
        return out;
    while (q.next()) {
        protocol::Contact c;
        c.at = q.value(0).toLongLong();
        c.channel =
            protocol::channelFromString(q.value(1).toString()).value_or(protocol::Channel::Voice);
        c.queue = q.value(2).toString();
        c.reason = q.value(3).toString();
        c.disposition = q.value(4).toString();
        c.agent = q.value(5).toString();
        c.notes = q.value(6).toString();
        c.interactionId = q.value(7).toString();
        c.recording = q.value(8).toString();
        out.append(c);
    }
    return out;
}

} // namespace relais::store

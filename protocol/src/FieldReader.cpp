#include "relais/protocol/FieldReader.h"

#include <cmath>

namespace relais::protocol {

FieldReader::FieldReader(const QJsonObject &object, QString prefix)
    : m_object(object), m_prefix(std::move(prefix))
{
}

QString FieldReader::path(const QString &name) const
{
    return m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
}

void FieldReader::fail(const QString &name, const QString &what)
{
    if (!m_error.isEmpty())
        return;
    m_errorField = path(name);
    m_error = QStringLiteral("field '%1' %2").arg(m_errorField, what);
}

namespace {

// No text the server keeps may hold U+0000: PostgreSQL cannot store it, and no person types it.
const QString kNulMessage = QStringLiteral("must not contain the character U+0000");

bool hasNul(const QString &s)
{
    return s.contains(QChar(u'\0'));
}

} // namespace

QString FieldReader::requireString(const QString &name, qsizetype maxLength)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull()) {
        fail(name, QStringLiteral("is required (string)"));
        return {};
    }
    if (!v.isString()) {
        fail(name, QStringLiteral("must be a string"));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(name, QStringLiteral("is longer than %1 characters").arg(maxLength));
        return {};
    }
    if (hasNul(s)) {
        fail(name, kNulMessage);
        return {};
    }
    return s;
}

std::optional<QString> FieldReader::optionalString(const QString &name, qsizetype maxLength)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(name, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    if (v.toString().size() > maxLength) {
        fail(name, QStringLiteral("is longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    if (hasNul(v.toString())) {
        fail(name, kNulMessage);
        return std::nullopt;
    }
    return v.toString();
}

static bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15;
}

qint64 FieldReader::requireInt(const QString &name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull()) {
        fail(name, QStringLiteral("is required (integer)"));
        return 0;
    }
    if (!isInteger(v)) {
        fail(name, QStringLiteral("must be an integer"));
        return 0;
    }
    return v.toInteger();
}

std::optional<qint64> FieldReader::optionalInt(const QString &name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!isInteger(v)) {
        fail(name, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    return v.toInteger();
}

std::optional<bool> FieldReader::optionalBool(const QString &name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(name, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QStringList FieldReader::optionalStringList(const QString &name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(name, QStringLiteral("must be an array of strings"));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            fail(name, QStringLiteral("must be an array of strings"));
            return {};
        }
        if (hasNul(item.toString())) {
            fail(name, kNulMessage);
            return {};
        }
        out << item.toString();
    }
    return out;
}

QJsonObject FieldReader::optionalObject(const QString &name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(name, QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray FieldReader::optionalArray(const QString &name)
{
    const QJsonValue v = value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(name, QStringLiteral("must be an array"));
        return {};
    }
    return v.toArray();
}

} // namespace relais::protocol

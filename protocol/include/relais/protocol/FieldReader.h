#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais::protocol {

// Reads typed fields from a JSON object and remembers the first problem, naming the field.
//   FieldReader r(body);
//   auto user = r.requireString("user");
//   if (!r.ok()) return error(BadRequest, r.error());
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object, QString prefix = {});

    QString requireString(const QString &name, qsizetype maxLength = 4096);
    std::optional<QString> optionalString(const QString &name, qsizetype maxLength = 4096);
    qint64 requireInt(const QString &name);
    std::optional<qint64> optionalInt(const QString &name);
    std::optional<bool> optionalBool(const QString &name);
    QStringList optionalStringList(const QString &name);
    QJsonObject optionalObject(const QString &name);
    QJsonArray optionalArray(const QString &name);

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // The dotted name of the first field that failed, e.g. "interaction.channel".
    const QString &errorField() const { return m_errorField; }
    void fail(const QString &name, const QString &what);

private:
    QJsonValue value(const QString &name) const { return m_object.value(name); }
    QString path(const QString &name) const;

    QJsonObject m_object;
    QString m_prefix;
    QString m_error;
    QString m_errorField;
};

} // namespace relais::protocol

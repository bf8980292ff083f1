#pragma once

#include <toml++/toml.h>

#include <QString>
#include <QStringList>
#include <initializer_list>
#include <string_view>

namespace relais::config {

// Typed, validating access to a parsed TOML document. The first error is kept, formatted
// "SOURCE:LINE:COL: what is wrong"; every read after it fails. A missing optional key leaves
// the output untouched and succeeds.
class TomlReader
{
public:
    explicit TomlReader(QString sourceName) : m_source(std::move(sourceName)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool fail(const toml::source_region &where, const QString &what);
    bool fail(const toml::node &where, const QString &what) { return fail(where.source(), what); }

    // Every key of `t` must be one of `known`; `context` names the table ("[[queues]]").
    bool checkKeys(const toml::table &t, std::initializer_list<std::string_view> known,
                   const QString &context);
    // Fails at the table's header when `key` is absent.
    bool require(const toml::table &t, std::string_view key, const QString &context);

    bool readString(const toml::table &t, std::string_view key, QString *out);
    bool readInt(const toml::table &t, std::string_view key, qint64 min, qint64 max, int *out);
    bool readBool(const toml::table &t, std::string_view key, bool *out);
    // A number of seconds (integer or decimal) >= minSeconds, returned in milliseconds.
    bool readSeconds(const toml::table &t, std::string_view key, double minSeconds, qint64 *outMs);
    // The same within [minSeconds, maxSeconds].
    bool readSeconds(const toml::table &t, std::string_view key, double minSeconds,
                     double maxSeconds, qint64 *outMs);
    bool readStringList(const toml::table &t, std::string_view key, QStringList *out);
    // nullptr when absent or of another type (then failed() tells which).
    const toml::table *readTable(const toml::table &t, std::string_view key);
    const toml::array *readArray(const toml::table &t, std::string_view key);
    // An array whose every element is a table ([[queues]]).
    bool readTableArray(const toml::table &t, std::string_view key,
                        QList<const toml::table *> *out);

    static QString typeName(const toml::node &n);
    static QString qstr(std::string_view s)
    {
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

private:
    const toml::node *get(const toml::table &t, std::string_view key) const;
    bool wrongType(const toml::node &n, std::string_view key, const QString &expected);

    QString m_source;
    QString m_error;
};

} // namespace relais::config

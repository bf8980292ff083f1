#include "config/TomlReader.h"

#include <cmath>

namespace relais::config {

bool TomlReader::fail(const toml::source_region &where, const QString &what)
{
    if (m_error.isEmpty()) {
        const int line = where.begin.line ? int(where.begin.line) : 1;
        const int column = where.begin.column ? int(where.begin.column) : 1;
        m_error = QStringLiteral("%1:%2:%3: %4").arg(m_source).arg(line).arg(column).arg(what);
    }
    return false;
}

bool TomlReader::checkKeys(const toml::table &t, std::initializer_list<std::string_view> known,
                           const QString &context)
{
    if (failed())
        return false;
    for (auto &&[key, value] : t) {
        bool ok = false;
        for (std::string_view k : known)
            ok = ok || key.str() == k;
        if (!ok) {
            QStringList names;
            for (std::string_view k : known)
                names.append(qstr(k));
            return fail(key.source(), QStringLiteral("unknown key \"%1\" in %2 (known keys: %3)")
                                          .arg(qstr(key.str()), context, names.join(", ")));
        }
    }
    return true;
}

bool TomlReader::require(const toml::table &t, std::string_view key, const QString &context)
{
    if (failed())
        return false;
    if (t.contains(key))
        return true;
    return fail(t, QStringLiteral("%1 needs \"%2\"").arg(context, qstr(key)));
}

const toml::node *TomlReader::get(const toml::table &t, std::string_view key) const
{
    return failed() ? nullptr : t.get(key);
}

bool TomlReader::wrongType(const toml::node &n, std::string_view key, const QString &expected)
{
    return fail(n,
                QStringLiteral("\"%1\" must be %2, not %3").arg(qstr(key), expected, typeName(n)));
}

bool TomlReader::readString(const toml::table &t, std::string_view key, QString *out)
{
    const toml::node *n = get(t, key);
    if (!n)
        return !failed();
    if (!n->is_string())
        return wrongType(*n, key, QStringLiteral("a string"));
    *out = qstr(n->as_string()->get());
    return true;
}

bool TomlReader::readInt(const toml::table &t, std::string_view key, qint64 min, qint64 max,
                         int *out)
{
    const toml::node *n = get(t, key);
    if (!n)
        return !failed();
    if (!n->is_integer())
        return wrongType(*n, key, QStringLiteral("an integer"));
    const qint64 v = n->as_integer()->get();
    if (v < min || v > max)
        return fail(*n, QStringLiteral("\"%1\" must be between %2 and %3, not %4")
                            .arg(qstr(key))
                            .arg(min)
                            .arg(max)
                            .arg(v));
    *out = int(v);
    return true;
}

bool TomlReader::readBool(const toml::table &t, std::string_view key, bool *out)
{
    const toml::node *n = get(t, key);
    if (!n)
        return !failed();
    if (!n->is_boolean())
        return wrongType(*n, key, QStringLiteral("true or false"));
    *out = n->as_boolean()->get();
    return true;
}

bool TomlReader::readSeconds(const toml::table &t, std::string_view key, double minSeconds,
                             qint64 *outMs)
{
    return readSeconds(t, key, minSeconds, 365.0 * 24 * 3600, outMs);
}

bool TomlReader::readSeconds(const toml::table &t, std::string_view key, double minSeconds,
                             double maxSeconds, qint64 *outMs)
{
    const toml::node *n = get(t, key);
    if (!n)
        return !failed();
    double seconds = 0;
    if (n->is_integer())
        seconds = double(n->as_integer()->get());
    else if (n->is_floating_point())
        seconds = n->as_floating_point()->get();
    else
        return wrongType(*n, key, QStringLiteral("a number of seconds"));
    if (!std::isfinite(seconds) || seconds < minSeconds || seconds > maxSeconds)
        return fail(*n, QStringLiteral("\"%1\" must be a number of seconds between %2 and %3, "
                                       "not %4")
                            .arg(qstr(key))
                            .arg(minSeconds)
                            .arg(maxSeconds, 0, 'f', 0)
                            .arg(seconds));
    *outMs = qint64(std::llround(seconds * 1000.0));
    return true;
}

bool TomlReader::readStringList(const toml::table &t, std::string_view key, QStringList *out)
{
    const toml::array *a = readArray(t, key);
    if (!a)
        return !failed();
    QStringList list;
    for (const toml::node &item : *a) {
        if (!item.is_string())
            return fail(item, QStringLiteral("\"%1\" must hold strings only, not %2")
                                  .arg(qstr(key), typeName(item)));
        list.append(qstr(item.as_string()->get()));
    }
    *out = list;
    return true;
}

const toml::table *TomlReader::readTable(const toml::table &t, std::string_view key)
{
    const toml::node *n = get(t, key);
    if (!n)
        return nullptr;
    if (!n->is_table()) {
        wrongType(*n, key, QStringLiteral("a table"));
        return nullptr;
    }
    return n->as_table();
}

const toml::array *TomlReader::readArray(const toml::table &t, std::string_view key)
{
    const toml::node *n = get(t, key);
    if (!n)
        return nullptr;
    if (!n->is_array()) {
        wrongType(*n, key, QStringLiteral("an array"));
        return nullptr;
    }
    return n->as_array();
}

bool TomlReader::readTableArray(const toml::table &t, std::string_view key,
                                QList<const toml::table *> *out)
{
    const toml::array *a = readArray(t, key);
    if (!a)
        return !failed();
    for (const toml::node &item : *a) {
        if (!item.is_table())
            return fail(item, QStringLiteral("\"%1\" must hold tables ([[%1]]), not %2")
                                  .arg(qstr(key), typeName(item)));
        out->append(item.as_table());
    }
    return true;
}

QString TomlReader::typeName(const toml::node &n)
{
    switch (n.type()) {
    case toml::node_type::table:
        return QStringLiteral("a table");
    case toml::node_type::array:
        return QStringLiteral("an array");
    case toml::node_type::string:
        return QStringLiteral("a string");
    case toml::node_type::integer:
        return QStringLiteral("an integer");
    case toml::node_type::floating_point:
        return QStringLiteral("a decimal number");
    case toml::node_type::boolean:
        return QStringLiteral("a boolean");
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
        return QStringLiteral("a date/time");
    case toml::node_type::none:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace relais::config

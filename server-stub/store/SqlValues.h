#pragma once

#include <QString>
#include <QVariant>

// Small helpers shared by the Database implementation files.
namespace relais::store::sql {

// Qt binds a null QString as SQL NULL; the schema's text columns are NOT NULL DEFAULT ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Escapes LIKE wildcards; use with ESCAPE '\'.
inline QString likeEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace relais::store::sql

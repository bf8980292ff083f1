#include "store/PhoneNumber.h"

#include <QStringList>

namespace relais::store {

namespace {

// Countries whose national numbers start with a trunk 0 that is dropped in E.164. Benin (229)
// and Côte d'Ivoire (225) keep their leading 0/01 digits, so they are not listed.
bool dropsTrunkZero(const QString &countryCode)
{
    static const QStringList codes{"31", "32", "33", "41", "44", "49", "212", "216", "237"};
    return codes.contains(countryCode);
}

QString stripScheme(QString s)
{
    if (s.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        return s.mid(4);
    if (s.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive) ||
        s.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive)) {
        s = s.mid(s.indexOf(QLatin1Char(':')) + 1);
        const qsizetype at = s.indexOf(QLatin1Char('@'));
        if (at >= 0)
            s.truncate(at);
        const qsizetype semi = s.indexOf(QLatin1Char(';'));
        if (semi >= 0)
            s.truncate(semi);
    }
    return s;
}

} // namespace

QString normalisePhone(const QString &raw, const QString &defaultCountryCode)
{
    const QString s = stripScheme(raw.trimmed());
    QString digits;
    bool plus = false;
    for (const QChar c : s) {
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
        } else if (c == QLatin1Char('+')) {
            if (plus || !digits.isEmpty())
                return {};
            plus = true;
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                   c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('/')) {
            continue;
        } else {
            return {};
        }
    }
    if (!plus && digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        plus = true;
    }
    if (!plus) {
        if (digits.size() < 6) // short codes (1919) and extensions are not phone numbers
            return {};
        const QString cc = defaultCountryCode;
        // 11+ digits that already begin with the country code are international without the +.
        if (!(digits.size() > 10 && digits.startsWith(cc))) {
            if (digits.startsWith(QLatin1Char('0')) && dropsTrunkZero(cc))
                digits.remove(0, 1);
            digits.prepend(cc);
        }
    }
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(QLatin1Char('0')))
        return {};
    return QLatin1Char('+') + digits;
}

} // namespace relais::store

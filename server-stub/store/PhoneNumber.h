#pragma once

#include <QString>

namespace relais::store {

// Normalises a phone number to E.164 ("+22997000001"). Accepts "+229 97 00 00 01",
// "00229…", "tel:…", "sip:+229…@host", numbers already carrying the country code, and national
// numbers (prefixed with defaultCountryCode; a leading trunk 0 is dropped for the countries that
// use one, e.g. 33, 44, 49). Returns "" when the input is not a phone number (letters, an e-mail,
// a short code such as 1919, fewer than 8 or more than 15 digits).
QString normalisePhone(const QString &raw,
                       const QString &defaultCountryCode = QStringLiteral("229"));

} // namespace relais::store

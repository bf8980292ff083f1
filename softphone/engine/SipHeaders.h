#pragma once
// Reading and writing the SIP headers the engine cares about, on Qt types only (the libre
// side copies a message's headers out first; these functions are unit-tested alone).
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <optional>

namespace relais::softphone {

class SipHeaders
{
public:
    using List = QList<QPair<QString, QString>>; // name, value in message order

    // First value of a header, case-insensitive name; null when absent.
    static QString value(const List &headers, const QString &name);

    // The far end asks us to answer by ourselves: Call-Info ...;answer-after=N,
    // Alert-Info ...;info=alert-autoanswer, or Answer-Mode/Priv-Answer-Mode: Auto (RFC 5373).
    // Returns the delay in seconds.
    static std::optional<int> autoAnswerDelay(const List &headers);

    // Headers shown to the desk: every X-* header plus a few standard informative ones.
    static QMap<QString, QString> interesting(const List &headers);

    // A DTMF digit from a SIP INFO body (application/dtmf-relay "Signal=5", application/dtmf).
    static std::optional<QChar> dtmfFromInfo(const QString &contentType, const QByteArray &body);

    // Replaces (RFC 3891): "callid;to-tag=a;from-tag=b[;early-only]".
    struct Replaces
    {
        QString callId;
        QString toTag;
        QString fromTag;
        bool earlyOnly = false;
    };
    static std::optional<Replaces> parseReplaces(const QString &value);
    static QString formatReplaces(const Replaces &replaces);

    // Extra headers given by a caller, checked (token name, one line) and joined as
    // "Name: value\r\n" lines; false with a reason when one is unsafe.
    static bool format(const QMap<QString, QString> &headers, QString *lines, QString *error);
    static bool isValidDtmf(QChar digit);
};

} // namespace relais::softphone

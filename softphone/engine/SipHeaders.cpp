#include "SipHeaders.h"

#include <QRegularExpression>

namespace relais::softphone {

namespace {

// ";name=value" parameters of a header value (outside <...>), lowercase names.
QMap<QString, QString> headerParams(const QString &value)
{
    QMap<QString, QString> params;
    QString rest = value;
    const int close = rest.lastIndexOf(QLatin1Char('>'));
    if (close >= 0)
        rest = rest.mid(close + 1);
    const QStringList parts = rest.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (i == 0 && close < 0 && !value.trimmed().startsWith(QLatin1Char(';')))
            continue; // a bare token value before the first ';'
        const int eq = part.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed().toLower();
        QString paramValue = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (paramValue.size() >= 2 && paramValue.startsWith(QLatin1Char('"')) &&
            paramValue.endsWith(QLatin1Char('"')))
            paramValue = paramValue.mid(1, paramValue.size() - 2);
        params.insert(name, paramValue);
    }
    return params;
}

// A header value may carry several comma-separated entries (Call-Info: <a>;x, <b>;y).
QStringList entries(const QString &value)
{
    QStringList result;
    int depth = 0;
    bool quoted = false;
    QString current;
    for (QChar c : value) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++depth;
        else if (!quoted && c == QLatin1Char('>'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0 && !quoted) {
            result << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

} // namespace

QString SipHeaders::value(const List &headers, const QString &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QString();
}

std::optional<int> SipHeaders::autoAnswerDelay(const List &headers)
{
    for (const auto &header : headers) {
        const QString name = header.first.toLower();
        if (name == QLatin1String("call-info")) {
            for (const QString &entry : entries(header.second)) {
                const auto params = headerParams(entry);
                if (params.contains(QStringLiteral("answer-after"))) {
                    bool ok = false;
                    const int delay = params.value(QStringLiteral("answer-after")).toInt(&ok);
                    if (ok && delay >= 0)
                        return delay;
                }
            }
        } else if (name == QLatin1String("alert-info")) {
            for (const QString &entry : entries(header.second)) {
                const auto params = headerParams(entry);
                if (params.value(QStringLiteral("info"))
                        .compare(QLatin1String("alert-autoanswer"), Qt::CaseInsensitive) == 0)
                    return 0;
                if (entry.contains(QLatin1String("info=alert-autoanswer"), Qt::CaseInsensitive))
                    return 0;
            }
        } else if (name == QLatin1String("answer-mode") ||
                   name == QLatin1String("priv-answer-mode")) {
            if (header.second.trimmed()
                    .section(QLatin1Char(';'), 0, 0)
                    .trimmed()
                    .compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
                return 0;
        }
    }
    return std::nullopt;
}

QMap<QString, QString> SipHeaders::interesting(const List &headers)
{
    static const QStringList standard{QStringLiteral("Subject"),
                                      QStringLiteral("Call-Info"),
                                      QStringLiteral("Alert-Info"),
                                      QStringLiteral("Referred-By"),
                                      QStringLiteral("P-Asserted-Identity"),
                                      QStringLiteral("User-Agent"),
                                      QStringLiteral("Answer-Mode"),
                                      QStringLiteral("Priority")};
    QMap<QString, QString> result;
    for (const auto &header : headers) {
        QString name = header.first;
        bool keep = name.startsWith(QLatin1String("X-"), Qt::CaseInsensitive);
        for (const QString &known : standard) {
            if (known.compare(name, Qt::CaseInsensitive) == 0) {
                name = known;
                keep = true;
            }
        }
        if (!keep)
            continue;
        if (result.contains(name))
            result[name] += QStringLiteral(", ") + header.second;
        else
            result.insert(name, header.second);
    }
    return result;
}

std::optional<QChar> SipHeaders::dtmfFromInfo(const QString &contentType, const QByteArray &body)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    QString digit;
    if (type == QLatin1String("application/dtmf-relay")) {
        static const QRegularExpression signal(QStringLiteral("Signal\\s*=\\s*(\\S)"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto match = signal.match(QString::fromUtf8(body));
        if (match.hasMatch())
            digit = match.captured(1);
    } else if (type == QLatin1String("application/dtmf")) {
        digit = QString::fromUtf8(body).trimmed().left(1);
    }
    if (digit.size() != 1)
        return std::nullopt;
    // RFC 4733 event numbers 10/11 are sometimes sent for * and #.
    QChar c = digit.at(0).toUpper();
    if (!isValidDtmf(c))
        return std::nullopt;
    return c;
}

bool SipHeaders::isValidDtmf(QChar digit)
{
    return digit.isDigit() || digit == QLatin1Char('*') || digit == QLatin1Char('#') ||
           (digit >= QLatin1Char('A') && digit <= QLatin1Char('D'));
}

std::optional<SipHeaders::Replaces> SipHeaders::parseReplaces(const QString &value)
{
    const QStringList parts = value.trimmed().split(QLatin1Char(';'));
    if (parts.isEmpty() || parts.first().trimmed().isEmpty())
        return std::nullopt;
    Replaces replaces;
    replaces.callId = parts.first().trimmed();
    for (int i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const int eq = part.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? part : part.left(eq)).toLower();
        const QString paramValue = eq < 0 ? QString() : part.mid(eq + 1);
        if (name == QLatin1String("to-tag"))
            replaces.toTag = paramValue;
        else if (name == QLatin1String("from-tag"))
            replaces.fromTag = paramValue;
        else if (name == QLatin1String("early-only"))
            replaces.earlyOnly = true;
    }
    if (replaces.toTag.isEmpty() || replaces.fromTag.isEmpty())
        return std::nullopt;
    return replaces;
}

QString SipHeaders::formatReplaces(const Replaces &replaces)
{
    QString text = QStringLiteral("%1;to-tag=%2;from-tag=%3")
                       .arg(replaces.callId, replaces.toTag, replaces.fromTag);
    if (replaces.earlyOnly)
        text += QStringLiteral(";early-only");
    return text;
}

bool SipHeaders::format(const QMap<QString, QString> &headers, QString *lines, QString *error)
{
    // RFC 3261 token characters.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9\\-.!%*_+`'~]+$"));
    static const QStringList reserved{QStringLiteral("via"),
                                      QStringLiteral("from"),
                                      QStringLiteral("to"),
                                      QStringLiteral("call-id"),
                                      QStringLiteral("cseq"),
                                      QStringLiteral("contact"),
                                      QStringLiteral("content-length"),
                                      QStringLiteral("content-type"),
                                      QStringLiteral("max-forwards")};
    QString out;
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (!token.match(it.key()).hasMatch() || reserved.contains(it.key().toLower())) {
            *error = QStringLiteral("'%1' cannot be used as an extra header name").arg(it.key());
            return false;
        }
        if (it.value().contains(QLatin1Char('\r')) || it.value().contains(QLatin1Char('\n'))) {
            *error = QStringLiteral("the value of header '%1' spans several lines").arg(it.key());
            return false;
        }
        out += it.key() + QStringLiteral(": ") + it.value() + QStringLiteral("\r\n");
    }
    *lines = out;
    return true;
}

} // namespace relais::softphone

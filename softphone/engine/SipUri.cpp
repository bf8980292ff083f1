#include "SipUri.h"

#include <QRegularExpression>
#include <QUrl>

namespace relais::softphone {

SipUri SipUri::parse(const QString &input)
{
    SipUri uri;
    QString text = input.trimmed();
    const int open = text.indexOf(QLatin1Char('<'));
    if (open >= 0) {
        const int close = text.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            return uri;
        text = text.mid(open + 1, close - open - 1);
    }
    // scheme:[user[:password]@]host[:port][;params][?headers]
    static const QRegularExpression pattern(
        QStringLiteral("^(sips?):(?:([^@;?:]+)(?::[^@;?]*)?@)?(\\[[0-9A-Fa-f:.]+\\]|[^:;?@\\s]+)(?:"
                       ":(\\d{1,5}))?"
                       "((?:;[^?\\s]*)?)(?:\\?(\\S*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return uri;
    uri.scheme_ = match.captured(1).toLower();
    uri.user_ = match.captured(2);
    uri.host_ = match.captured(3);
    if (!match.captured(4).isEmpty()) {
        uri.port_ = match.captured(4).toInt();
        if (uri.port_ <= 0 || uri.port_ > 65535)
            return uri;
    }
    uri.params_ = match.captured(5);
    uri.headers_ = match.captured(6);
    uri.valid_ = !uri.host_.isEmpty();
    return uri;
}

QString SipUri::param(const QString &name) const
{
    const QStringList parts = params_.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? part : part.left(eq);
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return eq < 0 ? QString() : part.mid(eq + 1);
    }
    return QString();
}

bool SipUri::hasParam(const QString &name) const
{
    const QStringList parts = params_.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        if ((eq < 0 ? part : part.left(eq)).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SipUri::header(const QString &name) const
{
    const QStringList parts = headers_.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && part.left(eq).compare(name, Qt::CaseInsensitive) == 0)
            return QUrl::fromPercentEncoding(part.mid(eq + 1).toUtf8());
    }
    return QString();
}

QString SipUri::withoutHeaders() const
{
    QString text = scheme_ + QLatin1Char(':');
    if (!user_.isEmpty())
        text += user_ + QLatin1Char('@');
    text += host_;
    if (port_)
        text += QLatin1Char(':') + QString::number(port_);
    return text + params_;
}

QString SipUri::withTransport(const QString &transport) const
{
    if (transport.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0 ||
        hasParam(QStringLiteral("transport")))
        return withoutHeaders();
    return withoutHeaders() + QStringLiteral(";transport=") + transport;
}

} // namespace relais::softphone

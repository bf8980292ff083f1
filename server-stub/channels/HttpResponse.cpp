#include "channels/HttpResponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace relais::channels {

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, {{"error", QJsonObject{{"code", code}, {"message", message}}}});
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 400 ? "OK" : (status < 500 ? "Client Error" : "Server Error");
    }
}

QString HttpResponse::errorCode(int status)
{
    switch (status) {
    case 401:
        return QStringLiteral("unauthenticated");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("not_found");
    case 405:
        return QStringLiteral("method_not_allowed");
    case 408:
        return QStringLiteral("request_timeout");
    case 409:
        return QStringLiteral("conflict");
    case 411:
        return QStringLiteral("length_required");
    case 413:
        return QStringLiteral("payload_too_large");
    case 414:
        return QStringLiteral("uri_too_long");
    case 415:
        return QStringLiteral("unsupported_media_type");
    case 431:
        return QStringLiteral("headers_too_large");
    case 501:
        return QStringLiteral("not_implemented");
    case 503:
        return QStringLiteral("unavailable");
    case 505:
        return QStringLiteral("http_version_not_supported");
    default:
        return status >= 500 ? QStringLiteral("internal") : QStringLiteral("bad_request");
    }
}

QByteArray HttpResponse::serialise(bool keepAlive, bool headOnly) const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    // RFC 9110 IMF-fixdate, always in English.
    out += "Date: " +
           QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
               .toLatin1() +
           "\r\n";
    out += "Server: relais-dispatch\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += body;
    return out;
}

} // namespace relais::channels

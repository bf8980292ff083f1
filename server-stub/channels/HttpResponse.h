#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace relais::channels {

// A response to write. Content-Length, Date and Connection are added when it is serialised.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &body);
    // {"error":{"code":code,"message":message}}
    static HttpResponse error(int status, const QString &code, const QString &message);
    void setHeader(const QByteArray &name, const QByteArray &value);

    // The bytes on the wire. `headOnly` leaves the body out (HEAD) but keeps its length.
    QByteArray serialise(bool keepAlive, bool headOnly = false) const;
    static QByteArray reasonPhrase(int status);
    // The JSON error code for an HTTP status, e.g. 404 → "not_found".
    static QString errorCode(int status);
};

} // namespace relais::channels

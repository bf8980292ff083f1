#include "HttpClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

QJsonObject HttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::Response HttpClient::wait(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    reply->deleteLater();
    return r;
}

HttpClient::Response HttpClient::postRaw(const QString &path, const QByteArray &body,
                                         const QByteArray &contentType, const QString &token)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return wait(m_nam.post(req, body));
}

HttpClient::Response HttpClient::post(const QString &path, const QJsonObject &body)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                   m_token);
}

HttpClient::Response HttpClient::get(const QString &path)
{
    QNetworkRequest req(QUrl(m_base + path));
    req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return wait(m_nam.get(req));
}

QString HttpClient::createInteraction(const QString &channel, const QString &from,
                                      const QString &text, const QString &queue)
{
    QJsonObject body{{"channel", channel}, {"from", from}, {"text", text}};
    if (!queue.isEmpty())
        body.insert("queue", queue);
    const Response r = post("/api/v1/interactions", body);
    return r.status == 201 ? r.json().value("id").toString() : QString();
}

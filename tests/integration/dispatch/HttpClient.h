#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

// Blocking HTTP calls for the integration tests (channel API).
class HttpClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const;
    };
    explicit HttpClient(QString base, QString token = QStringLiteral("demo-connector-token"))
        : m_base(std::move(base)), m_token(std::move(token))
    {
    }
    Response post(const QString &path, const QJsonObject &body);
    Response postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                     const QString &token);
    Response get(const QString &path);
    // POST /api/v1/interactions → the new id (empty on failure)
    QString createInteraction(const QString &channel, const QString &from, const QString &text,
                              const QString &queue = {});

private:
    Response wait(class QNetworkReply *reply);
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_token;
};

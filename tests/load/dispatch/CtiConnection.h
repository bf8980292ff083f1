#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <functional>

// One CTI WebSocket: sends requests, routes each reply to the handler given with its request,
// and hands events on. Replies with ok=false come to the handler with the error object.
class CtiConnection : public QObject
{
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(bool ok, const QJsonObject &reply)>;

    explicit CtiConnection(const QUrl &url, QObject *parent = nullptr);

    void open();
    void close();
    void send(const QString &type, const QJsonObject &fields, ReplyHandler onReply);

    // "code: message" of an error reply.
    static QString errorText(const QJsonObject &reply);

signals:
    void helloReceived();
    void eventReceived(const QString &type, const QJsonObject &event);
    void lost(const QString &why);
    // A reply matching no request (e.g. rate_limited, whose id is null).
    void strayReply(const QString &error);

private:
    void onText(const QString &text);

    QUrl m_url;
    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QHash<qint64, ReplyHandler> m_pending;
    bool m_closing = false;
};

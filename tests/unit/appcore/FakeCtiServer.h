#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

class QWebSocket;
class QWebSocketServer;

// An in-process stand-in for relais-dispatch's /cti endpoint, for CtiClient's unit tests: says
// hello, records the requests, answers them through a handler, pushes events.
class FakeCtiServer : public QObject
{
    Q_OBJECT
public:
    // Returns the reply's fields (ok:true is added unless "ok" is set), or nullopt for no reply.
    using Handler = std::function<std::optional<QJsonObject>(const QJsonObject &request)>;

    explicit FakeCtiServer(QObject *parent = nullptr);
    ~FakeCtiServer() override;

    bool listen(quint16 port = 0);
    void stopListening();
    quint16 port() const { return m_port; }
    QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setProtocolVersion(int version) { m_protocol = version; }
    void setSendHello(bool send) { m_sendHello = send; }

    void sendEvent(const QString &type, const QJsonObject &body);
    void sendRaw(const QJsonObject &frame);
    void skipSeq(int count) { m_seq += count; }
    void dropClients(); // abort every connection (the crash case)
    int clientCount() const { return int(m_clients.size()); }
    QList<QJsonObject> requests() const { return m_requests; }
    QStringList requestTypes() const;
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const QJsonObject &request);

private:
    void onNewConnection();

    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    QList<QJsonObject> m_requests;
    Handler m_handler;
    quint16 m_port = 0;
    int m_protocol = 1;
    bool m_sendHello = true;
    qint64 m_seq = 1;
};

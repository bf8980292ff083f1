#include "FakeCtiServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>

FakeCtiServer::FakeCtiServer(QObject *parent) : QObject(parent)
{
    m_handler = [](const QJsonObject &) { return QJsonObject{}; };
}

FakeCtiServer::~FakeCtiServer()
{
    dropClients();
}

bool FakeCtiServer::listen(quint16 port)
{
    m_server = new QWebSocketServer(QStringLiteral("fake"), QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeCtiServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeCtiServer::stopListening()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

QUrl FakeCtiServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/cti").arg(m_port));
}

QStringList FakeCtiServer::requestTypes() const
{
    QStringList out;
    for (const QJsonObject &r : m_requests)
        out << r.value("type").toString();
    return out;
}

void FakeCtiServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        m_clients << socket;
        m_seq = 1;
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeOne(socket);
            socket->deleteLater();
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &t) {
            const QJsonObject request = QJsonDocument::fromJson(t.toUtf8()).object();
            m_requests << request;
            emit requestReceived(request);
            std::optional<QJsonObject> reply = m_handler(request);
            if (!reply || !m_clients.contains(socket))
                return;
            reply->insert("type", "reply");
            reply->insert("id", request.value("id"));
            if (!reply->contains("ok"))
                reply->insert("ok", true);
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(*reply).toJson(QJsonDocument::Compact)));
        });
        if (m_sendHello) {
            const QJsonObject hello{{"type", "hello"},
                                    {"server", "relais-dispatch"},
                                    {"protocol", m_protocol},
                                    {"serverId", QStringLiteral("fake-%1").arg(m_port)},
                                    {"role", "primary"}};
            socket->sendTextMessage(
                QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        }
    }
}

void FakeCtiServer::sendEvent(const QString &type, const QJsonObject &body)
{
    QJsonObject frame = body;
    frame.insert("type", type);
    frame.insert("seq", m_seq++);
    sendRaw(frame);
}

void FakeCtiServer::sendRaw(const QJsonObject &frame)
{
    const QString text = QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
    for (QWebSocket *s : std::as_const(m_clients))
        s->sendTextMessage(text);
}

void FakeCtiServer::dropClients()
{
    const QList<QWebSocket *> clients = m_clients;
    m_clients.clear();
    for (QWebSocket *s : clients) {
        s->abort();
        s->deleteLater();
    }
}

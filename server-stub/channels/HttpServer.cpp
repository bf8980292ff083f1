#include "channels/HttpServer.h"

#include <QTcpSocket>

namespace relais::channels {

HttpServer::HttpServer(HttpConnection::Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    m_server.close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= m_maxConnections) {
            // Tiny and fits the socket buffer, so the close does not wait on the client.
            socket->write(HttpResponse::error(503, QStringLiteral("unavailable"),
                                              QStringLiteral("too many connections"))
                              .serialise(false));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_handler, m_limits, m_timeouts, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
    }
}

} // namespace relais::channels

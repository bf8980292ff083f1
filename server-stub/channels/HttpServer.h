#pragma once

#include "channels/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace relais::channels {

// A small HTTP/1.1 server on QTcpServer for the connector API (see ChannelApi for why not
// Qt HttpServer 6.4). The handler runs on the event loop, once per complete request.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Apply to connections accepted afterwards.
    void setLimits(const HttpRequestParser::Limits &limits) { m_limits = limits; }
    void setTimeouts(const HttpConnection::Timeouts &timeouts) { m_timeouts = timeouts; }
    // Beyond this many open connections new ones get 503 and are closed.
    void setMaxConnections(int max) { m_maxConnections = max; }

    bool listen(const QHostAddress &address, quint16 port, QString *error); // port 0 = any
    quint16 port() const { return m_server.serverPort(); }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();

    HttpConnection::Handler m_handler;
    HttpRequestParser::Limits m_limits;
    HttpConnection::Timeouts m_timeouts;
    int m_maxConnections = 512;
    int m_connections = 0;
    QTcpServer m_server;
};

} // namespace relais::channels

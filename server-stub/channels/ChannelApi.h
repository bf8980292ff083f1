#pragma once

#include "channels/ChannelBackend.h"
#include "channels/HttpServer.h"

#include <QHostAddress>
#include <QObject>

namespace relais::channels {

// The connectors' HTTP API (docs/protocol.md, "Channel ingestion"):
//   POST /api/v1/interactions                     {channel, from, text?, subject?, queue?,
//   customerRef?} → 201 {id} POST /api/v1/interactions/{id}/messages       {text} → 201 {seq} GET
//   /api/v1/interactions/{id}/messages?after=N → 200 {messages: [...]} GET  /api/v1/health → 200
//   {status: "ok"}, no token
// Every request is validated completely before the backend is called, so a refused request
// changes nothing.
//
// Served by HttpServer (QTcpServer) rather than Qt HttpServer 6.4, which buffers a body of any
// size before a handler sees the request (no 413 before it has all arrived) and has no deadline for
// slow clients.
class ChannelApi : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBodyBytes = 256 * 1024;

    explicit ChannelApi(ChannelBackend &backend, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error); // port 0 = any
    quint16 port() const;
    // For limits and timeouts (tests, configuration).
    HttpServer &httpServer() { return m_server; }

    // One request to its response, without the network.
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse createInteraction(const QString &connector, const HttpRequest &request);
    HttpResponse addMessage(const QString &connector, const QString &id,
                            const HttpRequest &request);
    HttpResponse listMessages(const QString &connector, const QString &id,
                              const HttpRequest &request);

    ChannelBackend &m_backend;
    HttpServer m_server;
};

} // namespace relais::channels

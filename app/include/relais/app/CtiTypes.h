#pragma once

#include <relais/protocol/Enums.h>

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

// The value types CtiClient hands to its users: results of requests, events, tuning.
namespace relais::app {

// Why a request did not succeed.
struct CtiError
{
    enum class Kind {
        None,           // no error
        Server,         // the server answered ok:false (see code)
        Timeout,        // no reply within the request's timeout
        ConnectionLost, // sent, but the link dropped before the reply (may or may not have run)
        Offline,        // not sent: no connection and the request was not to be queued
        Cancelled,      // the client was closed (logout, quit) before it could be sent
    };
    Kind kind = Kind::None;
    std::optional<protocol::ErrorCode> code; // set for Kind::Server
    QString message;                         // the server's text, or a local tr() text

    bool isServer(protocol::ErrorCode c) const { return kind == Kind::Server && code == c; }
};

struct CtiResult
{
    bool ok = false;
    QJsonObject body; // the reply without type/id/ok
    CtiError error;
};

struct CtiEvent
{
    QString type;
    qint64 seq = 0;
    QJsonObject body;
    // When the frame arrived, on CtiClient::monotonicNs()'s clock: lets a consumer measure the
    // time from the frame to what it shows (screen-pop latency).
    qint64 receivedNs = 0;
};

struct RequestOptions
{
    int timeoutMs = 10000; // counted from the moment the frame is written to the socket
    // When true, a request made while the link is down (connecting, reconnecting, offline) waits
    // in a queue and goes out, in order, once the session is resumed. Chat replies use this.
    bool queueWhileOffline = false;
};

// Reconnection and heartbeat tuning (tests shorten these).
struct CtiTimings
{
    int connectTimeoutMs = 4000;    // TCP + WebSocket handshake + hello
    int heartbeatIntervalMs = 5000; // a ping when nothing was received for this long
    int heartbeatTimeoutMs = 5000;  // no frame at all this long after a ping: the link is dead
    int backoffInitialMs = 500;     // first retry delay on the same server
    int backoffMaxMs = 10000;       // cap of the delay between rounds
    int attemptsPerServer = 3;      // retries on the lost server before the next one
};

using CtiReplyHandler = std::function<void(const CtiResult &)>;
using CtiEventHandler = std::function<void(const CtiEvent &)>;

} // namespace relais::app

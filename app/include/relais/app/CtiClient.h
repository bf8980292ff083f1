#pragma once

#include "relais/app/CtiTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>

class QWebSocket;

namespace relais::app {

// The desk's link to relais-dispatch (docs/protocol.md): one WebSocket to ws://host:port/cti,
// chosen from a list of servers (the first that answers), with request/reply correlation,
// timeouts, typed errors, events dispatched by name, a heartbeat that notices a dead link, and
// on loss: reconnect with backoff, `resume` with the session token, then the next server.
//
// Requests made while the link is down fail at once with CtiError::Offline unless they ask to be
// queued (RequestOptions::queueWhileOffline); queued requests go out in order right after the
// session is resumed. A request in flight when the link drops fails with ConnectionLost: the
// caller decides whether to send it again (it may have run).
class CtiClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ConnectionState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QUrl currentServer READ currentServer NOTIFY stateChanged)
    Q_PROPERTY(bool onBackupServer READ onBackupServer NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY queuedCountChanged)
    Q_PROPERTY(qint64 roundTripMs READ roundTripMs NOTIFY heartbeat)

public:
    enum class ConnectionState {
        Disconnected, // not started, or closed on purpose (logout, session replaced)
        Connecting,   // first connection, trying the servers in order
        Connected,    // hello received (and session resumed when there was one)
        Reconnecting, // the link dropped; retrying (same server with backoff, then the next)
        Offline,      // every server failed; still retrying with a longer delay
    };
    Q_ENUM(ConnectionState)

    explicit CtiClient(QObject *parent = nullptr);
    ~CtiClient() override;

    // "ws://a:8433/cti,ws://b:8433/cti"; also accepts "host:port" and "wss://host" (path /cti
    // and port 8433 added when missing). Invalid items are skipped.
    static QList<QUrl> parseServerList(const QString &text);

    void setServers(const QList<QUrl> &servers);
    QList<QUrl> servers() const { return m_servers; }
    void setTimings(const CtiTimings &timings);
    const CtiTimings &timings() const { return m_timings; }

    // Starts connecting (no-op when already started). Keeps trying until close().
    void open();
    // Stops on purpose: no reconnection; in-flight and queued requests fail with Cancelled.
    void close();

    // The token from the login reply; used to `resume` after every reconnection.
    void setResumeToken(const QString &token) { m_token = token; }
    void clearResumeToken() { m_token.clear(); }
    bool hasResumeToken() const { return !m_token.isEmpty(); }

    // Sends a request; `done` runs once with the result unless `context` is destroyed first.
    // Returns the request id.
    qint64 request(const QString &type, const QJsonObject &fields, QObject *context,
                   CtiReplyHandler done, const RequestOptions &options = {});
    // Fire and forget (the reply is still awaited, errors are logged).
    qint64 send(const QString &type, const QJsonObject &fields = {},
                const RequestOptions &options = {});

    // Events by name ("interaction.offered"…); the handler lives as long as `context`.
    void subscribe(const QString &type, QObject *context, CtiEventHandler handler);

    ConnectionState state() const { return m_state; }
    QUrl currentServer() const;
    bool onBackupServer() const;
    QString statusText() const;
    int queuedCount() const { return int(m_queue.size()); }
    QJsonObject hello() const { return m_hello; }
    QString serverId() const { return m_hello.value(QStringLiteral("serverId")).toString(); }
    qint64 roundTripMs() const { return m_rttMs; }
    // Server clock minus local clock, estimated from ping replies (0 until the first one).
    qint64 serverClockOffsetMs() const { return m_clockOffsetMs; }
    // The server's "now" in epoch ms, as well as this client can tell.
    qint64 serverNowMs() const;

    // The clock CtiEvent::receivedNs is read from.
    static qint64 monotonicNs();

signals:
    void stateChanged(relais::app::CtiClient::ConnectionState state);
    // A new link is usable. `resumed` is true when a session was re-attached (see resumed()).
    void connected(const QUrl &server, bool resumed);
    // The link came back on another server than the one that was lost.
    void failedOver(const QUrl &from, const QUrl &to);
    // `resume` succeeded: the payload is the same shape as the login reply (state, open
    // interactions). Emitted before the queued requests are flushed.
    void resumed(const QJsonObject &payload);
    // `resume` was refused (the session expired): the user must log in again.
    void resumeRefused(const relais::app::CtiError &error);
    // The server said hello with a protocol version this client does not speak; it is skipped.
    void protocolMismatch(const QUrl &server, int serverVersion);
    // The server closed the session on purpose: "replaced", "logged_out", "server shutting down".
    void sessionClosed(const QString &reason);
    // Every event, after the handlers registered with subscribe().
    void eventReceived(const relais::app::CtiEvent &event);
    // An event's seq skipped some: the client resynchronises with a resume.
    void eventGap(qint64 expected, qint64 received);
    void queuedCountChanged(int count);
    void heartbeat(qint64 roundTripMs);

private:
    enum class Link { Idle, Opening, Resuming, Ready };
    enum class Mode { Initial, Reconnect, Offline };
    struct Pending
    {
        qint64 id = 0;
        QString type;
        QJsonObject fields;
        QPointer<QObject> context;
        bool hasContext = false;
        CtiReplyHandler done;
        RequestOptions options;
        qint64 deadlineMs = 0; // monotonic; 0 = none
        bool internal = false;
    };
    struct Subscription
    {
        QPointer<QObject> context;
        CtiEventHandler handler;
    };

    void setState(ConnectionState state);
    void attempt();
    void scheduleNextAttempt();
    void dropSocket();
    void onLinkDown();
    void onFrame(const QString &text);
    void continueFrames();
    void drainFrames();
    void onText(const QString &text, qint64 receivedNs);
    void onHello(const QJsonObject &hello);
    void onReply(const QJsonObject &reply);
    void onEvent(const QJsonObject &frame, qint64 receivedNs);
    void startResume(bool resync);
    void becomeReady(const QJsonObject *resumePayload);
    void sendNow(Pending p);
    void flushQueue();
    void finish(Pending &p, const CtiResult &result);
    void failAll(CtiError::Kind kind, bool includeQueued);
    void checkDeadlines();
    void sendPing();
    qint64 nowMs() const { return m_clock.elapsed(); }

    QList<QUrl> m_servers;
    CtiTimings m_timings;
    QString m_token;
    QWebSocket *m_socket = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;
    Link m_link = Link::Idle;
    Mode m_mode = Mode::Initial;
    bool m_running = false;
    int m_index = 0;         // the server being tried or used
    int m_attempts = 0;      // attempts made on m_index in this round
    int m_serversTried = 0;  // servers given up on in this round
    int m_offlineRounds = 0; // rounds failed since the link was last up
    QUrl m_lastServer;       // the last server a link was up with
    QJsonObject m_hello;
    qint64 m_nextId = 1;
    qint64 m_expectedSeq = 1;
    QHash<qint64, Pending> m_inFlight;
    std::deque<Pending> m_queue;
    QMultiHash<QString, Subscription> m_subscriptions;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_deadlineTimer;
    // Frames are handled in slices of at most kFrameSliceNs of work; a backlog (a burst, or the
    // desk descheduled for a moment) waits for the next event loop turn, so the window paints.
    struct InboxFrame
    {
        QString text;
        qint64 receivedNs;
    };
    static constexpr qint64 kFrameSliceNs = 8'000'000;
    std::deque<InboxFrame> m_inbox;
    bool m_sliceRunning = false;
    qint64 m_sliceStartNs = 0;
    QElapsedTimer m_clock;
    qint64 m_rttMs = 0;
    qint64 m_clockOffsetMs = 0;
};

} // namespace relais::app

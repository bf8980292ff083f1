#include "relais/app/CtiClient.h"

#include <relais/protocol/Frame.h>
#include <relais/protocol/Protocol.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcCtiClient, "relais.app.cti")

namespace relais::app {

using namespace relais::protocol;

namespace {
constexpr int kDeadlineTickMs = 100;
constexpr qint64 kMaxIncomingBytes = 8 * 1024 * 1024;

QElapsedTimer &processClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}
} // namespace

CtiClient::CtiClient(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CtiClient::attempt);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcCtiClient) << "no hello from" << currentServer() << "in time";
        onLinkDown();
    });
    m_heartbeatTimer.setSingleShot(true);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &CtiClient::sendPing);
    m_deadlineTimer.setInterval(kDeadlineTickMs);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &CtiClient::checkDeadlines);
}

CtiClient::~CtiClient()
{
    m_running = false;
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        delete m_socket;
        m_socket = nullptr;
    }
}

qint64 CtiClient::monotonicNs()
{
    return processClock().nsecsElapsed();
}

QList<QUrl> CtiClient::parseServerList(const QString &text)
{
    QList<QUrl> out;
    for (QString item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        if (!item.contains(QLatin1String("://")))
            item.prepend(QLatin1String("ws://"));
        QUrl url(item, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
            continue;
        if (url.port() < 0)
            url.setPort(kDefaultCtiPort);
        if (url.path().isEmpty() || url.path() == QLatin1String("/"))
            url.setPath(QLatin1String(kCtiPath));
        out << url;
    }
    return out;
}

void CtiClient::setServers(const QList<QUrl> &servers)
{
    m_servers = servers;
    if (m_index >= m_servers.size())
        m_index = 0;
}

void CtiClient::setTimings(const CtiTimings &timings)
{
    m_timings = timings;
}

QUrl CtiClient::currentServer() const
{
    if (m_servers.isEmpty())
        return {};
    return m_servers.value(m_index);
}

bool CtiClient::onBackupServer() const
{
    return m_state == ConnectionState::Connected && m_index > 0;
}

QString CtiClient::statusText() const
{
    const QString server = currentServer().authority();
    switch (m_state) {
    case ConnectionState::Disconnected:
        return tr("Déconnecté");
    case ConnectionState::Connecting:
        return tr("Connexion à %1…").arg(server);
    case ConnectionState::Connected:
        return onBackupServer() ? tr("Connecté au serveur de secours %1").arg(server)
                                : tr("Connecté à %1").arg(server);
    case ConnectionState::Reconnecting:
        return tr("Connexion perdue : reconnexion à %1…").arg(server);
    case ConnectionState::Offline:
        return tr("Hors ligne : aucun serveur ne répond, nouvel essai en cours");
    }
    return {};
}

qint64 CtiClient::serverNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

void CtiClient::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CtiClient::open()
{
    if (m_running)
        return;
    if (m_servers.isEmpty()) {
        qCWarning(lcCtiClient) << "no server to connect to";
        setState(ConnectionState::Offline);
        return;
    }
    m_running = true;
    m_mode = Mode::Initial;
    m_index = 0;
    m_attempts = 0;
    m_serversTried = 0;
    m_offlineRounds = 0;
    setState(ConnectionState::Connecting);
    attempt();
}

void CtiClient::close()
{
    m_running = false;
    m_retryTimer.stop();
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    if (m_socket) {
        QWebSocket *s = m_socket;
        disconnect(s, nullptr, this, nullptr);
        m_socket = nullptr;
        if (s->state() == QAbstractSocket::ConnectedState)
            s->close();
        else
            s->abort();
        s->deleteLater();
    }
    m_link = Link::Idle;
    failAll(CtiError::Kind::Cancelled, true);
    setState(ConnectionState::Disconnected);
}

void CtiClient::dropSocket()
{
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_inbox.clear(); // frames of a dropped link are not handled any more
    if (!m_socket)
        return;
    QWebSocket *s = m_socket;
    m_socket = nullptr;
    disconnect(s, nullptr, this, nullptr);
    s->abort();
    s->deleteLater();
}

void CtiClient::attempt()
{
    if (!m_running || m_servers.isEmpty())
        return;
    dropSocket();
    ++m_attempts;
    const QUrl url = m_servers.value(m_index);
    qCDebug(lcCtiClient) << "connecting to" << url << "attempt" << m_attempts;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    m_socket = socket;
    m_link = Link::Opening;
    m_hello = {};
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            onFrame(text);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        drainFrames(); // what came before the close is handled before the loss
        if (socket == m_socket)
            onLinkDown();
    });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket != m_socket)
                    return;
                qCDebug(lcCtiClient) << "socket error" << socket->errorString();
                // Errors after the handshake are followed by disconnected(); before it some are
                // not, so a failed opening is handled here.
                if (m_link == Link::Opening)
                    onLinkDown();
            });
    m_connectTimer.start(m_timings.connectTimeoutMs);
    socket->open(url);
}

void CtiClient::onLinkDown()
{
    const bool wasUp = m_link == Link::Ready || m_link == Link::Resuming;
    dropSocket();
    m_link = Link::Idle;
    // What was written may or may not have been executed: the caller decides.
    failAll(CtiError::Kind::ConnectionLost, false);
    if (!m_running) {
        failAll(CtiError::Kind::Cancelled, true);
        setState(ConnectionState::Disconnected);
        return;
    }
    if (wasUp) {
        qCInfo(lcCtiClient) << "link to" << currentServer() << "lost";
        m_mode = Mode::Reconnect;
        m_attempts = 0;
        m_serversTried = 0;
        setState(ConnectionState::Reconnecting);
    }
    scheduleNextAttempt();
}

void CtiClient::scheduleNextAttempt()
{
    const int count = int(m_servers.size());
    const int perServer = m_mode == Mode::Reconnect ? std::max(1, m_timings.attemptsPerServer) : 1;
    int delay = 0;
    if (m_attempts >= perServer) {
        m_index = (m_index + 1) % count;
        m_attempts = 0;
        ++m_serversTried;
    } else if (m_mode == Mode::Reconnect) {
        // The same server again: it may be restarting.
        delay = std::min(m_timings.backoffMaxMs,
                         m_timings.backoffInitialMs << std::min(m_attempts, 10));
    }
    if (m_serversTried >= count) {
        m_serversTried = 0;
        ++m_offlineRounds;
        m_mode = Mode::Offline;
        setState(ConnectionState::Offline);
        delay = std::min(m_timings.backoffMaxMs,
                         m_timings.backoffInitialMs << std::min(m_offlineRounds, 10));
    }
    m_retryTimer.start(delay);
}

void CtiClient::onFrame(const QString &text)
{
    const qint64 now = monotonicNs();
    if (m_inbox.empty() && (!m_sliceRunning || now - m_sliceStartNs < kFrameSliceNs)) {
        if (!m_sliceRunning) {
            m_sliceRunning = true;
            m_sliceStartNs = now;
            QTimer::singleShot(0, this, &CtiClient::continueFrames);
        }
        onText(text, now);
        return;
    }
    m_inbox.push_back({text, now});
}

void CtiClient::continueFrames()
{
    m_sliceRunning = false;
    if (m_inbox.empty())
        return;
    m_sliceRunning = true;
    m_sliceStartNs = monotonicNs();
    QTimer::singleShot(0, this, &CtiClient::continueFrames);
    while (!m_inbox.empty() && monotonicNs() - m_sliceStartNs < kFrameSliceNs) {
        InboxFrame f = std::move(m_inbox.front());
        m_inbox.pop_front();
        onText(f.text, f.receivedNs);
    }
}

void CtiClient::drainFrames()
{
    while (!m_inbox.empty()) {
        InboxFrame f = std::move(m_inbox.front());
        m_inbox.pop_front();
        onText(f.text, f.receivedNs);
    }
}

void CtiClient::onText(const QString &text, qint64 receivedNs)
{
    if (m_link == Link::Ready)
        m_heartbeatTimer.start(m_timings.heartbeatIntervalMs);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject()) {
        qCWarning(lcCtiClient) << "ignoring a frame that is not a JSON object:"
                               << error.errorString();
        return;
    }
    const QJsonObject frame = doc.object();
    const QString type = frame.value(QStringLiteral("type")).toString();
    if (type == QLatin1String(msg::Hello))
        onHello(frame);
    else if (type == QLatin1String(msg::Reply))
        onReply(frame);
    else if (!type.isEmpty())
        onEvent(frame, receivedNs);
}

void CtiClient::onHello(const QJsonObject &hello)
{
    if (m_link != Link::Opening)
        return;
    const int version = hello.value(QStringLiteral("protocol")).toInt(-1);
    if (version != kVersion) {
        qCWarning(lcCtiClient) << currentServer() << "speaks protocol" << version << "not"
                               << kVersion;
        emit protocolMismatch(currentServer(), version);
        onLinkDown();
        return;
    }
    m_connectTimer.stop();
    m_hello = hello;
    m_expectedSeq = 1;
    if (!m_token.isEmpty())
        startResume(false);
    else
        becomeReady(nullptr);
}

void CtiClient::startResume(bool resync)
{
    if (!resync)
        m_link = Link::Resuming;
    Pending p;
    p.id = m_nextId++;
    p.type = QLatin1String(msg::Resume);
    p.fields = {{"token", m_token}};
    p.internal = true;
    p.options.timeoutMs = m_timings.connectTimeoutMs * 2;
    p.done = [this, resync](const CtiResult &r) {
        if (r.ok) {
            if (resync)
                emit resumed(r.body);
            else
                becomeReady(&r.body);
            return;
        }
        if (r.error.kind == CtiError::Kind::Server) {
            qCInfo(lcCtiClient) << "resume refused:" << r.error.message;
            m_token.clear();
            if (!resync) {
                // Whatever waited for the session cannot be sent any more.
                failAll(CtiError::Kind::Cancelled, true);
                becomeReady(nullptr);
            }
            emit resumeRefused(r.error);
            return;
        }
        // Timeout: treat the link as dead. A lost link is already being handled.
        if (r.error.kind == CtiError::Kind::Timeout && m_socket)
            onLinkDown();
    };
    sendNow(std::move(p));
}

void CtiClient::becomeReady(const QJsonObject *resumePayload)
{
    m_link = Link::Ready;
    const QUrl server = currentServer();
    const bool failover = !m_lastServer.isEmpty() && m_lastServer != server;
    const QUrl from = m_lastServer;
    m_lastServer = server;
    m_mode = Mode::Reconnect;
    m_attempts = 0;
    m_serversTried = 0;
    m_offlineRounds = 0;
    qCInfo(lcCtiClient) << "connected to" << server << (resumePayload ? "(resumed)" : "");
    setState(ConnectionState::Connected);
    if (failover)
        emit failedOver(from, server);
    if (resumePayload)
        emit resumed(*resumePayload);
    emit connected(server, resumePayload != nullptr);
    flushQueue();
    if (m_link == Link::Ready)
        m_heartbeatTimer.start(m_timings.heartbeatIntervalMs);
}

void CtiClient::flushQueue()
{
    while (m_link == Link::Ready && !m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (p.hasContext && !p.context)
            continue;
        sendNow(std::move(p));
    }
    emit queuedCountChanged(int(m_queue.size()));
}

qint64 CtiClient::request(const QString &type, const QJsonObject &fields, QObject *context,
                          CtiReplyHandler done, const RequestOptions &options)
{
    Pending p;
    p.id = m_nextId++;
    p.type = type;
    p.fields = fields;
    p.context = context;
    p.hasContext = context != nullptr;
    p.done = std::move(done);
    p.options = options;
    const qint64 id = p.id;
    if (m_link == Link::Ready) {
        sendNow(std::move(p));
    } else if (options.queueWhileOffline && m_running) {
        m_queue.push_back(std::move(p));
        emit queuedCountChanged(int(m_queue.size()));
    } else {
        // Always answer asynchronously, like a reply would.
        QTimer::singleShot(0, this, [this, p = std::move(p)]() mutable {
            CtiResult r;
            r.error.kind = CtiError::Kind::Offline;
            r.error.message = tr("Pas de connexion au serveur");
            finish(p, r);
        });
    }
    return id;
}

qint64 CtiClient::send(const QString &type, const QJsonObject &fields,
                       const RequestOptions &options)
{
    return request(
        type, fields, nullptr,
        [type](const CtiResult &r) {
            if (!r.ok)
                qCWarning(lcCtiClient) << type << "failed:" << r.error.message;
        },
        options);
}

void CtiClient::sendNow(Pending p)
{
    if (!m_socket) {
        CtiResult r;
        r.error.kind = CtiError::Kind::Offline;
        r.error.message = tr("Pas de connexion au serveur");
        finish(p, r);
        return;
    }
    const QByteArray frame = encode(makeRequest(p.type, p.id, p.fields));
    p.deadlineMs = nowMs() + std::max(1, p.options.timeoutMs);
    const qint64 id = p.id;
    m_inFlight.insert(id, std::move(p));
    if (!m_deadlineTimer.isActive())
        m_deadlineTimer.start();
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void CtiClient::onReply(const QJsonObject &reply)
{
    const QJsonValue idValue = reply.value(QStringLiteral("id"));
    if (!idValue.isDouble()) {
        qCWarning(lcCtiClient) << "reply without id:" << reply;
        return;
    }
    const auto it = m_inFlight.find(qint64(idValue.toDouble()));
    if (it == m_inFlight.end())
        return; // timed out already
    Pending p = std::move(*it);
    m_inFlight.erase(it);
    CtiResult r;
    r.ok = reply.value(QStringLiteral("ok")).toBool();
    r.body = reply;
    r.body.remove(QStringLiteral("type"));
    r.body.remove(QStringLiteral("id"));
    r.body.remove(QStringLiteral("ok"));
    if (!r.ok) {
        const QJsonObject e = reply.value(QStringLiteral("error")).toObject();
        r.error.kind = CtiError::Kind::Server;
        r.error.code = errorCodeFromString(e.value(QStringLiteral("code")).toString());
        if (!r.error.code)
            r.error.code = ErrorCode::Internal;
        r.error.message = e.value(QStringLiteral("message")).toString();
    }
    finish(p, r);
}

void CtiClient::onEvent(const QJsonObject &frame, qint64 receivedNs)
{
    CtiEvent ev;
    ev.type = frame.value(QStringLiteral("type")).toString();
    ev.seq = qint64(frame.value(QStringLiteral("seq")).toDouble());
    ev.body = frame;
    ev.body.remove(QStringLiteral("type"));
    ev.body.remove(QStringLiteral("seq"));
    ev.receivedNs = receivedNs;

    bool gap = false;
    if (ev.seq > 0) {
        if (ev.seq != m_expectedSeq) {
            qCWarning(lcCtiClient) << "event seq" << ev.seq << "expected" << m_expectedSeq;
            emit eventGap(m_expectedSeq, ev.seq);
            gap = ev.seq > m_expectedSeq;
        }
        m_expectedSeq = ev.seq + 1;
    }

    if (ev.type == QLatin1String(msg::SessionClosed)) {
        const QString reason = ev.body.value(QStringLiteral("reason")).toString();
        // Another desk took over, or a supervisor logged us out: reconnecting would be wrong.
        if (reason == QLatin1String("replaced") || reason == QLatin1String("logged_out")) {
            m_running = false;
            m_token.clear();
        }
        emit sessionClosed(reason);
    }

    const QList<Subscription> subs = m_subscriptions.values(ev.type);
    // QMultiHash::values returns the most recently inserted first.
    for (auto it = subs.crbegin(); it != subs.crend(); ++it) {
        if (it->context)
            it->handler(ev);
    }
    emit eventReceived(ev);

    if (gap && !m_token.isEmpty() && m_link == Link::Ready)
        startResume(true);
}

void CtiClient::subscribe(const QString &type, QObject *context, CtiEventHandler handler)
{
    // Drop subscriptions whose context is gone, now and then.
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
        if (!it->context)
            it = m_subscriptions.erase(it);
        else
            ++it;
    }
    m_subscriptions.insert(type, Subscription{context, std::move(handler)});
}

void CtiClient::finish(Pending &p, const CtiResult &result)
{
    if (p.hasContext && !p.context)
        return;
    if (p.done)
        p.done(result);
}

void CtiClient::failAll(CtiError::Kind kind, bool includeQueued)
{
    QList<Pending> victims;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
        victims << std::move(*it);
    m_inFlight.clear();
    std::sort(victims.begin(), victims.end(),
              [](const Pending &a, const Pending &b) { return a.id < b.id; });
    if (includeQueued) {
        for (Pending &p : m_queue)
            victims << std::move(p);
        m_queue.clear();
        emit queuedCountChanged(0);
    }
    for (Pending &p : victims) {
        if (p.internal)
            continue;
        CtiResult r;
        r.error.kind = kind;
        r.error.message = kind == CtiError::Kind::ConnectionLost
                              ? tr("La connexion au serveur a été perdue")
                              : tr("Demande annulée");
        finish(p, r);
    }
    if (m_inFlight.isEmpty())
        m_deadlineTimer.stop();
}

void CtiClient::checkDeadlines()
{
    const qint64 now = nowMs();
    QList<Pending> expired;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it->deadlineMs && it->deadlineMs <= now) {
            expired << std::move(*it);
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    if (m_inFlight.isEmpty())
        m_deadlineTimer.stop();
    std::sort(expired.begin(), expired.end(),
              [](const Pending &a, const Pending &b) { return a.id < b.id; });
    for (Pending &p : expired) {
        CtiResult r;
        r.error.kind = CtiError::Kind::Timeout;
        r.error.message = tr("Le serveur n'a pas répondu à temps");
        finish(p, r);
    }
}

void CtiClient::sendPing()
{
    if (m_link != Link::Ready)
        return;
    Pending p;
    p.id = m_nextId++;
    p.type = QLatin1String(msg::Ping);
    p.internal = true;
    p.options.timeoutMs = m_timings.heartbeatTimeoutMs;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    QWebSocket *socket = m_socket;
    p.done = [this, sentAt, socket](const CtiResult &r) {
        if (r.ok) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            m_rttMs = now - sentAt;
            const qint64 serverNow = qint64(r.body.value(QStringLiteral("now")).toDouble());
            if (serverNow > 0)
                m_clockOffsetMs = serverNow - (sentAt + now) / 2;
            emit heartbeat(m_rttMs);
            return;
        }
        if (r.error.kind == CtiError::Kind::Timeout && socket == m_socket && m_socket) {
            qCWarning(lcCtiClient)
                << "no answer to ping from" << currentServer() << ": the link is dead";
            onLinkDown();
        }
    };
    sendNow(std::move(p));
}

} // namespace relais::app

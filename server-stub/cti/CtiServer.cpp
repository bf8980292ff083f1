#include "cti/CtiServer.h"

#include "cti/CtiSession.h"
#include "server/DispatchCore.h"

#include <relais/protocol/Protocol.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

Q_DECLARE_LOGGING_CATEGORY(lcCti)

namespace relais::cti {

using namespace relais::protocol;

namespace {
// Frames over the contract's 256 KiB are answered with bad_frame; the transport refuses (and
// closes on) anything beyond this much larger limit, so memory stays bounded.
constexpr quint64 kTransportLimit = 4 * 1024 * 1024;
} // namespace

CtiServer::CtiServer(server::DispatchCore &core, QObject *parent) : QObject(parent), m_core(core)
{
    connect(&core, &server::DispatchCore::toUser, this, &CtiServer::toUser);
    connect(&core, &server::DispatchCore::toSupervisors, this, &CtiServer::toSupervisors);
    connect(&core, &server::DispatchCore::broadcastSent, this, &CtiServer::onBroadcast);
    connect(&core, &server::DispatchCore::userSessionReplaced, this, &CtiServer::onUserReplaced);
    connect(&core, &server::DispatchCore::statsChanged, this, [this] { m_statsDirty = true; });
    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, &CtiServer::publishStats);
    m_statsTimer->start();
}

CtiServer::~CtiServer()
{
    closeAll();
}

bool CtiServer::listen(const QHostAddress &address, quint16 port,
                       const std::optional<QSslConfiguration> &tls, QString *error)
{
    m_secure = tls.has_value();
    m_server = new QWebSocketServer(QStringLiteral("relais-dispatch"),
                                    m_secure ? QWebSocketServer::SecureMode
                                             : QWebSocketServer::NonSecureMode,
                                    this);
    if (tls)
        m_server->setSslConfiguration(*tls);
    connect(m_server, &QWebSocketServer::newConnection, this, &CtiServer::onNewConnection);
    if (!m_server->listen(address, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 CtiServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void CtiServer::closeAll()
{
    const QList<CtiSession *> sessions = m_sessions;
    for (CtiSession *s : sessions)
        s->closeWith(QStringLiteral("server shutting down"));
    if (m_server)
        m_server->close();
}

void CtiServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (socket->requestUrl().path() != QLatin1String(kCtiPath)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("the CTI endpoint is %1").arg(kCtiPath));
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingFrameSize(kTransportLimit);
        socket->setMaxAllowedIncomingMessageSize(kTransportLimit);
        auto *session = new CtiSession(socket, m_core, this);
        m_sessions.append(session);
        connect(session, &CtiSession::closed, this, &CtiServer::onSessionClosed);
        connect(session, &CtiSession::authChanged, this, &CtiServer::onAuthChanged);
    }
}

void CtiServer::onAuthChanged(CtiSession *session, const QString &previousUser)
{
    if (!previousUser.isEmpty())
        m_byUser.remove(previousUser, session);
    if (session->isAuthenticated())
        m_byUser.insert(session->username(), session);
}

void CtiServer::onSessionClosed(CtiSession *session)
{
    m_sessions.removeOne(session);
    const QString user = session->username();
    if (!user.isEmpty()) {
        m_byUser.remove(user, session);
        if (!session->isRetired() && !m_byUser.contains(user))
            m_core.connectionLost(user);
    }
    session->deleteLater();
}

void CtiServer::toUser(const QString &username, const QString &type, const QJsonObject &body)
{
    const QList<CtiSession *> sessions = m_byUser.values(username);
    for (CtiSession *s : sessions)
        s->sendEvent(type, body);
}

void CtiServer::toSupervisors(const QString &type, const QJsonObject &body)
{
    for (CtiSession *s : std::as_const(m_sessions)) {
        if (s->isSupervising())
            s->sendEvent(type, body);
    }
}

void CtiServer::onBroadcast(const QString &team, const QJsonObject &body)
{
    for (CtiSession *s : std::as_const(m_sessions)) {
        if (!s->isAuthenticated())
            continue;
        if (!team.isEmpty()) {
            const std::optional<store::UserRecord> u = m_core.user(s->username());
            if (!u || u->team != team)
                continue;
        }
        s->sendEvent(QLatin1String(msg::Broadcast), body);
    }
}

void CtiServer::onUserReplaced(const QString &username, const QString &token)
{
    const QList<CtiSession *> sessions = m_byUser.values(username);
    for (CtiSession *s : sessions) {
        if (s->token() != token)
            s->closeWith(token.isEmpty() ? QStringLiteral("logged_out")
                                         : QStringLiteral("replaced"));
    }
}

void CtiServer::publishStats()
{
    bool anySupervisor = false;
    for (CtiSession *s : std::as_const(m_sessions))
        anySupervisor = anySupervisor || s->isSupervising();
    if (!anySupervisor)
        return;
    // Waiting times grow by themselves: while anyone waits the figures change every second.
    bool waiting = false;
    for (const QString &q : m_core.routing().queueNames())
        waiting = waiting || !m_core.routing().waiting(q).isEmpty();
    if (!m_statsDirty && !waiting)
        return;
    m_statsDirty = false;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    QJsonArray all;
    for (CtiSession *s : std::as_const(m_sessions)) {
        if (!s->isSupervising())
            continue;
        const QStringList &queues = s->supervisedQueues();
        if (queues.isEmpty() && all.isEmpty())
            all = m_core.queueStatsJson({});
        s->sendEvent(QLatin1String(msg::StatsQueues),
                     {{"at", at}, {"queues", queues.isEmpty() ? all : m_core.queueStatsJson(queues)}});
    }
}

} // namespace relais::cti

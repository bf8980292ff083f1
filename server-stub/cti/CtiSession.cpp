#include "cti/CtiSession.h"

#include "cti/CtiCommands.h"
#include "server/DispatchCore.h"

#include <relais/protocol/Protocol.h>

#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcCti, "relais.cti")

namespace relais::cti {

using namespace relais::protocol;

CtiSession::CtiSession(QWebSocket *socket, server::DispatchCore &core, QObject *parent)
    : QObject(parent), m_socket(socket), m_core(core),
      m_limiter(core.config().rateLimitPerSecond, core.config().rateLimitBurst)
{
    socket->setParent(this);
    m_peer = socket->peerAddress().toString();
    connect(socket, &QWebSocket::textMessageReceived, this, &CtiSession::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &CtiSession::onBinary);
    connect(socket, &QWebSocket::disconnected, this, &CtiSession::onDisconnected);
    QJsonObject hello{{"type", QLatin1String(msg::Hello)},
                      {"server", "relais-dispatch"},
                      {"protocol", kVersion},
                      {"serverId", core.serverId()},
                      {"role", "primary"}};
    socket->sendTextMessage(QString::fromUtf8(encode(hello)));
}

CtiSession::~CtiSession() = default;

void CtiSession::sendEvent(const QString &type, const QJsonObject &body)
{
    if (!m_socket)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(encode(makeEvent(type, ++m_seq, body))));
    // A voice offer's INVITE waits for this frame (OfferGate): on the wire now, not at the
    // next turn of the event loop.
    if (type == QLatin1String(msg::InteractionOffered))
        m_socket->flush();
}

void CtiSession::sendReply(const QJsonObject &reply)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(encode(reply)));
}

void CtiSession::sendError(std::optional<qint64> id, ErrorCode code, const QString &message)
{
    sendReply(makeErrorReply(id, code, message));
}

void CtiSession::setAuthenticated(const QString &username, const QString &token)
{
    const QString previous = std::exchange(m_username, username);
    m_token = token;
    emit authChanged(this, previous);
}

void CtiSession::clearAuthentication()
{
    const QString previous = std::exchange(m_username, QString());
    m_token.clear();
    m_supervising = false;
    emit authChanged(this, previous);
}

void CtiSession::setSupervising(bool on, const QStringList &queues)
{
    m_supervising = on;
    m_queues = queues;
}

void CtiSession::closeWith(const QString &reason)
{
    m_retired = true;
    sendEvent(QLatin1String(msg::SessionClosed), {{"reason", reason}});
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, reason);
}

void CtiSession::badFrame(std::optional<qint64> id, ErrorCode code, const QString &message)
{
    sendError(id, code, message);
    if (++m_badInRow >= kMaxBadFramesInRow && m_socket) {
        qCWarning(lcCti) << "closing" << m_peer << "after" << m_badInRow << "bad frames in a row";
        m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                        QStringLiteral("too many bad frames"));
    }
}

void CtiSession::onText(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    if (!m_limiter.allow()) {
        sendError(std::nullopt, ErrorCode::RateLimited,
                  QStringLiteral("too many requests: slow down"));
        return;
    }
    auto parsed = parseRequest(frame);
    if (const FrameError *e = std::get_if<FrameError>(&parsed)) {
        badFrame(e->id, e->code, e->message);
        return;
    }
    m_badInRow = 0;
    CtiCommands::handle(*this, m_core, std::get<Request>(parsed));
}

void CtiSession::onBinary(const QByteArray &)
{
    badFrame(std::nullopt, ErrorCode::BadFrame,
             QStringLiteral("binary frames are not accepted: send JSON text frames"));
}

void CtiSession::onDisconnected()
{
    emit closed(this);
}

} // namespace relais::cti

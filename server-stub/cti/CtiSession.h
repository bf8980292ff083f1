#pragma once

#include "cti/RateLimiter.h"

#include <relais/protocol/Enums.h>
#include <relais/protocol/Frame.h>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWebSocket;

namespace relais::server {
class DispatchCore;
}

namespace relais::cti {

// One WebSocket connection on /cti: framing, bad-frame counting, rate limit, event sequence,
// who is logged in on it. Verbs are handled by CtiCommands.
class CtiSession : public QObject
{
    Q_OBJECT
public:
    CtiSession(QWebSocket *socket, server::DispatchCore &core, QObject *parent = nullptr);
    ~CtiSession() override;

    void sendEvent(const QString &type, const QJsonObject &body);
    void sendReply(const QJsonObject &reply);
    void sendError(std::optional<qint64> id, protocol::ErrorCode code, const QString &message);
    // Ends the session from the server's side (replaced by a newer login, forced logout).
    void closeWith(const QString &reason);

    QString peer() const { return m_peer; }
    const QString &username() const { return m_username; }
    const QString &token() const { return m_token; }
    bool isAuthenticated() const { return !m_username.isEmpty(); }
    void setAuthenticated(const QString &username, const QString &token);
    void clearAuthentication();
    // Closed by the server on purpose: the agent is not "disconnected".
    bool isRetired() const { return m_retired; }

    bool isSupervising() const { return m_supervising; }
    const QStringList &supervisedQueues() const { return m_queues; }
    void setSupervising(bool on, const QStringList &queues = {});

signals:
    void closed(CtiSession *session);
    // Logged in, resumed or logged out: the server re-indexes it by user.
    void authChanged(CtiSession *session, const QString &previousUser);

private:
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onDisconnected();
    void badFrame(std::optional<qint64> id, protocol::ErrorCode code, const QString &message);

    QPointer<QWebSocket> m_socket;
    server::DispatchCore &m_core;
    RateLimiter m_limiter;
    QString m_peer;
    QString m_username;
    QString m_token;
    qint64 m_seq = 0;
    int m_badInRow = 0;
    bool m_supervising = false;
    bool m_retired = false;
    QStringList m_queues;
};

} // namespace relais::cti

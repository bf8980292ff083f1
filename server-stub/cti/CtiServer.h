#pragma once

#include <QHostAddress>
#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QTimer>
#include <QSslConfiguration>
#include <optional>

class QWebSocketServer;

namespace relais::server {
class DispatchCore;
}

namespace relais::cti {

class CtiSession;

// The /cti WebSocket endpoint: accepts connections, keeps the sessions, and fans the core's
// events out to the right ones (a user's own sessions, subscribed supervisors, broadcasts).
class CtiServer : public QObject
{
    Q_OBJECT
public:
    explicit CtiServer(server::DispatchCore &core, QObject *parent = nullptr);
    ~CtiServer() override;

    // TLS (wss://) when `tls` is given.
    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls, QString *error);
    quint16 port() const;
    bool isSecure() const { return m_secure; }
    int sessionCount() const { return int(m_sessions.size()); }
    void closeAll();

private:
    void onNewConnection();
    void onSessionClosed(CtiSession *session);
    void onAuthChanged(CtiSession *session, const QString &previousUser);
    void toUser(const QString &username, const QString &type, const QJsonObject &body);
    void toSupervisors(const QString &type, const QJsonObject &body);
    void onBroadcast(const QString &team, const QJsonObject &body);
    void onUserReplaced(const QString &username, const QString &token);
    void publishStats();

    server::DispatchCore &m_core;
    QWebSocketServer *m_server = nullptr;
    bool m_secure = false;
    QList<CtiSession *> m_sessions;
    QMultiHash<QString, CtiSession *> m_byUser;
    bool m_statsDirty = true;
    QTimer *m_statsTimer = nullptr;
};

} // namespace relais::cti

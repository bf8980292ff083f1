#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QWebSocket>

// A test client speaking the CTI contract over a real WebSocket.
class CtiClient : public QObject
{
    Q_OBJECT
public:
    explicit CtiClient(QObject *parent = nullptr);
    bool open(const QString &url, int timeoutMs = 5000); // waits for hello
    // Sends a request and waits for its reply (empty object on timeout).
    QJsonObject request(const QString &type, QJsonObject fields = {}, int timeoutMs = 5000);
    QJsonObject sendRaw(const QByteArray &frame, int timeoutMs = 5000); // the next reply
    // Sends `count` pings at once, waits for `count` replies and returns them (in arrival order).
    QList<QJsonObject> burst(int count, int timeoutMs = 10000);
    // Waits for the next event of this type (already received ones count), removes and returns it.
    QJsonObject waitEvent(const QString &type, int timeoutMs = 5000);
    // Same, but the event must match `predicate` on its body.
    QJsonObject waitEventWhere(const QString &type,
                               const std::function<bool(const QJsonObject &)> &predicate,
                               int timeoutMs = 5000);
    bool hasEvent(const QString &type) const;
    void clearEvents() { m_events.clear(); }
    // login + returns the reply
    QJsonObject login(const QString &user, const QString &password = QStringLiteral("demo"));
    bool waitClosed(int timeoutMs = 5000);
    void close() { m_socket.close(); }
    void abort() { m_socket.abort(); }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    const QJsonObject &hello() const { return m_hello; }
    QList<QJsonObject> events() const { return m_events; }
    QList<qint64> seqs() const { return m_seqs; }

private:
    void onText(const QString &text);

    QWebSocket m_socket;
    QJsonObject m_hello;
    QList<QJsonObject> m_replies;
    QList<QJsonObject> m_events;
    QList<qint64> m_seqs;
    qint64 m_nextId = 1;
};

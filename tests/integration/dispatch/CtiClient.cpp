#include "CtiClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

CtiClient::CtiClient(QObject *parent) : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(16 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CtiClient::onText);
}

void CtiClient::onText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value("type").toString();
    if (type == QLatin1String("hello"))
        m_hello = o;
    else if (type == QLatin1String("reply"))
        m_replies.append(o);
    else {
        m_events.append(o);
        m_seqs.append(o.value("seq").toInteger());
    }
}

bool CtiClient::open(const QString &url, int timeoutMs)
{
    m_socket.open(QUrl(url));
    QDeadlineTimer deadline(timeoutMs);
    while (m_hello.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    return !m_hello.isEmpty();
}

QJsonObject CtiClient::request(const QString &type, QJsonObject fields, int timeoutMs)
{
    const qint64 id = m_nextId++;
    fields.insert("type", type);
    fields.insert("id", id);
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (qsizetype i = 0; i < m_replies.size(); ++i) {
            if (m_replies[i].value("id").toInteger() == id)
                return m_replies.takeAt(i);
        }
        QTest::qWait(5);
    }
    return {};
}

QJsonObject CtiClient::sendRaw(const QByteArray &frame, int timeoutMs)
{
    m_replies.clear();
    m_socket.sendTextMessage(QString::fromUtf8(frame));
    QDeadlineTimer deadline(timeoutMs);
    while (m_replies.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    return m_replies.isEmpty() ? QJsonObject() : m_replies.takeFirst();
}

QList<QJsonObject> CtiClient::burst(int count, int timeoutMs)
{
    m_replies.clear();
    for (int i = 0; i < count; ++i) {
        const QJsonObject ping{{"type", "ping"}, {"id", m_nextId++}};
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(ping).toJson(QJsonDocument::Compact)));
    }
    QDeadlineTimer deadline(timeoutMs);
    while (m_replies.size() < count && !deadline.hasExpired())
        QTest::qWait(5);
    QList<QJsonObject> replies;
    replies.swap(m_replies);
    return replies;
}

QJsonObject CtiClient::waitEventWhere(const QString &type,
                                      const std::function<bool(const QJsonObject &)> &predicate,
                                      int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    do {
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (m_events[i].value("type").toString() == type && predicate(m_events[i]))
                return m_events.takeAt(i);
        }
        QTest::qWait(5);
    } while (!deadline.hasExpired());
    return {};
}

QJsonObject CtiClient::waitEvent(const QString &type, int timeoutMs)
{
    return waitEventWhere(
        type, [](const QJsonObject &) { return true; }, timeoutMs);
}

bool CtiClient::hasEvent(const QString &type) const
{
    for (const QJsonObject &e : m_events) {
        if (e.value("type").toString() == type)
            return true;
    }
    return false;
}

QJsonObject CtiClient::login(const QString &user, const QString &password)
{
    return request("login", {{"user", user}, {"password", password}}, 10000);
}

bool CtiClient::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        QTest::qWait(10);
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

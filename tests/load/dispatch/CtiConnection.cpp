#include "CtiConnection.h"

#include "relais/protocol/Frame.h"
#include "relais/protocol/Protocol.h"

#include <QJsonDocument>

namespace msg = relais::protocol::msg;

CtiConnection::CtiConnection(const QUrl &url, QObject *parent) : QObject(parent), m_url(url)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &CtiConnection::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_closing)
            emit lost(QStringLiteral("disconnected: %1 %2")
                          .arg(int(m_socket.closeCode()))
                          .arg(m_socket.closeReason()));
    });
    // Qt 6.4 has no errorOccurred() yet: the overloaded error() signal.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (!m_closing && m_socket.state() != QAbstractSocket::ConnectedState)
                    emit lost(m_socket.errorString());
            });
}

void CtiConnection::open()
{
    m_closing = false;
    m_socket.open(m_url);
}

void CtiConnection::close()
{
    m_closing = true;
    m_pending.clear();
    m_socket.close();
}

void CtiConnection::send(const QString &type, const QJsonObject &fields, ReplyHandler onReply)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, std::move(onReply));
    m_socket.sendTextMessage(QString::fromUtf8(
        relais::protocol::encode(relais::protocol::makeRequest(type, id, fields))));
}

QString CtiConnection::errorText(const QJsonObject &reply)
{
    const QJsonObject e = reply.value(QLatin1String("error")).toObject();
    return e.value(QLatin1String("code")).toString() + QLatin1String(": ") +
           e.value(QLatin1String("message")).toString();
}

void CtiConnection::onText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String(msg::Reply)) {
        const auto it = m_pending.find(o.value(QLatin1String("id")).toInteger(-1));
        if (it == m_pending.end()) {
            emit strayReply(errorText(o));
            return;
        }
        ReplyHandler handler = std::move(it.value());
        m_pending.erase(it);
        if (handler)
            handler(o.value(QLatin1String("ok")).toBool(), o);
    } else if (type == QLatin1String(msg::Hello)) {
        emit helloReceived();
    } else if (!type.isEmpty()) {
        emit eventReceived(type, o);
    }
}

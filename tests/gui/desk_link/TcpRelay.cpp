#include "TcpRelay.h"

bool TcpRelay::start(quint16 targetPort)
{
    m_target = targetPort;
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onConnection);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpRelay::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        // What the client sends before the upstream is connected waits in the client's buffer.
        connect(upstream, &QTcpSocket::connected, this,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(client, &QTcpSocket::readyRead, this, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, this,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, upstream] { drop(upstream); });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void TcpRelay::drop(QTcpSocket *either)
{
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const Pair p = m_pairs[i];
        if (p.client != either && p.upstream != either)
            continue;
        m_pairs.removeAt(i);
        p.client->abort();
        p.upstream->abort();
        p.client->deleteLater();
        p.upstream->deleteLater();
        return;
    }
}

void TcpRelay::cut()
{
    const QList<Pair> pairs = std::exchange(m_pairs, {});
    for (const Pair &p : pairs) {
        p.client->abort();
        p.upstream->abort();
        p.client->deleteLater();
        p.upstream->deleteLater();
    }
}

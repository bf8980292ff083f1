#pragma once
// A TCP relay on loopback standing for the network between a desk and its server: every
// connection made to it is carried to the target port, until cut() drops them all at once (as
// a switch that reboots would); new connections are carried again.
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

class TcpRelay : public QObject
{
    Q_OBJECT
public:
    bool start(quint16 targetPort);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void cut();
    [[nodiscard]] int connections() const { return int(m_pairs.size()); }

private:
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
    };
    void onConnection();
    void drop(QTcpSocket *either);

    QTcpServer m_server;
    quint16 m_target = 0;
    QList<Pair> m_pairs;
};

#include "FakeRegistrar.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

FakeRegistrar::FakeRegistrar(int grantSeconds) : grantSeconds_(grantSeconds)
{
    clock_.start();
    context_ = new QObject;
    context_->moveToThread(&thread_);
    thread_.start();
    QMetaObject::invokeMethod(
        context_,
        [this] {
            socket_ = new QUdpSocket;
            socket_->bind(QHostAddress::LocalHost, 0);
            port_ = socket_->localPort();
            QObject::connect(socket_, &QUdpSocket::readyRead, socket_,
                             [this] { readPending(socket_); });
        },
        Qt::BlockingQueuedConnection);
}

FakeRegistrar::~FakeRegistrar()
{
    QMetaObject::invokeMethod(
        context_,
        [this] {
            delete socket_;
            context_->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

QString FakeRegistrar::uri() const
{
    return QStringLiteral("sip:127.0.0.1:%1").arg(port_);
}

int FakeRegistrar::registers() const
{
    QMutexLocker lock(&mutex_);
    return int(registerTimesMs_.size());
}

QList<qint64> FakeRegistrar::registerTimesMs() const
{
    QMutexLocker lock(&mutex_);
    return registerTimesMs_;
}

void FakeRegistrar::readPending(QUdpSocket *socket)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram();
        const QByteArray data = datagram.data();
        if (data.trimmed().isEmpty()) {
            ++keepAlives_;
            continue;
        }
        if (!data.startsWith("REGISTER "))
            continue;
        {
            QMutexLocker lock(&mutex_);
            registerTimesMs_.append(clock_.elapsed());
        }
        const QString text = QString::fromUtf8(data);
        const bool goodbye = text.contains(QLatin1String("expires=0"));
        if (goodbye)
            ++unregisters_;
        if (silent_)
            continue;
        QString reply = QStringLiteral("SIP/2.0 200 OK\r\n");
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        for (const QString &line : lines) {
            const QString name = line.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
            if (name == QLatin1String("via") || name == QLatin1String("from") ||
                name == QLatin1String("call-id") || name == QLatin1String("cseq"))
                reply += line + QStringLiteral("\r\n");
            else if (name == QLatin1String("to"))
                reply += line + QStringLiteral(";tag=fake1\r\n");
            else if (name == QLatin1String("contact") && !goodbye)
                reply += line.section(QLatin1Char(';'), 0, 0) +
                         QStringLiteral(";expires=%1\r\n").arg(grantSeconds_);
        }
        reply += QStringLiteral("Content-Length: 0\r\n\r\n");
        socket->writeDatagram(reply.toUtf8(), datagram.senderAddress(), datagram.senderPort());
    }
}

#pragma once
// A registrar small enough to steer from a test: UDP on loopback, answers REGISTER with 200
// and the expiry it is told to grant (no authentication), or says nothing at all when silent.
// Counts CRLF keep-alives and remembers when each REGISTER came. It runs on a thread of its
// own, so it keeps answering while the test thread waits in Softphone::stop().
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QThread>
#include <atomic>

class QUdpSocket;

class FakeRegistrar
{
public:
    explicit FakeRegistrar(int grantSeconds = 60);
    ~FakeRegistrar();

    [[nodiscard]] quint16 port() const { return port_; }
    [[nodiscard]] QString uri() const;
    void setSilent(bool silent) { silent_ = silent; }

    [[nodiscard]] int registers() const;
    [[nodiscard]] QList<qint64> registerTimesMs() const;
    [[nodiscard]] int unregisters() const { return unregisters_; }
    [[nodiscard]] int keepAlives() const { return keepAlives_; }

private:
    void readPending(QUdpSocket *socket);

    QThread thread_;
    QObject *context_ = nullptr;   // lives on thread_; the socket is made and used there
    QUdpSocket *socket_ = nullptr; // lives on thread_
    quint16 port_ = 0;
    QElapsedTimer clock_;
    const int grantSeconds_;
    std::atomic<bool> silent_{false};
    mutable QMutex mutex_;
    QList<qint64> registerTimesMs_;
    std::atomic<int> unregisters_{0};
    std::atomic<int> keepAlives_{0};
};

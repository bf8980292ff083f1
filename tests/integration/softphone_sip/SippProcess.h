#pragma once
// Runs one sipp scenario (Debian's sip-tester) on loopback for a test and collects what it
// says. The process is killed if the test ends first.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class SippProcess
{
public:
    SippProcess();
    ~SippProcess();

    // As a server (UAS) on 127.0.0.1:port; transport "u1", "t1"...
    bool startServer(const QString &scenario, quint16 port, const QStringList &extra = {},
                     const QString &transport = QStringLiteral("u1"));
    // As a client (UAC) calling 127.0.0.1:remotePort from localPort.
    bool startClient(const QString &scenario, quint16 remotePort, quint16 localPort,
                     const QStringList &extra = {});

    bool waitForFinished(int ms);
    [[nodiscard]] bool succeeded() const; // exited 0: every call went as the scenario says
    [[nodiscard]] int exitCode() const;
    [[nodiscard]] QString report() const; // output and the message trace, for QVERIFY2

    static QString scenarioPath(const QString &name);
    static quint16 freeUdpPort();
    static quint16 freeTcpPort();

private:
    bool start(const QString &scenario, const QStringList &arguments);

    QProcess process_;
    QTemporaryDir dir_;
};

#include "SippProcess.h"

#include <QFile>
#include <QTcpServer>
#include <QUdpSocket>

SippProcess::SippProcess()
{
    process_.setProcessChannelMode(QProcess::MergedChannels);
}

SippProcess::~SippProcess()
{
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(5000);
    }
}

QString SippProcess::scenarioPath(const QString &name)
{
    return QStringLiteral(RELAIS_SIPP_SCENARIOS "/") + name;
}

quint16 SippProcess::freeUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

quint16 SippProcess::freeTcpPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool SippProcess::start(const QString &scenario, const QStringList &arguments)
{
    process_.setWorkingDirectory(dir_.path());
    QStringList all{QStringLiteral("-sf"),
                    scenarioPath(scenario),
                    QStringLiteral("-i"),
                    QStringLiteral("127.0.0.1"),
                    QStringLiteral("-m"),
                    QStringLiteral("1"),
                    QStringLiteral("-nostdin"),
                    QStringLiteral("-timeout"),
                    QStringLiteral("40s"),
                    QStringLiteral("-timeout_error"),
                    QStringLiteral("-trace_msg"),
                    QStringLiteral("-message_file"),
                    dir_.filePath(QStringLiteral("messages.log")),
                    QStringLiteral("-trace_err"),
                    QStringLiteral("-error_file"),
                    dir_.filePath(QStringLiteral("errors.log"))};
    all += arguments;
    process_.start(QStringLiteral("sipp"), all);
    return process_.waitForStarted(5000);
}

bool SippProcess::startServer(const QString &scenario, quint16 port, const QStringList &extra,
                              const QString &transport)
{
    return start(scenario, QStringList{QStringLiteral("-p"), QString::number(port),
                                       QStringLiteral("-t"), transport} +
                               extra);
}

bool SippProcess::startClient(const QString &scenario, quint16 remotePort, quint16 localPort,
                              const QStringList &extra)
{
    return start(scenario, QStringList{QStringLiteral("127.0.0.1:%1").arg(remotePort),
                                       QStringLiteral("-p"), QString::number(localPort)} +
                               extra);
}

bool SippProcess::waitForFinished(int ms)
{
    return process_.state() == QProcess::NotRunning || process_.waitForFinished(ms);
}

bool SippProcess::succeeded() const
{
    return process_.state() == QProcess::NotRunning &&
           process_.exitStatus() == QProcess::NormalExit && process_.exitCode() == 0;
}

int SippProcess::exitCode() const
{
    return process_.exitCode();
}

QString SippProcess::report() const
{
    auto read = [this](const QString &name) {
        QFile file(dir_.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString output = QString::fromUtf8(const_cast<QProcess &>(process_).readAll());
    if (qEnvironmentVariableIsSet("RELAIS_SIPP_DUMP")) {
        QFile dump(qEnvironmentVariable("RELAIS_SIPP_DUMP"));
        if (dump.open(QIODevice::Append))
            dump.write((read(QStringLiteral("messages.log")) + output).toUtf8());
    }
    return QStringLiteral("sipp exit %1\n--- errors\n%2\n--- messages\n%3\n--- output (tail)\n%4")
        .arg(process_.exitCode())
        .arg(read(QStringLiteral("errors.log")), read(QStringLiteral("messages.log")),
             output.right(1500));
}

#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(const QString &dbUrl, const QStringList &extra)
{
    m_output.clear();
    m_cti = m_http = m_sip = 0;
    // RELAIS_DISPATCH_UNDER_TEST runs the suites against another build (a sanitizer's, say).
    m_process.setProgram(
        qEnvironmentVariable("RELAIS_DISPATCH_UNDER_TEST", QStringLiteral(RELAIS_DISPATCH_BIN)));
    m_process.setArguments(QStringList{"--demo", "--db", dbUrl, "--listen-cti", "127.0.0.1:0",
                                       "--listen-http", "127.0.0.1:0", "--listen-sip",
                                       "127.0.0.1:0"} +
                           extra);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        const qsizetype at = m_output.indexOf(QLatin1String("READY "));
        if (at >= 0) {
            const qsizetype end = m_output.indexOf(QLatin1Char('\n'), at);
            if (end < 0)
                continue;
            const QJsonObject o =
                QJsonDocument::fromJson(m_output.mid(at + 6, end - at - 6).toUtf8()).object();
            m_cti = quint16(o.value("cti").toInt());
            m_http = quint16(o.value("http").toInt());
            m_sip = quint16(o.value("sip").toInt());
            return m_cti && m_http;
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
    return false;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool ServerProcess::terminate()
{
    m_process.terminate();
    const bool finished = m_process.waitForFinished(10000);
    m_output += QString::fromUtf8(m_process.readAll());
    return finished && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QString ServerProcess::ctiUrl() const
{
    return QStringLiteral("ws://127.0.0.1:%1/cti").arg(m_cti);
}

QString ServerProcess::httpBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_http);
}

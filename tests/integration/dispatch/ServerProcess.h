#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a real relais-dispatch for the integration tests, on ports the system picks.
class ServerProcess
{
public:
    ~ServerProcess();
    // Starts `relais-dispatch --demo --db DB [extra…]` and waits for its READY line.
    bool start(const QString &dbUrl, const QStringList &extra = {});
    void kill();      // SIGKILL: the crash case
    bool terminate(); // SIGTERM: must exit cleanly (exit code 0) within a few seconds
    quint16 ctiPort() const { return m_cti; }
    quint16 httpPort() const { return m_http; }
    quint16 sipPort() const { return m_sip; } // 0 without --listen-sip
    QString ctiUrl() const;
    QString httpBase() const;
    QString output() const { return m_output; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_output;
    quint16 m_cti = 0;
    quint16 m_http = 0;
    quint16 m_sip = 0;
};

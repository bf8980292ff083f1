#include "PulseServer.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QThread>

PulseServer::~PulseServer()
{
    stop();
}

QString PulseServer::pactl(const QStringList &args) const
{
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool PulseServer::start(const QStringList &sinks, QString *error)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (daemon.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty()) {
        *error = QStringLiteral("PulseAudio (pulseaudio, pulseaudio-utils) is not installed");
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    m_server = QStringLiteral("unix:") + socket;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", m_dir.path());
    env.insert("XDG_RUNTIME_DIR", m_dir.path());
    env.insert("PULSE_RUNTIME_PATH", m_dir.filePath("runtime"));
    env.insert("PULSE_STATE_PATH", m_dir.filePath("state"));
    m_daemon.setProcessEnvironment(env);
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_dir.filePath(QStringLiteral("pulseaudio.log")));
    QStringList args{"-n",
                     "--daemonize=no",
                     "--exit-idle-time=30",
                     "--disable-shm=yes",
                     "--use-pid-file=no",
                     "--log-target=stderr",
                     "-L",
                     "module-native-protocol-unix auth-anonymous=1 socket=" + socket};
    for (const QString &sink : sinks) {
        args << "-L"
             << QStringLiteral("module-null-sink sink_name=%1 norewinds=1 "
                               "sink_properties=device.description=%1")
                    .arg(sink);
        args << "-L"
             << QStringLiteral("module-remap-source master=%1.monitor source_name=%1_mic "
                               "source_properties=device.description=%1_mic")
                    .arg(sink);
    }
    m_daemon.start(daemon, args);
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("pulseaudio did not start");
        return false;
    }
    qputenv("PULSE_SERVER", m_server.toUtf8());
    qputenv("HOME", m_dir.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!pactl({QStringLiteral("info")}).isEmpty())
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("pulseaudio never answered");
    return false;
}

void PulseServer::stop()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
}

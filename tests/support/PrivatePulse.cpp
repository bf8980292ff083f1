#include "PrivatePulse.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

PrivatePulse::~PrivatePulse()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000)) {
        m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivatePulse::start(QString *error, bool *missing)
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    *missing =
        daemon.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty();
    if (*missing) {
        *error = QStringLiteral("PulseAudio (pulseaudio, pulseaudio-utils) is not installed");
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("PULSE_RUNTIME_PATH"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("PULSE_STATE_PATH"), m_dir.filePath(QStringLiteral("state")));
    m_daemon.setProcessEnvironment(env);
    // Its log goes to a file: a pipe nobody reads would fill up and stall the daemon.
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_dir.filePath(QStringLiteral("pulseaudio.log")));
    // --exit-idle-time: should the test die, the daemon leaves a minute after nobody is
    // connected (long enough for a test that sets up a server before it plays).
    m_daemon.start(daemon, {"-n", "--daemonize=no", "--exit-idle-time=60", "--disable-shm=yes",
                            "--use-pid-file=no", "--log-target=stderr", "-L",
                            "module-native-protocol-unix auth-anonymous=1 socket=" + socket, "-L",
                            "module-null-sink sink_name=relais_speakers "
                            "sink_properties=device.description=Speakers"});
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("pulseaudio did not start: ") + m_daemon.errorString();
        return false;
    }
    const QString server = QStringLiteral("unix:") + socket;
    qputenv("PULSE_SERVER", server.toUtf8());
    qputenv("HOME", m_dir.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    // Ready once pactl reaches it.
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        QProcess pactl;
        pactl.start(QStringLiteral("pactl"), {QStringLiteral("info")});
        if (pactl.waitForFinished(5000) && pactl.exitCode() == 0)
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("pulseaudio does not answer\n") + log();
    return false;
}

QString PrivatePulse::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("pulseaudio.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

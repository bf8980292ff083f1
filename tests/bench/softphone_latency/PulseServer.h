#pragma once
// A private PulseAudio daemon for a benchmark: its own socket and state in a temporary
// directory, null sinks (each with a remapped source, since Qt lists no monitor sources),
// and this process's environment pointed at it (PULSE_SERVER, HOME, XDG_RUNTIME_DIR), so
// Qt Multimedia and child processes (baresip through ALSA's pulse plugin) both use it.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class PulseServer
{
public:
    PulseServer() = default;
    ~PulseServer();
    PulseServer(const PulseServer &) = delete;
    PulseServer &operator=(const PulseServer &) = delete;

    // Starts the daemon with one null sink per name ("<name>", its monitor "<name>.monitor"
    // and a source "<name>_mic" that hears it).
    bool start(const QStringList &sinks, QString *error);
    void stop();
    [[nodiscard]] QString server() const { return m_server; }
    QString pactl(const QStringList &args) const;

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_server;
};

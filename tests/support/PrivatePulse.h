#pragma once
// A private PulseAudio daemon for a test, on a Unix socket in the test's folder, with one null
// sink ("Speakers") as the default output: Qt Multimedia then has a device on a machine without
// a sound card, and what plays on it advances in real time. The process environment points
// Qt at it (PULSE_SERVER, HOME, XDG_RUNTIME_DIR): start it before the first use of
// QMediaDevices. Stopped (terminated, then killed) with the object.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class PrivatePulse
{
public:
    ~PrivatePulse();
    // False with a reason; `missing` set when pulseaudio/pactl are not installed.
    bool start(QString *error, bool *missing);
    [[nodiscard]] QString log() const;

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
};

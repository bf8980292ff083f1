#pragma once
// A callback with a real recorded request, made as a caller makes it: relais-dispatch --demo
// with queue general overflowing to callback after 2 s (recordings in the test's folder) and a
// sipp caller on the trunk who presses 1 (RFC 4733), speaks for 7 s (g711a.pcap), presses # and
// is thanked. For the desk's tests of recordings (player, widgets).
#include "ServerProcess.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

class RecordedCallback
{
public:
    // Starts the server, runs the caller and waits for the callback. False with a reason (the
    // server's output included); `skip` set when sipp is not installed.
    bool make(QTemporaryDir &dir, const QString &name, QString *error, bool *skip);

    ServerProcess server;
    QJsonObject callback; // as callback.list gives it
    QString recordingPath;
};

#pragma once

#include <QStringList>
#include <QUrl>
#include <optional>

// relais-load's command line. Only loopback targets are accepted: this tool loads a server
// running on this machine, nothing else.
struct LoadOptions
{
    QUrl cti;
    QUrl http;
    int agents = 100;
    QString userPrefix = QStringLiteral("loadagent");
    QString password;
    double rate = 10.0;   // interactions created per second
    double duration = 30; // seconds of posting
    int supervisors = 0;
    QString supervisorPrefix = QStringLiteral("loadsup");
    QString channel = QStringLiteral("chat");
    QStringList queues; // round-robin; empty: the channel's default queue
    QString token = QStringLiteral("demo-connector-token");
    qint64 serverPid = 0;
    int loginWindow = 16;  // logins in flight at once
    int handleMinMs = 300; // random handle time, accept → end
    int handleMaxMs = 3000;
    int customers = 2000;     // distinct callers
    double drainSeconds = 15; // after posting stops, time left for the last ones to close
    double connectTimeout = 600;
    double breaksPerSecond = 0; // while posting: idle agents taking a short break (state churn)
};

// nullopt after printing the problem (or the help) to stderr; *exitCode tells which.
std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, int *exitCode);

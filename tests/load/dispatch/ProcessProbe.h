#pragma once

#include <QtGlobal>
#include <optional>

// Reads another process's resident memory and CPU time from /proc (Linux).
class ProcessProbe
{
public:
    explicit ProcessProbe(qint64 pid) : m_pid(pid) {}

    bool isValid() const { return m_pid > 0; }
    // VmRSS from /proc/PID/status, in KiB.
    std::optional<qint64> rssKiB() const;
    // utime + stime from /proc/PID/stat, in seconds.
    std::optional<double> cpuSeconds() const;

private:
    qint64 m_pid;
};

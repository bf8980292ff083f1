#include "ProcessProbe.h"

#include <QFile>
#include <QList>
#include <unistd.h>

std::optional<qint64> ProcessProbe::rssKiB() const
{
    QFile f(QStringLiteral("/proc/%1/status").arg(m_pid));
    if (m_pid <= 0 || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith("VmRSS:"))
            continue;
        bool ok = false;
        const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? std::optional<qint64>(kib) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> ProcessProbe::cpuSeconds() const
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(m_pid));
    if (m_pid <= 0 || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = f.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15.
    if (fields.size() < 13)
        return std::nullopt;
    const long ticks = sysconf(_SC_CLK_TCK);
    return double(fields[11].toLongLong() + fields[12].toLongLong()) /
           double(ticks > 0 ? ticks : 100);
}

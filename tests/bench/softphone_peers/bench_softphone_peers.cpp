// CPU per established call on loopback: N calls between pairs of relais-phone processes (one
// call each side, G.711 with a 1 kHz tone both ways, recording off), then N calls between pairs
// of baresip processes (aufile tone source, no player). Each side's CPU time (user+system from
// /proc/<pid>/stat, what getrusage reports for a reaped child) is summed over a window while
// every call is established; printed as ms of CPU per call per second, and % of one core.
#include "BaresipProcess.h"
#include "PhoneProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

// utime + stime of a process in seconds; -1 if it is gone.
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1.0;
    // After the command: state(0) ... utime(11) stime(12).
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double totalCpu(const std::vector<qint64> &pids)
{
    double sum = 0.0;
    for (qint64 pid : pids) {
        const double s = cpuSeconds(pid);
        if (s < 0)
            return -1.0;
        sum += s;
    }
    return sum;
}

struct Figure
{
    int calls = 0;
    double cpuSeconds = 0.0;
    double wallSeconds = 0.0;
    bool ok = false;
};

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

Figure measure(const std::vector<qint64> &pids, int calls, int seconds)
{
    Figure figure;
    figure.calls = calls;
    wait(1000); // let every stream settle
    const double before = totalCpu(pids);
    QElapsedTimer timer;
    timer.start();
    wait(seconds * 1000);
    const double after = totalCpu(pids);
    figure.wallSeconds = double(timer.elapsed()) / 1000.0;
    figure.cpuSeconds = after - before;
    figure.ok = before >= 0 && after >= 0;
    return figure;
}

Figure benchPhones(int calls, int seconds)
{
    std::vector<std::unique_ptr<PhoneProcess>> phones;
    std::vector<qint64> pids;
    int established = 0;
    for (int i = 0; i < calls; ++i) {
        auto callee = std::make_unique<PhoneProcess>();
        if (!callee->start({"--listen", "127.0.0.1:0", "--auto-answer", "--tone", "1000"}))
            return {};
        const quint16 port = callee->port();
        auto caller = std::make_unique<PhoneProcess>();
        if (port == 0 ||
            !caller->start({"--listen", "127.0.0.1:0", "--dial",
                            QStringLiteral("sip:callee@127.0.0.1:%1").arg(port), "--tone", "1000"}))
            return {};
        if (caller->waitFor(QStringLiteral("established"), 15000) >= 0)
            ++established;
        pids.push_back(callee->pid());
        pids.push_back(caller->pid());
        phones.push_back(std::move(callee));
        phones.push_back(std::move(caller));
    }
    if (established != calls) {
        std::fprintf(stderr, "relais-phone: only %d of %d calls established\n", established, calls);
        return {};
    }
    Figure figure = measure(pids, calls, seconds);
    for (auto &phone : phones)
        phone->command(QStringLiteral("quit"));
    return figure;
}

Figure benchBaresip(int calls, int seconds)
{
    std::vector<std::unique_ptr<BaresipProcess>> peers;
    std::vector<qint64> pids;
    int established = 0;
    for (int i = 0; i < calls; ++i) {
        auto callee = std::make_unique<BaresipProcess>();
        auto caller = std::make_unique<BaresipProcess>();
        BaresipProcess::Options options;
        options.toneHz = 1000;
        options.audioCodecs = QStringLiteral("PCMU");
        QString error;
        if (!callee->start(options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return {};
        }
        options.autoAnswer = false;
        if (!caller->start(options, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return {};
        }
        caller->command(QStringLiteral("dial"), callee->uri());
        if (caller->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 15000) >= 0)
            ++established;
        pids.push_back(callee->pid());
        pids.push_back(caller->pid());
        peers.push_back(std::move(callee));
        peers.push_back(std::move(caller));
    }
    if (established != calls) {
        std::fprintf(stderr, "baresip: only %d of %d calls established\n", established, calls);
        return {};
    }
    return measure(pids, calls, seconds);
}

void print(const char *who, const Figure &f)
{
    if (!f.ok) {
        std::printf("%-13s  failed\n", who);
        return;
    }
    const double perCall = f.cpuSeconds / f.wallSeconds / f.calls; // CPU s per s per call
    std::printf("%-13s  %3d calls  %5.1f s  CPU %7.3f s  = %6.2f ms CPU/s per call (%.2f %% of a "
                "core, both ends)\n",
                who, f.calls, f.wallSeconds, f.cpuSeconds, perCall * 1000.0, perCall * 100.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"calls", "Concurrent calls.", "N", "50"});
    parser.addOption({"seconds", "Measuring window.", "S", "20"});
    parser.process(app);
    const int calls = parser.value("calls").toInt();
    const int seconds = parser.value("seconds").toInt();

    const Figure phones = benchPhones(calls, seconds);
    print("relais-phone", phones);
    wait(2000);
    Figure peers;
    if (!BaresipProcess::executable().isEmpty()) {
        peers = benchBaresip(calls, seconds);
        print("baresip", peers);
    } else {
        std::printf("baresip        not installed\n");
    }
    return phones.ok && (BaresipProcess::executable().isEmpty() || peers.ok) ? 0 : 1;
}

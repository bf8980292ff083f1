// CPU of relais-dispatch per bridged call: N callers (relais-phone dialling 1920, 440 Hz) are
// answered by the server, queued, offered to N agents (logged in over the CTI and ready) and
// answered by their relais-phone (auto-answer, 1000 Hz); once every call is bridged, the
// server's CPU time (user+system from /proc/<pid>/stat) is taken over a window. Run once with
// recording on and once with it off ([[queues]] record), so the difference is what recording
// costs (the passthrough relay decodes nothing; recording decodes both directions, mixes them
// and writes the WAV). Prints ms of CPU per call per second, % of one core, the server's RSS.
#include "CtiClient.h"
#include "PhoneProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

namespace {

double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1.0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

qint64 rssKiB(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

// A site with `agents` agents who all serve `general`, reached on 1920.
QString writeConfig(const QString &dir, int agents, bool record)
{
    QString t = QStringLiteral("skills = [\"french\"]\n\n[[queues]]\nname = \"general\"\n"
                               "skills = [\"french\"]\noffer_timeout = 30\nrecord = %1\n\n")
                    .arg(record ? "true" : "false");
    for (int i = 1; i <= agents; ++i)
        t += QStringLiteral(
                 "[[users]]\nusername = \"agent%1\"\nroles = [\"agent\"]\n"
                 "skills = { french = 5 }\npassword = \"demo\"\nsip_password = \"demo\"\n\n")
                 .arg(i);
    t += QStringLiteral("[voice]\ntrunk_gateways = [\"127.0.0.1\"]\nrecordings_dir = \"%1\"\n\n"
                        "[[service_numbers]]\nnumber = \"1920\"\nqueue = \"general\"\n")
             .arg(QDir(dir).filePath("recordings"));
    const QString path = QDir(dir).filePath("bench.toml");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(t.toUtf8());
    return path;
}

struct Figure
{
    bool ok = false;
    double cpuSeconds = 0;
    double wallSeconds = 0;
    qint64 rssKiB = 0;
    qint64 recordedBytes = 0;
};

Figure run(int calls, int seconds, bool record)
{
    Figure figure;
    QTemporaryDir dir;
    const QString config = writeConfig(dir.path(), calls, record);
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(RELAIS_DISPATCH_BIN),
                 {"--config", config, "--db", "sqlite:" + dir.filePath("bench.db"), "--listen-cti",
                  "127.0.0.1:0", "--listen-http", "127.0.0.1:0", "--listen-sip", "127.0.0.1:0"});
    QString out;
    QElapsedTimer started;
    started.start();
    while (!out.contains("READY ") && started.elapsed() < 30000) {
        server.waitForReadyRead(200);
        out += QString::fromUtf8(server.readAll());
    }
    const qsizetype at = out.indexOf("READY ");
    if (at < 0) {
        std::fprintf(stderr, "server did not start:\n%s\n", qPrintable(out));
        return figure;
    }
    const QJsonObject ready =
        QJsonDocument::fromJson(out.mid(at + 6, out.indexOf('\n', at) - at - 6).toUtf8()).object();
    const QString cti = QStringLiteral("ws://127.0.0.1:%1/cti").arg(ready.value("cti").toInt());
    const quint16 sip = quint16(ready.value("sip").toInt());
    QObject::connect(&server, &QProcess::readyRead,
                     [&] { out += QString::fromUtf8(server.readAll()); });

    std::vector<std::unique_ptr<CtiClient>> agents;
    std::vector<std::unique_ptr<PhoneProcess>> phones;
    for (int i = 1; i <= calls; ++i) {
        auto agent = std::make_unique<CtiClient>();
        const QString user = QStringLiteral("agent%1").arg(i);
        if (!agent->open(cti) || !agent->login(user).value("ok").toBool())
            return figure;
        auto phone = std::make_unique<PhoneProcess>();
        if (!phone->start({"--listen", "127.0.0.1:0", "--registrar",
                           QStringLiteral("sip:127.0.0.1:%1").arg(sip), "--user", user,
                           "--password", "demo", "--auto-answer", "--tone", "1000"}) ||
            phone->waitFor("registered", 10000) < 0) {
            std::fprintf(stderr, "%s did not register\n", qPrintable(user));
            return figure;
        }
        agent->request("state.set", {{"state", "ready"}});
        agents.push_back(std::move(agent));
        phones.push_back(std::move(phone));
    }
    std::vector<std::unique_ptr<PhoneProcess>> callers;
    for (int i = 0; i < calls; ++i) {
        auto caller = std::make_unique<PhoneProcess>();
        if (!caller->start({"--listen", "127.0.0.1:0", "--dial",
                            QStringLiteral("sip:1920@127.0.0.1:%1").arg(sip), "--tone", "440"}))
            return figure;
        callers.push_back(std::move(caller));
        wait(200); // 5 calls a second
    }
    QElapsedTimer bridging;
    bridging.start();
    while (out.count("relais.voice: bridged") < calls && bridging.elapsed() < 60000)
        wait(200);
    const int bridged = int(out.count("relais.voice: bridged"));
    if (bridged < calls) {
        std::fprintf(stderr, "only %d of %d calls bridged\n", bridged, calls);
        return figure;
    }
    wait(1000);
    const double before = cpuSeconds(server.processId());
    QElapsedTimer window;
    window.start();
    wait(seconds * 1000);
    figure.cpuSeconds = cpuSeconds(server.processId()) - before;
    figure.wallSeconds = double(window.elapsed()) / 1000.0;
    figure.rssKiB = rssKiB(server.processId());
    for (const QFileInfo &f : QDir(dir.filePath("recordings")).entryInfoList(QDir::Files))
        figure.recordedBytes += f.size();
    figure.ok = before >= 0 && figure.cpuSeconds >= 0;
    for (auto &c : callers)
        c->command("quit");
    wait(1000);
    server.terminate();
    server.waitForFinished(10000);
    return figure;
}

void print(const char *what, int calls, const Figure &f)
{
    const double perCall = 1000.0 * f.cpuSeconds / f.wallSeconds / calls;
    std::printf("%-22s %3d calls  %6.3f ms CPU per call per second  %5.1f %% of a core  "
                "RSS %lld KiB  recordings %lld KiB\n",
                what, calls, perCall, 100.0 * f.cpuSeconds / f.wallSeconds,
                static_cast<long long>(f.rssKiB), static_cast<long long>(f.recordedBytes / 1024));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"calls", "Bridged calls at once.", "N", "10"},
                       {"seconds", "Measuring window.", "S", "10"}});
    parser.process(app);
    const int calls = parser.value("calls").toInt();
    const int seconds = parser.value("seconds").toInt();
    for (const bool record : {false, true}) {
        const Figure f = run(calls, seconds, record);
        if (!f.ok)
            return 1;
        print(record ? "passthrough+recording" : "passthrough", calls, f);
    }
    return 0;
}

// The agent desk's start-up and memory, as issue 5 asks for them, beside Debian's
// linphone-desktop measured the same way. Prints figures; asserts nothing.
//  1. Start to login form: a fresh profile, the program started, the time until its first
//     window is mapped on the X server (xdotool, by the process id); then the idle memory
//     (VmRSS and PSS) 5 s later. The same for `linphone` when it is installed.
//  2. Idle logged in: relais-desk started with RELAIS_PASSWORD, agent face shown, 5 s later.
//  3. After 200 handled interactions: the real agent window in this process, driven through
//     its models (offer accepted, a reply, end, wrap-up with a disposition) for chats posted
//     to a real relais-dispatch --demo through the channel API; memory before and after.
// Run under X (xvfb-run -a -s "-screen 0 1024x768x24"). Options: --runs N (default 5),
// --interactions N (200), --settle-ms N (5000).
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include "agent/AgentWindow.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"

#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>
#include <relais/app/WrapupController.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace relais;

namespace {

struct Memory
{
    qint64 rssKiB = 0;
    qint64 pssKiB = 0;
};

qint64 field(const QByteArray &text, const char *name)
{
    const qsizetype at = text.indexOf(name);
    if (at < 0)
        return 0;
    return text.mid(at + qsizetype(qstrlen(name))).trimmed().split(' ').first().toLongLong();
}

Memory memoryOf(qint64 pid)
{
    Memory m;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        m.rssKiB = field(status.readAll(), "VmRSS:");
    QFile smaps(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (smaps.open(QIODevice::ReadOnly))
        m.pssKiB = field(smaps.readAll(), "Pss:");
    return m;
}

bool windowMapped(qint64 pid)
{
    QProcess x;
    x.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                        QStringLiteral("--pid"), QString::number(pid)});
    x.waitForFinished(2000);
    return x.exitStatus() == QProcess::NormalExit && x.exitCode() == 0 &&
           !x.readAllStandardOutput().trimmed().isEmpty();
}

struct StartFigure
{
    double toWindowMs = -1;
    Memory idle;
};

// Starts `program` with a fresh home, waits for its first mapped window, settles, measures.
StartFigure measureStart(const QString &program, const QStringList &args,
                         const QProcessEnvironment &extraEnv, int settleMs)
{
    StartFigure f;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return f;
    while (clock.elapsed() < 20000 && p.state() == QProcess::Running) {
        if (windowMapped(p.processId())) {
            f.toWindowMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
        QThread::msleep(2);
    }
    if (f.toWindowMs >= 0) {
        QTest::qWait(settleMs);
        f.idle = memoryOf(p.processId());
    }
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(2000);
    }
    return f;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void printStarts(const char *what, const std::vector<StartFigure> &runs)
{
    std::vector<double> ms, rss, pss;
    for (const StartFigure &f : runs) {
        if (f.toWindowMs < 0)
            continue;
        ms.push_back(f.toWindowMs);
        rss.push_back(double(f.idle.rssKiB));
        pss.push_back(double(f.idle.pssKiB));
    }
    if (ms.empty()) {
        std::printf("%-34s no window appeared\n", what);
        return;
    }
    std::printf("%-34s start→window median %.0f ms (min %.0f, max %.0f, %zu runs); idle RSS "
                "%.1f MiB, PSS %.1f MiB\n",
                what, median(ms), *std::min_element(ms.begin(), ms.end()),
                *std::max_element(ms.begin(), ms.end()), ms.size(), median(rss) / 1024.0,
                median(pss) / 1024.0);
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    return QTest::qWaitFor(done, ms);
}

// Part 3: the real agent window in this process, 200 chats handled end to end.
bool handleInteractions(ServerProcess &server, int count, int settleMs)
{
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("config"));
    app::DeskCore deskCore;
    ui::Theme theme;
    ui::LanguageManager language;
    ui::DeskContext context;
    context.core = &deskCore;
    context.theme = &theme;
    context.language = &language;
    app::DeskCore *core = context.core;
    app::Session *session = core->session();
    core->setServers(server.ctiUrl());
    session->login(QStringLiteral("agent2"), QStringLiteral("demo"));
    if (!waitFor([&] { return session->isLoggedIn(); })) {
        std::fprintf(stderr, "bench_desk_agent: login failed\n");
        return false;
    }
    ui::AgentWindow window(context);
    window.resize(1024, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QTest::qWait(settleMs);
    const Memory before = memoryOf(QCoreApplication::applicationPid());

    app::InteractionHub *hub = core->interactions();
    app::OfferController *offer = hub->offer();
    app::WrapupController *wrapup = hub->wrapup();
    HttpClient http(server.httpBase());
    session->setReady();
    if (!waitFor([&] { return session->stateWireName() == QLatin1String("ready"); }))
        return false;
    QElapsedTimer clock;
    clock.start();
    int handled = 0;
    for (int i = 0; i < count; ++i) {
        const QString from = QStringLiteral("+229970%05d").arg(1 + i % 200);
        const QString id = http.createInteraction(
            "chat", from, QStringLiteral("Bonjour, question numéro %1 sur ma facture").arg(i));
        if (id.isEmpty() || !waitFor([&] { return offer->isActive(); }))
            break;
        offer->accept();
        if (!waitFor([&] {
                return hub->currentInteractionId() == id &&
                       hub->currentState() == QLatin1String("active");
            }))
            break;
        hub->sendMessage(id, QStringLiteral("Bonjour, je regarde cela tout de suite."));
        hub->endInteraction(id);
        if (!waitFor([&] { return wrapup->isActive() && wrapup->interactionId() == id; }))
            break;
        wrapup->setDisposition(QStringLiteral("resolved"));
        wrapup->setNotes(QStringLiteral("Réponse donnée, dossier %1").arg(i));
        wrapup->submit();
        if (!waitFor([&] {
                return !wrapup->isActive() && session->stateWireName() == QLatin1String("ready");
            }))
            break;
        ++handled;
    }
    const qint64 elapsed = clock.elapsed();
    QTest::qWait(settleMs);
    const Memory after = memoryOf(QCoreApplication::applicationPid());
    std::printf("agent window, in process (agent2)  logged in idle RSS %.1f MiB, PSS %.1f MiB\n",
                double(before.rssKiB) / 1024.0, double(before.pssKiB) / 1024.0);
    std::printf("after %d handled interactions       RSS %.1f MiB, PSS %.1f MiB (%+.1f MiB RSS, "
                "%.1f KiB per interaction; %.1f s, %.0f ms each)\n",
                handled, double(after.rssKiB) / 1024.0, double(after.pssKiB) / 1024.0,
                double(after.rssKiB - before.rssKiB) / 1024.0,
                handled ? double(after.rssKiB - before.rssKiB) / handled : 0.0,
                double(elapsed) / 1000.0, handled ? double(elapsed) / handled : 0.0);
    return handled == count;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = argValue(args, QStringLiteral("--runs"), 5);
    const int interactions = argValue(args, QStringLiteral("--interactions"), 200);
    const int settleMs = argValue(args, QStringLiteral("--settle-ms"), 5000);
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty()) {
        std::fprintf(stderr, "bench_desk_agent: xdotool is needed (scripts/install-deps.sh)\n");
        return 1;
    }

    QTemporaryDir dir;
    QString error;
    const QString db = TestEnv::freshDatabase(QStringLiteral("bench_desk"), dir, &error);
    ServerProcess server;
    if (db.isEmpty() || !server.start(db)) {
        std::fprintf(stderr, "bench_desk_agent: no server: %s %s\n", qPrintable(error),
                     qPrintable(server.output()));
        return 1;
    }
    const QString desk = QStringLiteral(RELAIS_DESK_BIN);
    const QStringList deskArgs{QStringLiteral("--server"), server.ctiUrl(),
                               QStringLiteral("--user"), QStringLiteral("agent1")};

    std::vector<StartFigure> form, loggedIn, linphone;
    for (int i = 0; i < runs; ++i)
        form.push_back(measureStart(desk, deskArgs, {}, settleMs));
    printStarts("relais-desk, login form", form);
    QProcessEnvironment password;
    password.insert(QStringLiteral("RELAIS_PASSWORD"), QStringLiteral("demo"));
    for (int i = 0; i < std::min(runs, 3); ++i)
        loggedIn.push_back(measureStart(desk, deskArgs, password, settleMs));
    printStarts("relais-desk, agent face (logged in)", loggedIn);
    const QString linphoneBin = QStandardPaths::findExecutable(QStringLiteral("linphone"));
    if (!linphoneBin.isEmpty()) {
        for (int i = 0; i < runs; ++i)
            linphone.push_back(measureStart(linphoneBin, {}, {}, settleMs));
        printStarts("linphone-desktop, first window", linphone);
    } else {
        std::printf("linphone-desktop: not installed (apt-get install linphone-desktop)\n");
    }

    const bool ok = interactions <= 0 || handleInteractions(server, interactions, settleMs);
    server.terminate();
    return ok ? 0 : 1;
}

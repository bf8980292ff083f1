// The supervisor window under 1,000 agents and 100 queues changing every second: each second
// 1,000 agent.state frames and one stats.queues frame (100 queues) go through SupervisionHub
// (as CtiClient hands them over), then the window repaints. Prints the worst and median
// update-plus-paint time and the process's CPU % over the run (wall-clock paced, 1 s a step).
// Usage: bench_desk_supervisor [seconds=30]  (needs a display: Xvfb)
// Live: bench_desk_supervisor SECONDS --server ws://…/cti --user U --password P signs in to a
// real relais-dispatch (scripts/load-dispatch.sh with DESK=1 feeds it with relais-load).
#include "supervisor/SupervisorWindow.h"
#include "wallboard/WallboardWindow.h"

#include <relais/app/AgentGridModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace relais;

namespace {

double clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double cpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

// The GUI thread's own CPU time: what it spent working, not waiting for a core.
double guiThreadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}

const char *kStates[] = {"ready", "busy", "not_ready", "wrap_up", "reserved"};
const char *kTeams[] = {"Équipe Cotonou", "Équipe Abidjan", "Équipe Lomé", "Équipe Dakar"};

app::CtiEvent event(const QString &type, QJsonObject body)
{
    app::CtiEvent e;
    e.type = type;
    e.body = std::move(body);
    return e;
}

app::CtiEvent agentEvent(int agent, int second, QRandomGenerator &rng)
{
    const char *state = kStates[rng.bounded(5)];
    QJsonObject body{{"agentId", QStringLiteral("agent%1").arg(agent)},
                     {"name", QStringLiteral("Conseiller %1").arg(agent)},
                     {"state", state},
                     {"since", QDateTime::currentMSecsSinceEpoch() - rng.bounded(600000)},
                     {"team", kTeams[agent % 4]},
                     {"queues", QJsonArray{QStringLiteral("q%1").arg(agent % 100)}},
                     {"handledToday", second + agent % 7}};
    if (QByteArray(state) == "not_ready")
        body.insert("reason", "break");
    return event(QStringLiteral("agent.state"), body);
}

app::CtiEvent statsEvent(int second, QRandomGenerator &rng)
{
    QJsonArray queues;
    for (int q = 0; q < 100; ++q)
        queues.append(QJsonObject{
            {"name", QStringLiteral("q%1").arg(q)},
            {"waiting", rng.bounded(12)},
            {"longestWaitMs", rng.bounded(180000)},
            {"offered", 100 + second},
            {"answered", 90 + second},
            {"abandoned", rng.bounded(10)},
            {"serviceLevel", 60.0 + rng.bounded(40)},
            {"ahtMs", 150000 + rng.bounded(60000)},
            {"agents", QJsonObject{{"ready", rng.bounded(5)}, {"busy", rng.bounded(8)}}}});
    return event(QStringLiteral("stats.queues"), QJsonObject{{"at", second}, {"queues", queues}});
}

struct Figures
{
    double worst = 0, median = 0, cpuPercent = 0;
};

Figures run(QWidget *window, app::SupervisionHub *hub, int seconds)
{
    QRandomGenerator rng(42);
    for (int a = 0; a < 1000; ++a)
        hub->handleEvent(agentEvent(a, 0, rng));
    hub->handleEvent(statsEvent(0, rng));
    hub->flushAgentStates();
    QCoreApplication::processEvents();
    window->repaint();
    QList<double> times;
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = cpuMs();
    for (int s = 1; s <= seconds; ++s) {
        QList<app::CtiEvent> frames;
        for (int a = 0; a < 1000; ++a)
            frames << agentEvent(a, s, rng);
        frames << statsEvent(s, rng);
        QElapsedTimer t;
        t.start();
        for (const app::CtiEvent &e : frames)
            hub->handleEvent(e);
        hub->flushAgentStates();
        hub->agents()->refreshTimes();
        QCoreApplication::processEvents(); // the posted update requests: layout and paint
        window->repaint();
        times << t.nsecsElapsed() / 1e6;
        // The rest of the second idles, as on a real desk.
        while (wall.elapsed() < s * 1000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
    }
    Figures f;
    f.cpuPercent = (cpuMs() - cpu0) / wall.elapsed() * 100.0;
    std::sort(times.begin(), times.end());
    f.worst = times.last();
    f.median = times.at(times.size() / 2);
    return f;
}

// Live: the real window signed in to a real server (fed by relais-load). The event loop's
// stalls stand for frames: a 10 ms timer that comes late by more than 50 ms means the window
// could not paint for that long. A stall has two causes: the window's own work (the GUI
// thread's CPU time between two ticks, "busy") and the system giving the core to another
// process (on a shared machine, the server and the load generator). CPU is the whole process
// (socket, JSON, models, painting).
struct LiveFigures
{
    double worstStallMs = 0;
    int stallsOver50 = 0;
    double worstBusyMs = 0;
    int busyOver50 = 0;
    double cpuPercent = 0;
    qint64 agentEvents = 0;
    qint64 statsEvents = 0;
    int agents = 0;
    int queues = 0;
};

LiveFigures measureLive(app::DeskCore &core, int seconds)
{
    LiveFigures f;
    app::CtiClient *cti = core.cti();
    QObject counter;
    cti->subscribe(QStringLiteral("agent.state"), &counter,
                   [&f](const app::CtiEvent &) { ++f.agentEvents; });
    cti->subscribe(QStringLiteral("stats.queues"), &counter,
                   [&f](const app::CtiEvent &) { ++f.statsEvents; });
    QElapsedTimer wall, gap;
    wall.start();
    gap.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    double threadCpu = guiThreadCpuMs();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double late = gap.nsecsElapsed() / 1e6 - 10.0;
        gap.restart();
        const double nowCpu = guiThreadCpuMs();
        const double busy = nowCpu - threadCpu;
        threadCpu = nowCpu;
        f.worstBusyMs = std::max(f.worstBusyMs, busy);
        if (busy > 50.0)
            ++f.busyOver50;
        f.worstStallMs = std::max(f.worstStallMs, late);
        if (late > 50.0)
            ++f.stallsOver50;
    });
    const double cpu0 = cpuMs();
    tick.start();
    // A real event loop that sleeps when idle: processEvents() in a loop would spin and count
    // its own polling as the window's CPU.
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    f.cpuPercent = (cpuMs() - cpu0) / wall.elapsed() * 100.0;
    f.agents = core.supervision()->agents()->rowCount();
    f.queues = core.supervision()->queues()->rowCount();
    return f;
}

void printLive(const char *what, int seconds, const LiveFigures &f)
{
    std::printf("%s, live %d s: %d agents, %d queues, %.0f agent.state/s, %.1f stats.queues/s; "
                "worst frame of own work %.1f ms, %d over 50 ms; worst stall (wall clock) "
                "%.1f ms, %d over 50 ms; CPU %.1f %%\n",
                what, seconds, f.agents, f.queues, double(f.agentEvents) / seconds,
                double(f.statsEvents) / seconds, f.worstBusyMs, f.busyOver50, f.worstStallMs,
                f.stallsOver50, f.cpuPercent);
    std::fflush(stdout);
}

int runLive(const QStringList &args, int seconds)
{
    const auto value = [&](const char *name) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    app::DeskCore core;
    ui::DeskContext context;
    context.core = &core;
    core.setServers(value("--server"));
    core.session()->login(value("--user"), value("--password"));
    if (!QTest::qWaitFor([&] { return core.session()->isLoggedIn(); }, 60000)) {
        std::fprintf(stderr, "bench_desk_supervisor: login failed\n");
        return 1;
    }
    {
        ui::SupervisorWindow window(context);
        window.resize(1366, 860);
        window.show();
        (void)QTest::qWaitFor([&] { return core.supervision()->agents()->rowCount() > 0; }, 30000);
        QTest::qWait(2000);
        printLive("supervisor window 1366x860", seconds, measureLive(core, seconds));
    }
    {
        ui::WallboardWindow wall(context);
        wall.setGeometry(0, 0, 1920, 1080);
        wall.show();
        QTest::qWait(2000);
        printLive("wallboard 1920x1080", seconds, measureLive(core, seconds));
    }
    return 0;
}

} // namespace

// With RELAIS_BENCH_SLOW_MS set, every event that keeps the GUI thread busy longer than that is
// printed (receiver, event type, CPU ms): what to look at when a frame is too long.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_slowMs <= 0 || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const double cpu0 = guiThreadCpuMs();
        const int type = event->type();
        const QByteArray what =
            receiver->metaObject()->className() + QByteArray(" ") + receiver->objectName().toUtf8();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const double spent = guiThreadCpuMs() - cpu0;
        if (spent > m_slowMs)
            std::fprintf(stderr, "slow event: %s type %d, %.1f ms\n", what.constData(), type,
                         spent);
        return result;
    }

private:
    double m_slowMs = qEnvironmentVariableIntValue("RELAIS_BENCH_SLOW_MS");
    int m_depth = 0;
};

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = argc > 1 && args.at(1).at(0).isDigit() ? QByteArray(argv[1]).toInt() : 30;
    if (args.contains(QStringLiteral("--server")))
        return runLive(args, seconds);
    app::DeskCore core;
    ui::DeskContext context;
    context.core = &core;
    app::SupervisionHub *hub = core.supervision();
    {
        ui::SupervisorWindow window(context);
        window.resize(1366, 860);
        window.show();
        const Figures f = run(&window, hub, seconds);
        std::printf("supervisor window 1366x860, 1000 agents + 100 queues every second, %d s: "
                    "update+paint median %.1f ms, worst %.1f ms, CPU %.1f %%\n",
                    seconds, f.median, f.worst, f.cpuPercent);
    }
    hub->reset();
    {
        ui::WallboardWindow wall(context);
        wall.setGeometry(0, 0, 1920, 1080);
        wall.show();
        const Figures f = run(&wall, hub, seconds);
        std::printf("wallboard 1920x1080, same traffic, %d s: update+paint median %.1f ms, "
                    "worst %.1f ms, CPU %.1f %%\n",
                    seconds, f.median, f.worst, f.cpuPercent);
    }
    return 0;
}

// Figures for the desk's brain (no widgets):
//  1. supervisor face: 1,000 agents and 100 queues changing every second. Each simulated second
//     parses 1,000 agent.state frames and one stats.queues frame (100 queues) from JSON text and
//     feeds them through SupervisionHub into the agent grid (with its sorting proxy), the queue
//     table and the KPI tiles, then ticks the time-in-state column. Printed: CPU time per
//     simulated second (mean, max), i.e. the share of one core the models need.
//  2. screen-pop: interaction.offered frames (10 past contacts, 20 messages) sent by an
//     in-process server; InteractionHub::lastScreenPopUs for each (frame received → offer card
//     and history filled). Printed: p50, p99, max.
// Usage: bench_appcore [seconds=30] [offers=500]
#include "FakeCtiServer.h"
#include "Frames.h"

#include <relais/app/AgentFilterProxyModel.h>
#include <relais/app/AgentGridModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/KpiModel.h>
#include <relais/app/OfferController.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/SupervisionHub.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace relais::app;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

const char *kStates[] = {"ready", "busy", "not_ready", "wrap_up", "reserved"};
const char *kTeams[] = {"Équipe Cotonou", "Équipe Abidjan", "Équipe Lomé", "Équipe Dakar"};

QByteArray agentFrame(int agent, int second, qint64 seq, QRandomGenerator &rng)
{
    const char *state = kStates[rng.bounded(5)];
    QJsonObject body{
        {"type", "agent.state"},
        {"seq", seq},
        {"agentId", QStringLiteral("agent%1").arg(agent)},
        {"name", QStringLiteral("Conseiller %1").arg(agent)},
        {"state", state},
        {"since", QDateTime::currentMSecsSinceEpoch() - rng.bounded(600000)},
        {"team", kTeams[agent % 4]},
        {"skills", QJsonArray{QJsonObject{{"name", QStringLiteral("skill%1").arg(agent % 20)},
                                          {"level", 5}}}},
        {"queues", QJsonArray{QStringLiteral("q%1").arg(agent % 100),
                              QStringLiteral("q%1").arg((agent + 1) % 100)}},
        {"handledToday", second + agent % 7},
        {"ahtTodayMs", 180000 + agent}};
    if (QByteArray(state) == "not_ready")
        body.insert("reason", "break");
    if (QByteArray(state) == "busy")
        body.insert("interactions", QJsonArray{QJsonObject{{"id", QStringLiteral("x%1").arg(seq)},
                                                           {"channel", "chat"},
                                                           {"queue", "q1"},
                                                           {"state", "active"}}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray statsFrame(int second, qint64 seq, QRandomGenerator &rng)
{
    QJsonArray queues;
    for (int q = 0; q < 100; ++q) {
        queues.append(QJsonObject{{"name", QStringLiteral("q%1").arg(q)},
                                  {"waiting", rng.bounded(12)},
                                  {"longestWaitMs", rng.bounded(180000)},
                                  {"offered", 100 + second},
                                  {"answered", 90 + second},
                                  {"abandoned", rng.bounded(10)},
                                  {"serviceLevel", 60.0 + rng.bounded(40)},
                                  {"ahtMs", 150000 + rng.bounded(60000)},
                                  {"agents", QJsonObject{{"ready", rng.bounded(5)},
                                                         {"busy", rng.bounded(8)},
                                                         {"not_ready", 1},
                                                         {"wrap_up", 1},
                                                         {"reserved", 0}}}});
    }
    return QJsonDocument(
               QJsonObject{
                   {"type", "stats.queues"}, {"seq", seq}, {"at", second}, {"queues", queues}})
        .toJson(QJsonDocument::Compact);
}

// What CtiClient does with a frame before a hub sees it: parse, split the envelope.
CtiEvent toEvent(const QByteArray &frame)
{
    CtiEvent e;
    e.receivedNs = CtiClient::monotonicNs();
    e.body = QJsonDocument::fromJson(frame).object();
    e.type = e.body.take(QStringLiteral("type")).toString();
    e.seq = e.body.take(QStringLiteral("seq")).toInteger();
    return e;
}

void supervisorFigures(int seconds)
{
    CtiClient cti;
    SupervisionHub hub(&cti, nullptr);
    hub.subscribe();
    hub.agentsView()->sort(AgentGridModel::TimeInState, Qt::DescendingOrder);
    QRandomGenerator rng(42);
    // Frames are built beforehand: the server's work, not the desk's.
    QList<QList<QByteArray>> traffic;
    qint64 seq = 1;
    for (int s = 0; s < seconds + 1; ++s) {
        QList<QByteArray> frames;
        for (int a = 0; a < 1000; ++a)
            frames << agentFrame(a, s, seq++, rng);
        frames << statsFrame(s, seq++, rng);
        traffic << frames;
    }
    // Second 0 fills the models (1,000 rows, 100 queues).
    for (const QByteArray &f : traffic[0])
        hub.handleEvent(toEvent(f));
    hub.flushAgentStates();
    QList<double> perSecond;
    for (int s = 1; s <= seconds; ++s) {
        const double start = cpuMs();
        for (const QByteArray &f : traffic[s])
            hub.handleEvent(toEvent(f));
        hub.flushAgentStates();
        hub.agents()->refreshTimes();
        perSecond << cpuMs() - start;
        QCoreApplication::processEvents();
    }
    std::sort(perSecond.begin(), perSecond.end());
    double sum = 0;
    for (double v : perSecond)
        sum += v;
    std::printf(
        "supervisor: %d agents, %d queues, %d simulated seconds (agents sorted by time in state)\n",
        hub.agents()->rowCount(), hub.queues()->rowCount(), seconds);
    std::printf("  CPU per second of traffic: mean %.1f ms, p50 %.1f ms, max %.1f ms (%.1f %% of a "
                "core on average)\n",
                sum / perSecond.size(), perSecond[perSecond.size() / 2], perSecond.last(),
                sum / perSecond.size() / 10.0);
    std::printf("  visible rows after filter 'Équipe Cotonou': ");
    hub.agentsView()->setTeam(QStringLiteral("Équipe Cotonou"));
    std::printf("%d\n", hub.agentsView()->rowCount());
}

void screenPopFigures(int offers)
{
    FakeCtiServer server;
    if (!server.listen()) {
        std::printf("screen-pop: cannot listen\n");
        return;
    }
    CtiClient cti;
    cti.setServers({server.url()});
    cti.open();
    QElapsedTimer wait;
    wait.start();
    while (cti.state() != CtiClient::ConnectionState::Connected && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    InteractionHub hub(&cti, nullptr);
    QList<qint64> pops;
    QObject::connect(&hub, &InteractionHub::screenPopMeasured, [&](qint64 us) { pops << us; });
    for (int i = 0; i < offers; ++i) {
        const QString id = QStringLiteral("ix%1").arg(i);
        QJsonObject payload = frames::offerPayload(id);
        QJsonArray history;
        for (int h = 0; h < 10; ++h)
            history.append(payload.value("history").toArray().at(h % 2));
        payload.insert("history", history);
        QJsonArray messages;
        for (int m = 0; m < 20; ++m)
            messages.append(
                frames::message(id, m + 1, m % 2 ? "agent" : "customer",
                                QStringLiteral("Message numéro %1 de la conversation").arg(m)));
        payload.insert("messages", messages);
        server.sendEvent("interaction.offered", payload);
        server.sendEvent("interaction.revoked", {{"interactionId", id}, {"reason", "abandoned"}});
        const int expected = i + 1;
        wait.restart();
        while (pops.size() < expected && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (pops.isEmpty()) {
        std::printf("screen-pop: no offer arrived\n");
        return;
    }
    std::sort(pops.begin(), pops.end());
    std::printf("screen-pop: %lld offers (10 contacts, 20 messages each), frame received -> card "
                "and history filled\n",
                qint64(pops.size()));
    std::printf("  p50 %lld us, p99 %lld us, max %lld us\n", pops[pops.size() / 2],
                pops[std::min<qsizetype>(pops.size() - 1, pops.size() * 99 / 100)], pops.last());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const int offers = argc > 2 ? std::max(1, atoi(argv[2])) : 500;
    supervisorFigures(seconds);
    screenPopFigures(offers);
    return 0;
}

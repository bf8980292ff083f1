// Routing core throughput: 1,000 agents, 100 queues, mixed skills and channels, some priority
// numbers; agents accept every offer and wrap up after a simulated handling time.
//
// "Decision time" is the wall time of an enqueue/accept/wrapup call whose events contain an
// offer: the latency the server adds before an agent is told.

#include "routing/RoutingEngine.h"

#include <benchmark/benchmark.h>

#include <QList>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <limits>
#include <queue>
#include <random>

using namespace relais::routing;
using relais::protocol::Channel;

namespace {

constexpr int kAgents = 1000;
constexpr int kQueues = 100;
constexpr int kSkills = 20;

struct Result
{
    qint64 interactions = 0;
    qint64 routes = 0;
    double seconds = 0;
    double p50us = 0;
    double p99us = 0;
    double maxUs = 0;
    qint64 byCall[3] = {}; // routes decided by enqueue, accept, wrapup
    int peakWaiting = 0;
};
Result g_last;

QString skill(int i)
{
    return QStringLiteral("s%1").arg(i);
}
QString queueName(int i)
{
    return QStringLiteral("q%1").arg(i);
}
QString agentName(int i)
{
    return QStringLiteral("agent%1").arg(i, 4, 10, QLatin1Char('0'));
}
QString vipNumber(int q, int k)
{
    return QStringLiteral("+2299700%1%2").arg(q, 3, 10, QLatin1Char('0')).arg(k);
}

void configure(RoutingEngine &engine, std::mt19937 &rng, Ms now)
{
    for (int q = 0; q < kQueues; ++q) {
        QueueConfig c;
        c.name = queueName(q);
        if (q % 10 != 0) // every tenth queue takes everybody
            c.requiredSkills << skill(q % kSkills);
        if (q % 3 == 0 && q % 10 != 0)
            c.requiredSkills << skill((q * 7 + 3) % kSkills);
        c.requiredSkills.removeDuplicates();
        for (int k = 0; k < 5; ++k)
            c.priorityNumbers.insert(vipNumber(q, k));
        c.wrapupLimitMs = 30000;
        engine.configureQueue(c);
    }
    std::uniform_int_distribution<int> skillDist(0, kSkills - 1);
    std::uniform_int_distribution<int> levelDist(1, 10);
    for (int a = 0; a < kAgents; ++a) {
        AgentConfig c;
        c.id = agentName(a);
        c.name = c.id;
        while (c.skills.size() < 6)
            c.skills.insert(skill(skillDist(rng)), levelDist(rng));
        engine.configureAgent(c);
        engine.login(c.id, now);
        engine.setAvailability(c.id, Availability::Ready, {}, now);
    }
}

struct Ending
{
    Ms at;
    QString agent;
    QString id;
    bool operator>(const Ending &o) const { return at > o.at; }
};

// Runs the scenario once; returns the figures.
Result runScenario(qint64 interactions)
{
    using Clock = std::chrono::steady_clock;
    std::mt19937 rng(42);
    RoutingEngine engine;
    Ms now = 1'700'000'000'000;
    configure(engine, rng, now);

    std::uniform_int_distribution<int> queueDist(0, kQueues - 1);
    std::uniform_int_distribution<int> pct(0, 99);
    QStringList queueNames;
    for (int q = 0; q < kQueues; ++q)
        queueNames << queueName(q);
    std::uniform_int_distribution<int> handleDist(10'000, 80'000); // 10 s .. 80 s
    std::priority_queue<Ending, std::vector<Ending>, std::greater<>> endings;
    std::deque<std::pair<QString, QString>> toAccept; // agent, interaction
    std::vector<double> decisions;
    decisions.reserve(size_t(interactions) * 2);
    Result r;
    r.interactions = interactions;

    // Times one call; an offer among its events makes it a routing decision.
    enum { ByEnqueue, ByAccept, ByWrapup };
    auto timed = [&](int kind, auto &&call) {
        const auto t0 = Clock::now();
        Outcome o = call();
        const auto t1 = Clock::now();
        bool offered = false;
        for (const Event &e : o.events) {
            if (const auto *offer = std::get_if<OfferMade>(&e)) {
                toAccept.emplace_back(offer->agentId, offer->interactionId);
                ++r.routes;
                ++r.byCall[kind];
                offered = true;
            } else if (const auto *ix = std::get_if<InteractionStateChanged>(&e)) {
                if (ix->state == IxState::Closed)
                    engine.forget(ix->interactionId);
            }
        }
        if (offered)
            decisions.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    };

    auto acceptAll = [&] {
        while (!toAccept.empty()) {
            const auto [agent, id] = toAccept.front();
            toAccept.pop_front();
            timed(ByAccept, [&] { return engine.accept(agent, id, now); });
            endings.push(Ending{now + handleDist(rng), agent, id});
        }
    };
    auto endUntil = [&](Ms until) {
        while (!endings.empty() && endings.top().at <= until) {
            const Ending end = endings.top();
            endings.pop();
            now = std::max(now, end.at);
            timed(ByWrapup, [&] { return engine.wrapup(end.agent, end.id, end.at); });
            acceptAll();
        }
    };

    const auto start = Clock::now();
    for (qint64 i = 0; i < interactions; ++i) {
        // Peaks above the agents' capacity (queues build up) alternate with quieter spells.
        now += (i / 5000) % 2 == 0 ? 22 : 40;
        endUntil(now);
        InteractionSpec spec;
        spec.id = QStringLiteral("ix%1").arg(i);
        const int q = queueDist(rng);
        spec.queue = queueNames[q];
        const int kind = pct(rng);
        spec.channel = kind < 45 ? Channel::Voice : kind < 85 ? Channel::Chat : Channel::Email;
        if (pct(rng) < 5)
            spec.from = vipNumber(q, pct(rng) % 5);
        spec.arrivedAt = now;
        timed(ByEnqueue, [&] { return engine.enqueue(spec, now); });
        acceptAll();
        if (i % 25 == 0) {
            engine.tick(now);
            int waiting = 0;
            for (const QString &name : queueNames)
                waiting += engine.queueStats(name, now).waiting;
            r.peakWaiting = std::max(r.peakWaiting, waiting);
        }
    }
    endUntil(std::numeric_limits<Ms>::max()); // the backlog drains
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(decisions.begin(), decisions.end());
    if (!decisions.empty()) {
        r.p50us = decisions[decisions.size() / 2];
        r.p99us = decisions[std::min(decisions.size() - 1, decisions.size() * 99 / 100)];
        r.maxUs = decisions.back();
    }
    return r;
}

void BM_Route(benchmark::State &state)
{
    Result r;
    for (auto _ : state)
        r = runScenario(state.range(0));
    state.counters["routes"] = double(r.routes);
    state.counters["routes_per_s"] = r.routes / r.seconds;
    state.counters["p50_decision_us"] = r.p50us;
    state.counters["p99_decision_us"] = r.p99us;
    state.counters["max_decision_us"] = r.maxUs;
    state.counters["peak_waiting"] = r.peakWaiting;
    g_last = r;
}
BENCHMARK(BM_Route)->Arg(100'000)->Unit(benchmark::kMillisecond);

// One agent frees itself while 10,000 interactions wait across the 100 queues: the agent-side
// decision (best head among its queues) at a large backlog.
void BM_AgentFreesWithBacklog(benchmark::State &state)
{
    std::mt19937 rng(7);
    RoutingEngine engine;
    Ms now = 1'700'000'000'000;
    configure(engine, rng, now);
    std::uniform_int_distribution<int> queueDist(0, kQueues - 1);
    qint64 next = 0;
    auto add = [&] {
        InteractionSpec spec;
        spec.id = QStringLiteral("b%1").arg(next++);
        spec.queue = queueName(queueDist(rng));
        spec.channel = Channel::Voice;
        engine.enqueue(spec, now);
    };
    // Every agent gets a call and keeps it; then the backlog builds.
    for (int i = 0; i < 20'000; ++i)
        add();
    QList<std::pair<QString, QString>> held;
    for (const QString &a : engine.agentIds()) {
        const QStringList in = engine.agent(a)->interactions;
        if (!in.isEmpty()) {
            engine.accept(a, in.first(), now);
            held.append({a, in.first()});
        }
    }
    qsizetype k = 0;
    for (auto _ : state) {
        if (held.isEmpty())
            break;
        now += 20;
        auto [agent, id] = held[k % held.size()];
        Outcome o = engine.wrapup(agent, id, now); // frees the agent: it takes the best waiting
        const QStringList in = engine.agent(agent)->interactions;
        if (!in.isEmpty()) {
            engine.accept(agent, in.first(), now);
            held[k % held.size()] = {agent, in.first()};
        }
        add(); // keep the backlog
        benchmark::DoNotOptimize(o);
        ++k;
    }
    state.counters["agents_busy"] = double(held.size());
}
BENCHMARK(BM_AgentFreesWithBacklog)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_last.routes > 0) {
        std::printf("routing: %lld interactions, %lld routes in %.2f s: %.0f routes/s\n",
                    static_cast<long long>(g_last.interactions),
                    static_cast<long long>(g_last.routes), g_last.seconds,
                    g_last.routes / g_last.seconds);
        std::printf("routing: decision time p50 %.1f us, p99 %.1f us, max %.1f us\n", g_last.p50us,
                    g_last.p99us, g_last.maxUs);
        std::printf("routing: decided by enqueue %lld, accept %lld, wrapup %lld; peak waiting %d\n",
                    static_cast<long long>(g_last.byCall[0]),
                    static_cast<long long>(g_last.byCall[1]),
                    static_cast<long long>(g_last.byCall[2]), g_last.peakWaiting);
    }
    return 0;
}

#include "LoadRun.h"

#include "LoadAgent.h"
#include "LoadSupervisor.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>
#include <unistd.h>

namespace {
constexpr int kFailuresShown = 5;
}

LoadRun::LoadRun(LoadOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_server(m_options.serverPid),
      m_self(qint64(getpid()))
{
    m_clock.start();
    m_report.agentsWanted = m_options.agents;
    m_report.supervisorsWanted = m_options.supervisors;
    m_progress.setInterval(5000);
    connect(&m_progress, &QTimer::timeout, this, &LoadRun::progress);
    m_deadline.setSingleShot(true);
    m_breaks.setInterval(20);
    connect(&m_breaks, &QTimer::timeout, this, &LoadRun::sendOnBreak);
}

void LoadRun::start()
{
    m_report.rssBeforeKiB = m_server.rssKiB();
    m_cpuStart = m_server.cpuSeconds().value_or(0);
    if (m_server.isValid() && !m_report.rssBeforeKiB)
        std::fprintf(stderr, "relais-load: cannot read /proc/%lld/status\n", m_options.serverPid);
    m_progress.start();

    for (int i = 1; i <= m_options.supervisors; ++i) {
        auto *s = new LoadSupervisor(m_options.cti, m_options.supervisorPrefix + QString::number(i),
                                     m_options.password, this);
        connect(s, &LoadSupervisor::subscribed, this, [this] { ++m_report.supervisorsSubscribed; });
        connect(s, &LoadSupervisor::failed, this,
                [this](const QString &why) { recordFailure(QStringLiteral("supervisor ") + why); });
        m_supervisors.append(s);
        s->start();
    }

    for (int i = 1; i <= m_options.agents; ++i) {
        LoadAgent::Settings s{m_options.cti, m_options.userPrefix + QString::number(i),
                              m_options.password, m_options.handleMinMs, m_options.handleMaxMs};
        auto *agent = new LoadAgent(std::move(s), this);
        connect(agent, &LoadAgent::ready, this, [this] {
            ++m_report.agentsReady;
            onAgentSettled();
        });
        connect(agent, &LoadAgent::loginFailed, this, [this](const QString &why) {
            ++m_report.loginFailures;
            recordFailure(QStringLiteral("login ") + why);
            onAgentSettled();
        });
        connect(agent, &LoadAgent::offered, this, [this](const QString &id) {
            ++m_report.offered;
            if (m_posting)
                ++m_report.offeredDuringPost;
            Times &t = m_times[id];
            if (t.offeredNs >= 0)
                return; // a re-offer after a timeout: latency counts the first offer only
            t.offeredNs = m_clock.nsecsElapsed();
            recordLatency(t);
        });
        connect(agent, &LoadAgent::accepted, this, [this] { ++m_report.accepted; });
        connect(agent, &LoadAgent::closed, this, [this] {
            ++m_report.closed;
            checkDrained();
        });
        connect(agent, &LoadAgent::failure, this, &LoadRun::recordFailure);
        m_agents.append(agent);
    }

    m_loginStartNs = m_clock.nsecsElapsed();
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "relais-load: logins not done after %g s, going on with %d agents\n",
                     m_options.connectTimeout, m_report.agentsReady);
        m_settled = m_options.agents;
        onAgentSettled();
    });
    m_deadline.start(int(m_options.connectTimeout * 1000));
    for (int i = 0; i < m_options.loginWindow && m_nextAgent < m_agents.size(); ++i)
        startNextAgent();
}

void LoadRun::startNextAgent()
{
    m_agents.at(m_nextAgent++)->start();
}

void LoadRun::onAgentSettled()
{
    if (m_posting || m_draining || m_done)
        return;
    if (++m_settled < m_options.agents) {
        if (m_nextAgent < m_agents.size())
            startNextAgent();
        return;
    }
    m_deadline.stop();
    m_report.loginSeconds = double(m_clock.nsecsElapsed() - m_loginStartNs) / 1e9;
    m_report.cpuLoginSeconds =
        m_server.isValid() ? std::optional<double>(m_server.cpuSeconds().value_or(0) - m_cpuStart)
                           : std::nullopt;
    std::printf("relais-load: %d agents ready in %.1f s, posting %g/s for %g s\n",
                m_report.agentsReady, m_report.loginSeconds, m_options.rate, m_options.duration);
    std::fflush(stdout);
    // Let the last replies and supervisor snapshots go out before measuring.
    QTimer::singleShot(2000, this, [this] {
        m_report.rssConnectedKiB = m_server.rssKiB();
        startPosting();
    });
}

void LoadRun::startPosting()
{
    InteractionPoster::Settings s{m_options.http,    m_options.token,     m_options.channel,
                                  m_options.queues,  m_options.customers, m_options.rate,
                                  m_options.duration};
    m_poster = new InteractionPoster(std::move(s), m_clock, this);
    connect(m_poster, &InteractionPoster::created, this,
            [this](const QString &id, qint64 sentNs, qint64 createdNs) {
                ++m_report.created;
                Times &t = m_times[id];
                t.sentNs = sentNs;
                t.createdNs = createdNs;
                recordLatency(t);
            });
    connect(m_poster, &InteractionPoster::failed, this, &LoadRun::recordFailure);
    connect(m_poster, &InteractionPoster::finished, this, &LoadRun::onPostingFinished);
    m_posting = true;
    m_postStartNs = m_clock.nsecsElapsed();
    m_cpuPostStart = m_server.cpuSeconds().value_or(0);
    m_poster->start();
    if (m_options.breaksPerSecond > 0)
        m_breaks.start();
}

void LoadRun::sendOnBreak()
{
    if (!m_posting) {
        m_breaks.stop();
        return;
    }
    m_breaksOwed += m_options.breaksPerSecond * m_breaks.interval() / 1000.0;
    QRandomGenerator *rng = QRandomGenerator::global();
    // A few tries per break owed: busy agents and agents already on a break say no.
    for (int tries = 0; m_breaksOwed >= 1 && tries < 20 * m_breaksOwed; ++tries) {
        if (m_agents.at(rng->bounded(int(m_agents.size())))->takeBreak(rng->bounded(500, 1501))) {
            m_breaksOwed -= 1;
            ++m_breaksTaken;
        }
    }
    m_breaksOwed = std::min(m_breaksOwed, m_options.breaksPerSecond); // no catching up later
}

void LoadRun::onPostingFinished()
{
    m_posting = false;
    m_draining = true;
    m_postEndNs = m_clock.nsecsElapsed();
    m_report.postSeconds = double(m_postEndNs - m_postStartNs) / 1e9;
    m_report.posted = m_poster->posted();
    QTimer::singleShot(int(m_options.drainSeconds * 1000), this, &LoadRun::finish);
    QTimer *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &LoadRun::checkDrained);
    poll->start(200);
}

void LoadRun::checkDrained()
{
    if (!m_draining || m_done || m_poster->inFlight() > 0)
        return;
    if (m_report.closed >= m_report.created)
        finish();
}

void LoadRun::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_draining = false;
    m_report.runSeconds = double(m_clock.nsecsElapsed() - m_postStartNs) / 1e9;
    m_report.rssEndKiB = m_server.rssKiB();
    if (m_server.isValid())
        m_report.cpuRunSeconds = m_server.cpuSeconds().value_or(0) - m_cpuPostStart;
    m_report.selfCpuSeconds = m_self.cpuSeconds().value_or(0);
    for (LoadSupervisor *s : std::as_const(m_supervisors)) {
        m_report.statsEvents += s->statsEvents();
        m_report.agentStateEvents += s->agentStateEvents();
    }
    m_report.latencySamples = m_offerLatency.count();
    m_report.offerP50Ms = m_offerLatency.percentileMs(50);
    m_report.offerP99Ms = m_offerLatency.percentileMs(99);
    m_report.offerMaxMs = m_offerLatency.percentileMs(100);
    m_report.postToOfferP50Ms = m_postToOffer.percentileMs(50);
    m_report.postToOfferP99Ms = m_postToOffer.percentileMs(99);
    m_progress.stop();
    m_report.print();

    for (LoadAgent *a : std::as_const(m_agents))
        a->stop();
    for (LoadSupervisor *s : std::as_const(m_supervisors))
        s->stop();
    const bool clean = m_report.agentsReady == m_options.agents && m_report.failures == 0 &&
                       m_report.closed == m_report.created;
    // Give the close frames a moment to leave.
    QTimer::singleShot(500, this, [this, clean] { emit finished(clean ? 0 : 1); });
}

void LoadRun::recordFailure(const QString &what)
{
    if (m_done)
        return;
    if (++m_report.failures <= kFailuresShown) {
        if (!m_report.firstFailures.isEmpty())
            m_report.firstFailures += QLatin1String("; ");
        m_report.firstFailures += what;
        std::fprintf(stderr, "relais-load: %s\n", qPrintable(what));
    }
}

void LoadRun::recordLatency(const Times &t)
{
    if (t.createdNs < 0 || t.offeredNs < 0)
        return;
    // Both happen in the server's one event loop: the offer can overtake the HTTP reply.
    m_offerLatency.add(qMax<qint64>(0, t.offeredNs - t.createdNs));
    m_postToOffer.add(t.offeredNs - t.sentNs);
}

void LoadRun::progress()
{
    std::printf("relais-load: t=%.0fs ready=%d created=%lld offered=%lld closed=%lld failures=%lld "
                "breaks=%lld\n",
                double(m_clock.nsecsElapsed()) / 1e9, m_report.agentsReady, m_report.created,
                m_report.offered, m_report.closed, m_report.failures, m_breaksTaken);
    std::fflush(stdout);
}

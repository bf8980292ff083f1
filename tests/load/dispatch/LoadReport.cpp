#include "LoadReport.h"

#include <QJsonDocument>
#include <cstdio>

namespace {

QString kib(const std::optional<qint64> &v)
{
    return v ? QStringLiteral("%1 KiB (%2 MiB)").arg(*v).arg(double(*v) / 1024.0, 0, 'f', 1)
             : QStringLiteral("n/a");
}

double rate(double n, double seconds)
{
    return seconds > 0 ? n / seconds : 0;
}

} // namespace

void LoadReport::print() const
{
    const auto line = [](const QString &s) { std::printf("%s\n", qPrintable(s)); };
    line(QStringLiteral("== relais-load summary =="));
    line(QStringLiteral("agents logged in     %1 / %2 (%3 failed) in %4 s: %5 logins/s")
             .arg(agentsReady)
             .arg(agentsWanted)
             .arg(loginFailures)
             .arg(loginSeconds, 0, 'f', 1)
             .arg(rate(agentsReady, loginSeconds), 0, 'f', 1));
    if (supervisorsWanted > 0)
        line(QStringLiteral(
                 "supervisors          %1 / %2 subscribed; %3 stats.queues, %4 agent.state events")
                 .arg(supervisorsSubscribed)
                 .arg(supervisorsWanted)
                 .arg(statsEvents)
                 .arg(agentStateEvents));
    line(QStringLiteral(
             "interactions         posted %1, created %2, offered %3, accepted %4, closed %5")
             .arg(posted)
             .arg(created)
             .arg(offered)
             .arg(accepted)
             .arg(closed));
    line(QStringLiteral("routed               %1 offers/s over %2 s of posting")
             .arg(rate(offeredDuringPost, postSeconds), 0, 'f', 1)
             .arg(postSeconds, 0, 'f', 1));
    line(QStringLiteral("failures             %1%2")
             .arg(failures)
             .arg(firstFailures.isEmpty()
                      ? QString()
                      : QStringLiteral(" (") + firstFailures + QLatin1Char(')')));
    line(QStringLiteral("offer latency        201→offered p50 %1 ms, p99 %2 ms, max %3 ms; "
                        "POST→offered p50 %4 ms, p99 %5 ms (%6 samples)")
             .arg(offerP50Ms, 0, 'f', 2)
             .arg(offerP99Ms, 0, 'f', 2)
             .arg(offerMaxMs, 0, 'f', 2)
             .arg(postToOfferP50Ms, 0, 'f', 2)
             .arg(postToOfferP99Ms, 0, 'f', 2)
             .arg(latencySamples));
    line(QStringLiteral("server RSS           before %1, connected %2, end %3")
             .arg(kib(rssBeforeKiB), kib(rssConnectedKiB), kib(rssEndKiB)));
    if (rssBeforeKiB && rssConnectedKiB && agentsReady > 0)
        line(QStringLiteral("memory per agent     %1 KiB")
                 .arg(double(*rssConnectedKiB - *rssBeforeKiB) / agentsReady, 0, 'f', 1));
    if (cpuLoginSeconds && cpuRunSeconds)
        line(QStringLiteral(
                 "server CPU           logins %1 s; run %2 s over %3 s = %4 % of one core")
                 .arg(*cpuLoginSeconds, 0, 'f', 2)
                 .arg(*cpuRunSeconds, 0, 'f', 2)
                 .arg(runSeconds, 0, 'f', 1)
                 .arg(rate(100.0 * *cpuRunSeconds, runSeconds), 0, 'f', 1));
    line(QStringLiteral("relais-load CPU      %1 s").arg(selfCpuSeconds, 0, 'f', 2));
    std::printf("RESULT %s\n", QJsonDocument(toJson()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonObject LoadReport::toJson() const
{
    QJsonObject o{
        {"agents", agentsWanted},
        {"agentsReady", agentsReady},
        {"loginFailures", loginFailures},
        {"loginSeconds", loginSeconds},
        {"loginsPerSecond", rate(agentsReady, loginSeconds)},
        {"supervisorsSubscribed", supervisorsSubscribed},
        {"statsEvents", statsEvents},
        {"posted", posted},
        {"created", created},
        {"offered", offered},
        {"accepted", accepted},
        {"closed", closed},
        {"failures", failures},
        {"postSeconds", postSeconds},
        {"routedPerSecond", rate(offeredDuringPost, postSeconds)},
        {"offerP50Ms", offerP50Ms},
        {"offerP99Ms", offerP99Ms},
        {"offerMaxMs", offerMaxMs},
        {"postToOfferP50Ms", postToOfferP50Ms},
        {"postToOfferP99Ms", postToOfferP99Ms},
        {"runSeconds", runSeconds},
        {"selfCpuSeconds", selfCpuSeconds},
    };
    if (rssBeforeKiB)
        o.insert(QLatin1String("rssBeforeKiB"), *rssBeforeKiB);
    if (rssConnectedKiB)
        o.insert(QLatin1String("rssConnectedKiB"), *rssConnectedKiB);
    if (rssEndKiB)
        o.insert(QLatin1String("rssEndKiB"), *rssEndKiB);
    if (rssBeforeKiB && rssConnectedKiB && agentsReady > 0)
        o.insert(QLatin1String("kibPerAgent"),
                 double(*rssConnectedKiB - *rssBeforeKiB) / agentsReady);
    if (cpuLoginSeconds)
        o.insert(QLatin1String("serverCpuLoginSeconds"), *cpuLoginSeconds);
    if (cpuRunSeconds) {
        o.insert(QLatin1String("serverCpuRunSeconds"), *cpuRunSeconds);
        o.insert(QLatin1String("serverCpuRunPercent"), rate(100.0 * *cpuRunSeconds, runSeconds));
    }
    return o;
}

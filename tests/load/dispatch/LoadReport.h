#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// The figures of one run, printed for people and as one "RESULT {json}" line for scripts.
struct LoadReport
{
    int agentsWanted = 0;
    int agentsReady = 0;
    int loginFailures = 0;
    double loginSeconds = 0; // first connection → last agent ready
    int supervisorsWanted = 0;
    int supervisorsSubscribed = 0;
    qint64 statsEvents = 0;
    qint64 agentStateEvents = 0;

    double postSeconds = 0;
    qint64 posted = 0;
    qint64 created = 0;
    qint64 offered = 0; // interaction.offered events, re-offers included
    qint64 offeredDuringPost = 0;
    qint64 accepted = 0;
    qint64 closed = 0;
    qint64 failures = 0;   // HTTP errors, error replies, revocations, lost connections
    QString firstFailures; // a few, for diagnosis
    qint64 latencySamples = 0;
    double offerP50Ms = 0; // HTTP 201 → interaction.offered (0 when the offer came first)
    double offerP99Ms = 0;
    double offerMaxMs = 0;
    double postToOfferP50Ms = 0; // POST sent → interaction.offered
    double postToOfferP99Ms = 0;

    std::optional<qint64> rssBeforeKiB, rssConnectedKiB, rssEndKiB;
    std::optional<double> cpuLoginSeconds; // server CPU while the agents logged in
    std::optional<double> cpuRunSeconds;   // server CPU from the first POST to the end of the drain
    double runSeconds = 0;                 // wall time of that same span
    double selfCpuSeconds = 0;             // this tool's own CPU over the whole run

    void print() const;
    QJsonObject toJson() const;
};

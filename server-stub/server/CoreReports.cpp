// DispatchCore: reports computed from what the database holds.
#include "server/DispatchCore.h"

#include "server/Clock.h"

#include <QLoggingCategory>
#include <array>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

namespace {

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

QJsonObject queueFigures(const store::QueueTotals &t)
{
    const int finished = t.answered + t.abandoned;
    return QJsonObject{
        {"offered", t.offered},
        {"answered", t.answered},
        {"abandoned", t.abandoned},
        {"serviceLevel", finished == 0 ? 100.0 : 100.0 * t.answeredInTarget / finished},
        {"ahtMs", t.handled == 0 ? 0 : t.handleSumMs / t.handled},
        {"avgWaitMs", t.answered == 0 ? 0 : t.waitSumMs / t.answered},
        {"longestWaitMs", t.waitMaxMs},
        {"handled", t.handled}};
}

QString stateKey(const QString &state)
{
    if (state == QLatin1String("ready"))
        return QStringLiteral("readyMs");
    if (state == QLatin1String("not_ready"))
        return QStringLiteral("notReadyMs");
    if (state == QLatin1String("busy"))
        return QStringLiteral("busyMs");
    if (state == QLatin1String("wrap_up"))
        return QStringLiteral("wrapUpMs");
    if (state == QLatin1String("reserved"))
        return QStringLiteral("reservedMs");
    return {};
}

} // namespace

// After a stop or a crash nobody is logged in: an agent whose log ends in another state gets a
// logged_out, so that reports do not count the time the server was down as work.
void DispatchCore::closeStaleAgentStates(qint64 now)
{
    for (const QString &id : m_routing.agentIds()) {
        const QString last = m_db->lastAgentState(id);
        if (!last.isEmpty() && last != QLatin1String("logged_out") &&
            !m_db->logAgentState(id, QStringLiteral("logged_out"), QString(), now))
            qCWarning(lcCore) << "could not close the state log of" << id << m_db->lastError();
    }
}

CoreResult DispatchCore::reportQueues(const QDate &from, const QDate &to)
{
    QHash<QString, qint64> targets;
    for (const routing::QueueConfig &q : m_config.queues)
        targets.insert(q.name, q.serviceLevelTargetMs);
    const QList<store::QueueTotals> rows =
        m_db->queueTotals(startOfDay(from), startOfDay(to.addDays(1)), targets, 20000);
    // Every configured queue, in configuration order, then queues only the history knows.
    QStringList names = m_routing.queueNames();
    QHash<QString, store::QueueTotals> byQueue;
    store::QueueTotals total;
    for (const store::QueueTotals &t : rows) {
        byQueue.insert(t.queue, t);
        if (!names.contains(t.queue))
            names.append(t.queue);
        total.offered += t.offered;
        total.answered += t.answered;
        total.abandoned += t.abandoned;
        total.answeredInTarget += t.answeredInTarget;
        total.waitSumMs += t.waitSumMs;
        total.waitMaxMs = std::max(total.waitMaxMs, t.waitMaxMs);
        total.handled += t.handled;
        total.handleSumMs += t.handleSumMs;
    }
    QJsonArray queues;
    for (const QString &name : std::as_const(names)) {
        QJsonObject o = queueFigures(byQueue.value(name));
        o.insert("name", name);
        queues.append(o);
    }
    return CoreResult::success({{"from", from.toString(Qt::ISODate)},
                                {"to", to.toString(Qt::ISODate)},
                                {"queues", queues},
                                {"total", queueFigures(total)}});
}

CoreResult DispatchCore::reportAgents(const QDate &from, const QDate &to)
{
    const qint64 start = startOfDay(from);
    const qint64 end = std::min(startOfDay(to.addDays(1)), nowMs());
    const QHash<QString, store::AgentTotals> handled = m_db->agentTotals(start, end);
    QHash<QString, QJsonObject> times;
    if (end > start) {
        for (const store::AgentStateTime &t : m_db->agentStateTimes(start, end)) {
            const QString key = stateKey(t.state);
            if (key.isEmpty())
                continue;
            QJsonObject &o = times[t.agentId];
            o.insert(key, o.value(key).toInteger() + t.ms);
            o.insert("loggedInMs", o.value("loggedInMs").toInteger() + t.ms);
            if (t.state == QLatin1String("not_ready")) {
                QJsonObject reasons = o.value("notReadyReasons").toObject();
                const QString reason = t.reason.isEmpty() ? QStringLiteral("none") : t.reason;
                reasons.insert(reason, reasons.value(reason).toInteger() + t.ms);
                o.insert("notReadyReasons", reasons);
            }
        }
    }
    QStringList ids = m_routing.agentIds();
    for (auto it = handled.constBegin(); it != handled.constEnd(); ++it) {
        if (!ids.contains(it.key()))
            ids.append(it.key());
    }
    QJsonArray agents;
    for (const QString &id : std::as_const(ids)) {
        const store::AgentTotals h = handled.value(id);
        QJsonObject o{{"agentId", id},
                      {"name", displayName(id)},
                      {"team", m_users.value(id).team},
                      {"handled", h.handled},
                      {"ahtMs", h.handled == 0 ? 0 : h.handleSumMs / h.handled},
                      {"readyMs", 0},
                      {"notReadyMs", 0},
                      {"busyMs", 0},
                      {"wrapUpMs", 0},
                      {"reservedMs", 0},
                      {"loggedInMs", 0},
                      {"notReadyReasons", QJsonObject()}};
        const QJsonObject t = times.value(id);
        for (auto it = t.constBegin(); it != t.constEnd(); ++it)
            o.insert(it.key(), it.value());
        agents.append(o);
    }
    return CoreResult::success({{"from", from.toString(Qt::ISODate)},
                                {"to", to.toString(Qt::ISODate)},
                                {"agents", agents}});
}

CoreResult DispatchCore::statsIntervals(const QDate &day, const QStringList &queues)
{
    constexpr qint64 kIntervalMs = 15 * 60 * 1000;
    constexpr int kIntervals = 96;
    QHash<QString, qint64> targets;
    for (const routing::QueueConfig &q : m_config.queues)
        targets.insert(q.name, q.serviceLevelTargetMs);
    const qint64 start = startOfDay(day);
    QHash<QString, std::array<store::IntervalTotals, kIntervals>> byQueue;
    for (const store::IntervalTotals &t :
         m_db->intervalTotals(start, kIntervalMs, kIntervals, targets, 20000)) {
        if (t.interval >= 0 && t.interval < kIntervals)
            byQueue[t.queue][size_t(t.interval)] = t;
    }
    const QStringList names = queues.isEmpty() ? m_routing.queueNames() : queues;
    QJsonArray out;
    for (const QString &name : names) {
        const auto it = byQueue.constFind(name);
        QJsonArray offered, answered, abandoned, inTarget, serviceLevel;
        for (int i = 0; i < kIntervals; ++i) {
            const store::IntervalTotals t =
                it == byQueue.constEnd() ? store::IntervalTotals() : (*it)[size_t(i)];
            offered.append(t.offered);
            answered.append(t.answered);
            abandoned.append(t.abandoned);
            inTarget.append(t.answeredInTarget);
            const int finished = t.answered + t.abandoned;
            serviceLevel.append(finished == 0 ? QJsonValue()
                                              : QJsonValue(100.0 * t.answeredInTarget / finished));
        }
        out.append(QJsonObject{{"name", name},
                               {"offered", offered},
                               {"answered", answered},
                               {"abandoned", abandoned},
                               {"answeredInTarget", inTarget},
                               {"serviceLevel", serviceLevel}});
    }
    return CoreResult::success({{"date", day.toString(Qt::ISODate)},
                                {"start", start},
                                {"intervalMs", kIntervalMs},
                                {"queues", out}});
}

void DispatchCore::sampleWaiting()
{
    const qint64 now = nowMs();
    std::vector<int> waiting;
    for (const QString &name : m_routing.queueNames())
        waiting.push_back(m_routing.queueStats(name, now).waiting);
    m_waitingHistory->add(now, std::move(waiting));
}

CoreResult DispatchCore::statsWaitingHistory(const QStringList &queues) const
{
    return CoreResult::success(m_waitingHistory->toJson(queues));
}

} // namespace relais::server

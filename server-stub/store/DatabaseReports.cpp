// Database: figures computed from what is stored (today's counters, reports, day charts). The
// SQL is the same on SQLite and PostgreSQL.
#include "store/Database.h"

#include "store/SqlValues.h"

#include <QSqlQuery>
#include <limits>

namespace relais::store {

namespace {
// The service level target differs per queue: a CASE on the queue's name, the names bound as
// :q0, :q1…, the (integer) targets written in.
QString targetCase(const QStringList &names, const QHash<QString, qint64> &targetMs,
                   qint64 defaultTargetMs)
{
    QString target = QStringLiteral("CASE queue");
    for (int i = 0; i < names.size(); ++i)
        target += QStringLiteral(" WHEN :q%1 THEN %2").arg(i).arg(targetMs.value(names[i]));
    return target + QStringLiteral(" ELSE %1 END").arg(defaultTargetMs);
}
} // namespace

QHash<QString, AgentTotals> Database::agentTotals(qint64 from, qint64 to)
{
    QHash<QString, AgentTotals> out;
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT agent_id, COUNT(*), COALESCE(SUM(closed_at - answered_at), 0) FROM interactions "
        "WHERE state = 'closed' AND answered_at > 0 AND closed_at >= :from AND closed_at < :to "
        "AND agent_id <> '' GROUP BY agent_id"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (!exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), AgentTotals{q.value(1).toInt(), q.value(2).toLongLong()});
    return out;
}

QHash<QString, AgentTotals> Database::agentTotalsSince(qint64 since)
{
    return agentTotals(since, std::numeric_limits<qint64>::max() / 2);
}

QList<QueueTotals> Database::queueTotals(qint64 from, qint64 to,
                                         const QHash<QString, qint64> &targetMs,
                                         qint64 defaultTargetMs)
{
    const QStringList names = targetMs.keys();
    const QString target = targetCase(names, targetMs, defaultTargetMs);
    QSqlQuery q = prepare(
        QStringLiteral(
            "SELECT queue, COUNT(*),"
            " SUM(CASE WHEN answered_at > 0 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN state = 'abandoned' AND answered_at = 0 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN answered_at > 0 AND answered_at - created_at <= (%1) THEN 1 ELSE 0 "
            "END),"
            " SUM(CASE WHEN answered_at > 0 THEN answered_at - created_at ELSE 0 END),"
            " MAX(CASE WHEN answered_at > 0 THEN answered_at - created_at ELSE 0 END),"
            " SUM(CASE WHEN state = 'closed' AND answered_at > 0 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN state = 'closed' AND answered_at > 0 THEN closed_at - answered_at "
            "ELSE 0 END)"
            " FROM interactions WHERE created_at >= :from AND created_at < :to"
            " AND state <> 'cancelled' AND direction <> 'outbound' GROUP BY queue ORDER BY queue")
            .arg(target));
    for (int i = 0; i < names.size(); ++i)
        q.bindValue(QStringLiteral(":q%1").arg(i), sql::text(names[i]));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    QList<QueueTotals> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        QueueTotals t;
        t.queue = q.value(0).toString();
        t.offered = q.value(1).toInt();
        t.answered = q.value(2).toInt();
        t.abandoned = q.value(3).toInt();
        t.answeredInTarget = q.value(4).toInt();
        t.waitSumMs = q.value(5).toLongLong();
        t.waitMaxMs = q.value(6).toLongLong();
        t.handled = q.value(7).toInt();
        t.handleSumMs = q.value(8).toLongLong();
        out.append(t);
    }
    return out;
}

QList<IntervalTotals> Database::intervalTotals(qint64 dayStart, qint64 intervalMs, int intervals,
                                               const QHash<QString, qint64> &targetMs,
                                               qint64 defaultTargetMs)
{
    const QStringList names = targetMs.keys();
    QSqlQuery q = prepare(
        QStringLiteral(
            "SELECT queue, (created_at - CAST(:start1 AS BIGINT)) / %2, COUNT(*),"
            " SUM(CASE WHEN answered_at > 0 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN state = 'abandoned' AND answered_at = 0 THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN answered_at > 0 AND answered_at - created_at <= (%1) THEN 1 ELSE 0 "
            "END)"
            " FROM interactions WHERE created_at >= :start2 AND created_at < :end"
            " AND state <> 'cancelled' AND direction <> 'outbound' GROUP BY 1, 2 ORDER BY 1, 2")
            .arg(targetCase(names, targetMs, defaultTargetMs))
            .arg(intervalMs));
    for (int i = 0; i < names.size(); ++i)
        q.bindValue(QStringLiteral(":q%1").arg(i), sql::text(names[i]));
    q.bindValue(QStringLiteral(":start1"), dayStart);
    q.bindValue(QStringLiteral(":start2"), dayStart);
    q.bindValue(QStringLiteral(":end"), dayStart + intervalMs * intervals);
    QList<IntervalTotals> out;
    if (!exec(q))
        return out;
    while (q.next())
        out.append(IntervalTotals{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                                  q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()});
    return out;
}

QList<AgentStateTime> Database::agentStateTimes(qint64 from, qint64 to)
{
    // Each logged state lasts until the agent's next one (or `to`), clipped to [from, to). The
    // state in force at `from` began before it: a day is looked back for it.
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT agent_id, state, reason, SUM("
        " (CASE WHEN next_at > CAST(:to1 AS BIGINT) THEN CAST(:to2 AS BIGINT) ELSE next_at END) -"
        " (CASE WHEN at < CAST(:from1 AS BIGINT) THEN CAST(:from2 AS BIGINT) ELSE at END))"
        " FROM (SELECT agent_id, state, reason, at,"
        "  COALESCE(LEAD(at) OVER (PARTITION BY agent_id ORDER BY at, seq), CAST(:to3 AS BIGINT))"
        "  AS next_at"
        "  FROM agent_states WHERE at >= CAST(:back AS BIGINT) AND at < CAST(:to4 AS BIGINT)) s"
        " WHERE next_at > CAST(:from3 AS BIGINT) AND state <> 'logged_out'"
        " GROUP BY agent_id, state, reason"));
    for (const char *name : {":to1", ":to2", ":to3", ":to4"})
        q.bindValue(QLatin1String(name), to);
    for (const char *name : {":from1", ":from2", ":from3"})
        q.bindValue(QLatin1String(name), from);
    q.bindValue(QStringLiteral(":back"), from - 24LL * 3600 * 1000);
    QList<AgentStateTime> out;
    if (!exec(q))
        return out;
    while (q.next())
        out.append(AgentStateTime{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

QString Database::lastAgentState(const QString &agentId)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT state FROM agent_states WHERE agent_id = :a "
                                         "ORDER BY at DESC, seq DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":a"), sql::text(agentId));
    if (!exec(q) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace relais::store

// Database: figures computed from what is stored (today's counters, reports, day charts). The
// SQL is the same on SQLite and PostgreSQL.
#include "store/Database.h"

#include "store/SqlValues.h"

#include <QSqlQuery>

namespace relais::store {

QHash<QString, AgentTotals> Database::agentTotalsSince(qint64 since)
{
    QHash<QString, AgentTotals> out;
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT agent_id, COUNT(*), COALESCE(SUM(closed_at - answered_at), 0) FROM interactions "
        "WHERE state = 'closed' AND answered_at > 0 AND closed_at >= :since AND agent_id <> '' "
        "GROUP BY agent_id"));
    q.bindValue(QStringLiteral(":since"), since);
    if (!exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), AgentTotals{q.value(1).toInt(), q.value(2).toLongLong()});
    return out;
}

} // namespace relais::store

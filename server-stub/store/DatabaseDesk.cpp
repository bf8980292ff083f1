// Database: what the desk keeps on the server (help requests, per-user settings).
#include "store/Database.h"

#include "store/SqlValues.h"

#include <QSqlQuery>

namespace relais::store {

namespace {

const QString kHelpColumns =
    QStringLiteral("id, agent_id, text, created_at, resolved_at, resolved_by");

HelpRequest helpFrom(const QSqlQuery &q)
{
    return HelpRequest{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()};
}

} // namespace

bool Database::insertHelpRequest(const HelpRequest &h)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO help_requests (%1) VALUES "
                                         "(:id, :agent, :text, :created, :resolved, :by)")
                              .arg(kHelpColumns));
    q.bindValue(QStringLiteral(":id"), sql::text(h.id));
    q.bindValue(QStringLiteral(":agent"), sql::text(h.agentId));
    q.bindValue(QStringLiteral(":text"), sql::text(h.text));
    q.bindValue(QStringLiteral(":created"), h.createdAt);
    q.bindValue(QStringLiteral(":resolved"), h.resolvedAt);
    q.bindValue(QStringLiteral(":by"), sql::text(h.resolvedBy));
    return exec(q);
}

std::optional<HelpRequest> Database::helpRequest(const QString &id)
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM help_requests WHERE id = :id").arg(kHelpColumns));
    q.bindValue(QStringLiteral(":id"), sql::text(id));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return helpFrom(q);
}

std::optional<HelpRequest> Database::openHelpRequestOf(const QString &agentId)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM help_requests WHERE agent_id = :a AND "
                                         "resolved_at = 0 ORDER BY created_at LIMIT 1")
                              .arg(kHelpColumns));
    q.bindValue(QStringLiteral(":a"), sql::text(agentId));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return helpFrom(q);
}

QList<HelpRequest> Database::openHelpRequests()
{
    QList<HelpRequest> out;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM help_requests WHERE resolved_at = 0 "
                                         "ORDER BY created_at, id")
                              .arg(kHelpColumns));
    if (!exec(q))
        return out;
    while (q.next())
        out.append(helpFrom(q));
    return out;
}

bool Database::resolveHelpRequest(const QString &id, const QString &by, qint64 at, bool *changed)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE help_requests SET resolved_at = :at, "
                                         "resolved_by = :by WHERE id = :id AND resolved_at = 0"));
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":by"), sql::text(by));
    q.bindValue(QStringLiteral(":id"), sql::text(id));
    if (!exec(q))
        return false;
    *changed = q.numRowsAffected() > 0;
    return true;
}

} // namespace relais::store

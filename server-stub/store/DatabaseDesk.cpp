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

std::optional<QString> Database::userSetting(const QString &username, const QString &name)
{
    QSqlQuery q = prepare(
        QStringLiteral("SELECT value FROM user_settings WHERE username = :u AND name = :n"));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    q.bindValue(QStringLiteral(":n"), sql::text(name));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool Database::setUserSetting(const QString &username, const QString &name, const QString &value,
                              qint64 at)
{
    QSqlQuery q = prepare(QStringLiteral(
        "INSERT INTO user_settings (username, name, value, updated_at) VALUES (:u, :n, :v, :at) "
        "ON CONFLICT (username, name) DO UPDATE SET value = excluded.value, "
        "updated_at = excluded.updated_at"));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    q.bindValue(QStringLiteral(":n"), sql::text(name));
    q.bindValue(QStringLiteral(":v"), sql::text(value));
    q.bindValue(QStringLiteral(":at"), at);
    return exec(q);
}

bool Database::deleteUserSetting(const QString &username, const QString &name)
{
    QSqlQuery q =
        prepare(QStringLiteral("DELETE FROM user_settings WHERE username = :u AND name = :n"));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    q.bindValue(QStringLiteral(":n"), sql::text(name));
    return exec(q);
}

int Database::userSettingCount(const QString &username)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COUNT(*) FROM user_settings WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace relais::store

// Database: callbacks promised to customers.
#include "store/Database.h"

#include "store/SqlValues.h"

#include <QSqlQuery>

namespace relais::store {

namespace {

const QString kCallbackColumns =
    QStringLiteral("id, customer_id, number, queue, agent_id, due_at, note, recording, state, "
                   "source_interaction, created_by, created_at");

CallbackRecord callbackFrom(const QSqlQuery &q)
{
    CallbackRecord c;
    c.id = q.value(0).toString();
    c.customerId = q.value(1).toString();
    c.number = q.value(2).toString();
    c.queue = q.value(3).toString();
    c.agentId = q.value(4).toString();
    c.dueAt = q.value(5).toLongLong();
    c.note = q.value(6).toString();
    c.recording = q.value(7).toString();
    c.state = q.value(8).toString();
    c.sourceInteraction = q.value(9).toString();
    c.createdBy = q.value(10).toString();
    c.createdAt = q.value(11).toLongLong();
    return c;
}

} // namespace

bool Database::insertCallback(const CallbackRecord &c)
{
    if (c.id.isEmpty())
        return fail(QStringLiteral("a callback needs an id"));
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO callbacks (%1) VALUES (:id, :customer, "
                                         ":number, :queue, :agent, :due, :note, :recording, "
                                         ":state, :source, :by, :created)")
                              .arg(kCallbackColumns));
    q.bindValue(QStringLiteral(":id"), sql::text(c.id));
    q.bindValue(QStringLiteral(":customer"), sql::text(c.customerId));
    q.bindValue(QStringLiteral(":number"), sql::text(c.number));
    q.bindValue(QStringLiteral(":queue"), sql::text(c.queue));
    q.bindValue(QStringLiteral(":agent"), sql::text(c.agentId));
    q.bindValue(QStringLiteral(":due"), c.dueAt);
    q.bindValue(QStringLiteral(":note"), sql::text(c.note));
    q.bindValue(QStringLiteral(":recording"), sql::text(c.recording));
    q.bindValue(QStringLiteral(":state"), sql::text(c.state));
    q.bindValue(QStringLiteral(":source"), sql::text(c.sourceInteraction));
    q.bindValue(QStringLiteral(":by"), sql::text(c.createdBy));
    q.bindValue(QStringLiteral(":created"), c.createdAt);
    return exec(q);
}

std::optional<CallbackRecord> Database::callback(const QString &id)
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE id = :id").arg(kCallbackColumns));
    q.bindValue(QStringLiteral(":id"), sql::text(id));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return callbackFrom(q);
}

bool Database::setCallbackState(const QString &id, const QString &state)
{
    QSqlQuery q = prepare(QStringLiteral("UPDATE callbacks SET state = :s WHERE id = :id"));
    q.bindValue(QStringLiteral(":s"), sql::text(state));
    q.bindValue(QStringLiteral(":id"), sql::text(id));
    return exec(q);
}

QList<CallbackRecord> Database::dueCallbacks(qint64 now)
{
    QList<CallbackRecord> out;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM callbacks WHERE state = 'scheduled' "
                                         "AND due_at <= :now ORDER BY due_at, id")
                              .arg(kCallbackColumns));
    q.bindValue(QStringLiteral(":now"), now);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(callbackFrom(q));
    return out;
}

std::optional<qint64> Database::nextCallbackDue()
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT MIN(due_at) FROM callbacks WHERE state = 'scheduled'"));
    if (!exec(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<CallbackRecord> Database::openCallbacks(const QString &agentId, const QString &queue,
                                              int limit)
{
    QList<CallbackRecord> out;
    QString statement =
        QStringLiteral("SELECT %1, COALESCE(c.name, '') FROM callbacks b LEFT JOIN customers c ON "
                       "c.id = b.customer_id WHERE b.state IN ('scheduled', 'waiting')");
    QStringList columns = kCallbackColumns.split(QStringLiteral(", "));
    for (QString &column : columns)
        column.prepend(QStringLiteral("b."));
    statement = statement.arg(columns.join(QStringLiteral(", ")));
    if (!agentId.isEmpty())
        statement += QStringLiteral(" AND b.agent_id = :agent");
    if (!queue.isEmpty())
        statement += QStringLiteral(" AND b.queue = :queue");
    statement += QStringLiteral(" ORDER BY b.due_at, b.id LIMIT :limit");
    QSqlQuery q = prepare(statement);
    if (!agentId.isEmpty())
        q.bindValue(QStringLiteral(":agent"), sql::text(agentId));
    if (!queue.isEmpty())
        q.bindValue(QStringLiteral(":queue"), sql::text(queue));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!exec(q))
        return out;
    while (q.next()) {
        CallbackRecord c = callbackFrom(q);
        c.customerName = q.value(12).toString();
        out.append(c);
    }
    return out;
}

} // namespace relais::store

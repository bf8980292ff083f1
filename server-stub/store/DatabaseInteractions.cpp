#include "store/Database.h"

#include "store/SqlValues.h"

#include <QSqlQuery>

namespace relais::store {

namespace {

const QString kInteractionColumns = QStringLiteral(
    "id, channel, queue, from_addr, subject, priority, seq, customer_id, state, agent_id, "
    "target_agent, created_at, answered_at, ended_at, closed_at, disposition, reason, notes, "
    "sip_call_id, connector, recording, direction");

InteractionRecord interactionFrom(const QSqlQuery &q)
{
    InteractionRecord r;
    r.id = q.value(0).toString();
    r.channel =
        protocol::channelFromString(q.value(1).toString()).value_or(protocol::Channel::Chat);
    r.queue = q.value(2).toString();
    r.from = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.priority = q.value(5).toInt();
    r.seq = quint64(q.value(6).toLongLong());
    r.customerId = q.value(7).toString();
    r.state = q.value(8).toString();
    r.agentId = q.value(9).toString();
    r.targetAgent = q.value(10).toString();
    r.createdAt = q.value(11).toLongLong();
    r.answeredAt = q.value(12).toLongLong();
    r.endedAt = q.value(13).toLongLong();
    r.closedAt = q.value(14).toLongLong();
    r.disposition = q.value(15).toString();
    r.reason = q.value(16).toString();
    r.notes = q.value(17).toString();
    r.sipCallId = q.value(18).toString();
    r.connector = q.value(19).toString();
    r.recording = q.value(20).toString();
    r.direction = q.value(21).toString();
    return r;
}

void bindInteraction(QSqlQuery &q, const InteractionRecord &r)
{
    q.bindValue(QStringLiteral(":id"), sql::text(r.id));
    q.bindValue(QStringLiteral(":channel"), protocol::toString(r.channel));
    q.bindValue(QStringLiteral(":queue"), sql::text(r.queue));
    q.bindValue(QStringLiteral(":from_addr"), sql::text(r.from));
    q.bindValue(QStringLiteral(":subject"), sql::text(r.subject));
    q.bindValue(QStringLiteral(":priority"), r.priority);
    q.bindValue(QStringLiteral(":seq"), qint64(r.seq));
    q.bindValue(QStringLiteral(":customer_id"), sql::text(r.customerId));
    q.bindValue(QStringLiteral(":state"), sql::text(r.state));
    q.bindValue(QStringLiteral(":agent_id"), sql::text(r.agentId));
    q.bindValue(QStringLiteral(":target_agent"), sql::text(r.targetAgent));
    q.bindValue(QStringLiteral(":created_at"), r.createdAt);
    q.bindValue(QStringLiteral(":answered_at"), r.answeredAt);
    q.bindValue(QStringLiteral(":ended_at"), r.endedAt);
    q.bindValue(QStringLiteral(":closed_at"), r.closedAt);
    q.bindValue(QStringLiteral(":disposition"), sql::text(r.disposition));
    q.bindValue(QStringLiteral(":reason"), sql::text(r.reason));
    q.bindValue(QStringLiteral(":notes"), sql::text(r.notes));
    q.bindValue(QStringLiteral(":sip_call_id"), sql::text(r.sipCallId));
    q.bindValue(QStringLiteral(":connector"), sql::text(r.connector));
    q.bindValue(QStringLiteral(":recording"), sql::text(r.recording));
    q.bindValue(QStringLiteral(":direction"), sql::text(r.direction));
}

// ":id, :channel, …" from the column list.
QString placeholders()
{
    QStringList names = kInteractionColumns.split(QStringLiteral(", "));
    for (QString &n : names)
        n.prepend(QLatin1Char(':'));
    return names.join(QStringLiteral(", "));
}

QString assignments()
{
    QStringList names = kInteractionColumns.split(QStringLiteral(", "));
    names.removeFirst(); // id
    for (QString &n : names)
        n = n + QStringLiteral(" = :") + n;
    return names.join(QStringLiteral(", "));
}

} // namespace

bool Database::insertInteraction(const InteractionRecord &r)
{
    if (r.id.isEmpty())
        return fail(QStringLiteral("an interaction needs an id"));
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO interactions (%1) VALUES (%2)")
                              .arg(kInteractionColumns, placeholders()));
    bindInteraction(q, r);
    return exec(q);
}

bool Database::updateInteraction(const InteractionRecord &r)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE interactions SET %1 WHERE id = :id").arg(assignments()));
    bindInteraction(q, r);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("no interaction \"%1\"").arg(r.id));
    return true;
}

std::optional<InteractionRecord> Database::interaction(const QString &id)
{
    QSqlQuery q = prepare(
        QStringLiteral("SELECT %1 FROM interactions WHERE id = :id").arg(kInteractionColumns));
    q.bindValue(QStringLiteral(":id"), sql::text(id));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return interactionFrom(q);
}

QList<InteractionRecord> Database::openInteractions()
{
    QList<InteractionRecord> out;
    QSqlQuery q = prepare(QStringLiteral("SELECT %1 FROM interactions WHERE state NOT IN "
                                         "('closed', 'abandoned', 'cancelled') "
                                         "ORDER BY seq, created_at, id")
                              .arg(kInteractionColumns));
    if (!exec(q))
        return out;
    while (q.next())
        out.append(interactionFrom(q));
    return out;
}

QHash<QString, std::pair<QString, QString>> Database::waitingCustomers(const QString &queue)
{
    QHash<QString, std::pair<QString, QString>> out;
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT i.id, i.customer_id, COALESCE(c.name, '') FROM interactions i LEFT JOIN "
        "customers c ON c.id = i.customer_id WHERE i.queue = :q AND i.state IN ('queued', "
        "'offered')"));
    q.bindValue(QStringLiteral(":q"), sql::text(queue));
    if (!exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return out;
}

quint64 Database::maxInteractionSeq()
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM interactions"));
    if (!exec(q) || !q.next())
        return 0;
    return quint64(q.value(0).toLongLong());
}

std::optional<protocol::Message> Database::addMessage(const QString &interactionId,
                                                      const QString &from, const QString &text,
                                                      qint64 at)
{
    protocol::Message m{interactionId, 0, from, text, at};
    const bool ok = transaction([&] {
        QSqlQuery next = prepare(QStringLiteral(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE interaction_id = :ix"));
        next.bindValue(QStringLiteral(":ix"), sql::text(interactionId));
        if (!exec(next) || !next.next())
            return false;
        m.seq = next.value(0).toLongLong();
        next.finish();
        QSqlQuery q = prepare(QStringLiteral("INSERT INTO messages (interaction_id, seq, sender, "
                                             "body, at) VALUES (:ix, :seq, :sender, :body, :at)"));
        q.bindValue(QStringLiteral(":ix"), sql::text(interactionId));
        q.bindValue(QStringLiteral(":seq"), m.seq);
        q.bindValue(QStringLiteral(":sender"), sql::text(from));
        q.bindValue(QStringLiteral(":body"), sql::text(text));
        q.bindValue(QStringLiteral(":at"), at);
        return exec(q);
    });
    if (!ok)
        return std::nullopt;
    return m;
}

QList<protocol::Message> Database::messages(const QString &interactionId, qint64 afterSeq)
{
    QList<protocol::Message> out;
    QSqlQuery q = prepare(QStringLiteral("SELECT seq, sender, body, at FROM messages WHERE "
                                         "interaction_id = :ix AND seq > :after ORDER BY seq"));
    q.bindValue(QStringLiteral(":ix"), sql::text(interactionId));
    q.bindValue(QStringLiteral(":after"), afterSeq);
    if (!exec(q))
        return out;
    while (q.next()) {
        out.append(protocol::Message{interactionId, q.value(0).toLongLong(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toLongLong()});
    }
    return out;
}

} // namespace relais::store

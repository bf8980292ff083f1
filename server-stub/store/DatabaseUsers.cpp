#include "store/Database.h"

#include "store/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace relais::store {

namespace {

const QString kUserColumns = QStringLiteral(
    "username, name, roles, skills, capacity, password_hash, sip_user, sip_password, "
    "auto_answer, team, failed_logins, locked_until");

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString skillsJson(const QHash<QString, int> &skills)
{
    QJsonObject o;
    for (auto it = skills.begin(); it != skills.end(); ++it)
        o.insert(it.key(), it.value());
    return compact(QJsonDocument(o));
}

// Capacity is stored by channel name, so a new channel in the enum does not shift old rows.
QString capacityJson(const routing::Capacity &c)
{
    QJsonObject o;
    for (int i = 0; i < protocol::kChannelCount; ++i)
        o.insert(protocol::toString(protocol::Channel(i)), c[size_t(i)]);
    return compact(QJsonDocument(o));
}

routing::Capacity capacityFromJson(const QString &json)
{
    routing::Capacity c{};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (int i = 0; i < protocol::kChannelCount; ++i)
        c[size_t(i)] = o.value(protocol::toString(protocol::Channel(i))).toInt();
    return c;
}

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.username = q.value(0).toString();
    u.name = q.value(1).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        u.roles.append(v.toString());
    const QJsonObject skills = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    for (auto it = skills.begin(); it != skills.end(); ++it)
        u.skills.insert(it.key(), it.value().toInt());
    u.capacity = capacityFromJson(q.value(4).toString());
    u.passwordHash = q.value(5).toString();
    u.sipUser = q.value(6).toString();
    u.sipPassword = q.value(7).toString();
    u.autoAnswer = q.value(8).toInt() != 0;
    u.team = q.value(9).toString();
    u.failedLogins = q.value(10).toInt();
    u.lockedUntil = q.value(11).toLongLong();
    return u;
}

} // namespace

std::optional<UserRecord> Database::user(const QString &username)
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM users WHERE username = :u").arg(kUserColumns));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<UserRecord> Database::users()
{
    QList<UserRecord> out;
    QSqlQuery q =
        prepare(QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kUserColumns));
    if (!exec(q))
        return out;
    while (q.next())
        out.append(userFrom(q));
    return out;
}

bool Database::upsertUser(const UserRecord &rec)
{
    if (rec.username.isEmpty())
        return fail(QStringLiteral("a user needs a username"));
    QSqlQuery q = prepare(
        QStringLiteral(
            "INSERT INTO users (%1) VALUES (:username, :name, :roles, :skills, :capacity, :hash, "
            ":sip_user, :sip_password, :auto_answer, :team, 0, 0) "
            "ON CONFLICT (username) DO UPDATE SET name = excluded.name, roles = excluded.roles, "
            "skills = excluded.skills, capacity = excluded.capacity, sip_user = excluded.sip_user, "
            "sip_password = excluded.sip_password, auto_answer = excluded.auto_answer, "
            "team = excluded.team")
            .arg(kUserColumns));
    q.bindValue(QStringLiteral(":username"), sql::text(rec.username));
    q.bindValue(QStringLiteral(":name"), sql::text(rec.name));
    q.bindValue(QStringLiteral(":roles"),
                compact(QJsonDocument(QJsonArray::fromStringList(rec.roles))));
    q.bindValue(QStringLiteral(":skills"), skillsJson(rec.skills));
    q.bindValue(QStringLiteral(":capacity"), capacityJson(rec.capacity));
    q.bindValue(QStringLiteral(":hash"), sql::text(rec.passwordHash));
    q.bindValue(QStringLiteral(":sip_user"), sql::text(rec.sipUser));
    q.bindValue(QStringLiteral(":sip_password"), sql::text(rec.sipPassword));
    q.bindValue(QStringLiteral(":auto_answer"), rec.autoAnswer ? 1 : 0);
    q.bindValue(QStringLiteral(":team"), sql::text(rec.team));
    return exec(q);
}

bool Database::setPasswordHash(const QString &username, const QString &hash)
{
    QSqlQuery q =
        prepare(QStringLiteral("UPDATE users SET password_hash = :h WHERE username = :u"));
    q.bindValue(QStringLiteral(":h"), sql::text(hash));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    if (!exec(q))
        return false;
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("no user \"%1\"").arg(username));
    return true;
}

qint64 Database::recordLoginFailure(const QString &username, qint64 now, int maxFailures,
                                    qint64 lockMs)
{
    qint64 lockedUntil = 0;
    transaction([&] {
        QSqlQuery read = prepare(
            QStringLiteral("SELECT failed_logins, locked_until FROM users WHERE username = :u"));
        read.bindValue(QStringLiteral(":u"), sql::text(username));
        if (!exec(read))
            return false;
        if (!read.next())
            return fail(QStringLiteral("no user \"%1\"").arg(username));
        int failures = read.value(0).toInt() + 1;
        lockedUntil = read.value(1).toLongLong();
        read.finish();
        if (maxFailures > 0 && failures >= maxFailures) {
            lockedUntil = now + lockMs;
            failures = 0;
        }
        QSqlQuery write = prepare(QStringLiteral(
            "UPDATE users SET failed_logins = :f, locked_until = :l WHERE username = :u"));
        write.bindValue(QStringLiteral(":f"), failures);
        write.bindValue(QStringLiteral(":l"), lockedUntil);
        write.bindValue(QStringLiteral(":u"), sql::text(username));
        return exec(write);
    });
    return lockedUntil > now ? lockedUntil : 0;
}

bool Database::recordLoginSuccess(const QString &username)
{
    QSqlQuery q = prepare(
        QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), sql::text(username));
    return exec(q);
}

} // namespace relais::store

#include "store/Database.h"

#include "store/Migrations.h"
#include "store/SqlValues.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace relais::store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("relais-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &url, QString *error)
{
    std::unique_ptr<Database> db(new Database);
    if (!db->connect(url) || !db->migrate()) {
        if (error)
            *error = db->lastError();
        return nullptr;
    }
    return db;
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::connect(const QString &url)
{
    QString driver;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        driver = QStringLiteral("QSQLITE");
    } else if (url.startsWith(QLatin1String("postgresql://")) ||
               url.startsWith(QLatin1String("postgres://"))) {
        driver = QStringLiteral("QPSQL");
        m_postgres = true;
    } else {
        return fail(QStringLiteral("unsupported database URL \"%1\" (expected sqlite:PATH or "
                                   "postgresql://USER:PASSWORD@HOST:PORT/DB)")
                        .arg(url.section(QLatin1Char('@'), -1)));
    }
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(QStringLiteral("the Qt SQL driver %1 is not installed").arg(driver));

    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    if (m_postgres) {
        const QUrl u(url);
        const QString name = u.path().mid(1);
        if (!u.isValid() || u.host().isEmpty() || name.isEmpty())
            return fail(QStringLiteral("bad PostgreSQL URL: expected "
                                       "postgresql://USER:PASSWORD@HOST:PORT/DB"));
        m_db.setHostName(u.host());
        m_db.setPort(u.port(5432));
        m_db.setUserName(u.userName(QUrl::FullyDecoded));
        m_db.setPassword(u.password(QUrl::FullyDecoded));
        m_db.setDatabaseName(name);
        QStringList options{QStringLiteral("connect_timeout=10")};
        const QUrlQuery query(u);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
                key == QLatin1String("application_name"))
                options.append(key + QLatin1Char('=') + value);
        }
        m_db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return fail(QStringLiteral("sqlite: URL without a file path"));
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open())
        return fail(QStringLiteral("cannot open the database: %1").arg(m_db.lastError().text()));

    QSqlQuery q(m_db);
    if (m_postgres) {
        if (!q.exec(QStringLiteral("SET client_min_messages TO WARNING")))
            return failQuery(q);
        return true;
    }
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=5000")};
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return failQuery(q);
    }
    return true;
}

bool Database::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")))
        return failQuery(q);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !q.next())
        return failQuery(q);
    m_schemaVersion = q.value(0).toInt();
    q.finish();

    const QList<Migration> steps = migrations(m_postgres);
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (m_schemaVersion > latest)
        return fail(QStringLiteral("the database schema (version %1) is newer than this "
                                   "program knows (version %2)")
                        .arg(m_schemaVersion)
                        .arg(latest));
    for (const Migration &m : steps) {
        if (m.version <= m_schemaVersion)
            continue;
        const bool ok = transaction([&] {
            for (const QString &sql : m.statements) {
                QSqlQuery s(m_db);
                if (!s.exec(sql))
                    return fail(QStringLiteral("migration %1 failed: %2 (%3)")
                                    .arg(m.version)
                                    .arg(s.lastError().text(), sql.left(60)));
            }
            QSqlQuery v = prepare(QStringLiteral(
                "INSERT INTO schema_version (version, applied_at) VALUES (:v, :at)"));
            v.bindValue(QStringLiteral(":v"), m.version);
            v.bindValue(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch());
            return exec(v);
        });
        if (!ok)
            return false;
        m_schemaVersion = m.version;
    }
    return true;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        failQuery(q);
    return q;
}

bool Database::exec(QSqlQuery &q)
{
    if (!q.exec())
        return failQuery(q);
    return true;
}

bool Database::fail(const QString &what)
{
    m_lastError = what;
    return false;
}

bool Database::failQuery(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    QString text = e.text();
    if (text.trimmed().isEmpty())
        text = m_db.lastError().text();
    return fail(text.isEmpty() ? QStringLiteral("database error") : text);
}

bool Database::transaction(const std::function<bool()> &fn)
{
    if (m_txDepth > 0) {
        ++m_txDepth;
        bool ok = false;
        try {
            ok = fn();
        } catch (...) {
            --m_txDepth;
            throw;
        }
        --m_txDepth;
        return ok;
    }
    QSqlQuery q(m_db);
    // IMMEDIATE takes SQLite's write lock up front: no deadlock on a read-then-write upgrade.
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return failQuery(q);
    ++m_txDepth;
    bool ok = false;
    try {
        ok = fn();
    } catch (...) {
        --m_txDepth;
        q.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    --m_txDepth;
    if (ok) {
        if (q.exec(QStringLiteral("COMMIT")))
            return true;
        failQuery(q);
    }
    const QString error = m_lastError;
    q.exec(QStringLiteral("ROLLBACK"));
    m_lastError = error;
    return false;
}

// ---- settings ----

std::optional<QString> Database::setting(const QString &key)
{
    QSqlQuery q = prepare(QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), sql::text(key));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q = prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":k"), sql::text(key));
    q.bindValue(QStringLiteral(":v"), sql::text(value));
    return exec(q);
}

// ---- sessions ----

bool Database::saveSession(const SessionRecord &s)
{
    QSqlQuery q = prepare(
        QStringLiteral("INSERT INTO sessions (token, username, expires_at) VALUES (:t, :u, :e) "
                       "ON CONFLICT (token) DO UPDATE SET username = excluded.username, "
                       "expires_at = excluded.expires_at"));
    q.bindValue(QStringLiteral(":t"), sql::text(s.token));
    q.bindValue(QStringLiteral(":u"), sql::text(s.username));
    q.bindValue(QStringLiteral(":e"), s.expiresAt);
    return exec(q);
}

std::optional<SessionRecord> Database::session(const QString &token)
{
    QSqlQuery q = prepare(
        QStringLiteral("SELECT token, username, expires_at FROM sessions WHERE token = :t"));
    q.bindValue(QStringLiteral(":t"), sql::text(token));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return SessionRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
}

bool Database::deleteSession(const QString &token)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM sessions WHERE token = :t"));
    q.bindValue(QStringLiteral(":t"), sql::text(token));
    return exec(q);
}

bool Database::deleteExpiredSessions(qint64 now)
{
    QSqlQuery q = prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at <= :n"));
    q.bindValue(QStringLiteral(":n"), now);
    return exec(q);
}

// ---- agent state log and audit ----

bool Database::logAgentState(const QString &agentId, const QString &state, const QString &reason,
                             qint64 at)
{
    // Orders the rows that share a millisecond. Starting from the clock (in µs) keeps it growing
    // across restarts without reading the whole log back.
    if (m_agentStateSeq < 0)
        m_agentStateSeq = QDateTime::currentMSecsSinceEpoch() * 1000;
    QSqlQuery q =
        prepare(QStringLiteral("INSERT INTO agent_states (agent_id, state, reason, at, seq) "
                               "VALUES (:a, :s, :r, :at, :seq)"));
    q.bindValue(QStringLiteral(":seq"), ++m_agentStateSeq);
    q.bindValue(QStringLiteral(":a"), sql::text(agentId));
    q.bindValue(QStringLiteral(":s"), sql::text(state));
    q.bindValue(QStringLiteral(":r"), sql::text(reason));
    q.bindValue(QStringLiteral(":at"), at);
    return exec(q);
}

bool Database::audit(const AuditEntry &e)
{
    return transaction([&] {
        QSqlQuery next = prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit"));
        if (!exec(next) || !next.next())
            return false;
        const qint64 seq = next.value(0).toLongLong();
        next.finish();
        QSqlQuery q = prepare(QStringLiteral(
            "INSERT INTO audit (seq, at, actor, action, resource, source, success, detail) "
            "VALUES (:seq, :at, :actor, :action, :resource, :source, :success, :detail)"));
        q.bindValue(QStringLiteral(":seq"), seq);
        q.bindValue(QStringLiteral(":at"), e.at);
        q.bindValue(QStringLiteral(":actor"), sql::text(e.actor));
        q.bindValue(QStringLiteral(":action"), sql::text(e.action));
        q.bindValue(QStringLiteral(":resource"), sql::text(e.resource));
        q.bindValue(QStringLiteral(":source"), sql::text(e.source));
        q.bindValue(QStringLiteral(":success"), e.success ? 1 : 0);
        q.bindValue(QStringLiteral(":detail"), sql::text(e.detail));
        return exec(q);
    });
}

QList<AuditEntry> Database::auditEntries(int limit)
{
    QList<AuditEntry> out;
    QSqlQuery q = prepare(
        QStringLiteral("SELECT at, actor, action, resource, source, success, detail FROM audit "
                       "ORDER BY seq DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), qMax(0, limit));
    if (!exec(q))
        return out;
    while (q.next()) {
        out.append(AuditEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0,
                              q.value(6).toString()});
    }
    return out;
}

} // namespace relais::store

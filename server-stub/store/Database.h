#pragma once

#include "store/Records.h"

#include <relais/protocol/Types.h>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace relais::store {

// The relais-dispatch store: SQLite (WAL, synchronous=FULL) or PostgreSQL through the same
// portable SQL. Every write is committed before its function returns. Not thread-safe: use a
// Database from the thread that opened it. Failures return false/nullopt and set lastError().
class Database
{
public:
    // url: "sqlite:PATH" (PATH may be ":memory:") or "postgresql://USER:PW@HOST:PORT/DB". Opens,
    // applies pending migrations (a schema_version table), returns nullptr and *error on failure.
    static std::unique_ptr<Database> open(const QString &url, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }
    // Phones given to insertCustomer/customerByPhone are normalised with this code ("229").
    void setDefaultCountryCode(const QString &code) { m_countryCode = code; }

    // Runs fn inside one transaction; commits if fn returns true, else rolls back. Nested calls
    // (and the store's own multi-statement writes) join the outer transaction.
    bool transaction(const std::function<bool()> &fn);

    // users
    std::optional<UserRecord> user(const QString &username);
    QList<UserRecord> users();
    // Inserts the user if absent (with rec.passwordHash); if present, updates name/roles/skills/
    // capacity/sip/autoAnswer/team but keeps the stored hash, failedLogins and lockedUntil.
    bool upsertUser(const UserRecord &rec);
    bool setPasswordHash(const QString &username, const QString &hash);
    // Increments failed_logins; once it reaches maxFailures sets locked_until = now + lockMs and
    // resets the counter. Returns the lockedUntil now in force (0 if not locked).
    qint64 recordLoginFailure(const QString &username, qint64 now, int maxFailures, qint64 lockMs);
    bool recordLoginSuccess(const QString &username); // failedLogins = 0, lockedUntil = 0

    // sessions (resume tokens survive a restart)
    bool saveSession(const SessionRecord &s);
    std::optional<SessionRecord> session(const QString &token);
    bool deleteSession(const QString &token);
    bool deleteExpiredSessions(qint64 now);

    // customers: phone stored normalised E.164, email lower-cased
    std::optional<protocol::Customer> customer(const QString &id);
    std::optional<protocol::Customer> customerByPhone(const QString &e164);
    std::optional<protocol::Customer> customerByEmail(const QString &email);
    // id is generated when c.id is empty; returns the stored customer
    std::optional<protocol::Customer> insertCustomer(protocol::Customer c);
    // The language the customer chose (in the IVR); false when there is no such customer.
    bool setCustomerLanguage(const QString &id, const QString &language);
    // name/phone/email, case- and accent-insensitive substring
    QList<protocol::Customer> searchCustomers(const QString &query, int limit = 20);
    int customerCount();

    // contact history (the screen-pop)
    bool addContact(const QString &customerId, const protocol::Contact &c);
    QList<protocol::Contact> history(const QString &customerId, int limit = 10); // newest first

    // interactions
    bool insertInteraction(const InteractionRecord &r);
    bool updateInteraction(const InteractionRecord &r); // by id, every column
    std::optional<InteractionRecord> interaction(const QString &id);
    QList<InteractionRecord> openInteractions(); // not closed/abandoned/cancelled, by seq
    // The queued and offered interactions of a queue: id → (customer id, customer name).
    QHash<QString, std::pair<QString, QString>> waitingCustomers(const QString &queue);
    quint64 maxInteractionSeq();

    // messages: seq per interaction 1,2,3…; returns the stored message
    std::optional<protocol::Message> addMessage(const QString &interactionId, const QString &from,
                                                const QString &text, qint64 at);
    QList<protocol::Message> messages(const QString &interactionId, qint64 afterSeq = 0);

    // agent state log and audit
    bool logAgentState(const QString &agentId, const QString &state, const QString &reason,
                       qint64 at);
    bool audit(const AuditEntry &e);
    QList<AuditEntry> auditEntries(int limit = 100); // newest first, for tests and admins

    // help requests (DatabaseDesk.cpp)
    bool insertHelpRequest(const HelpRequest &h);
    std::optional<HelpRequest> helpRequest(const QString &id);
    std::optional<HelpRequest> openHelpRequestOf(const QString &agentId);
    QList<HelpRequest> openHelpRequests(); // oldest first
    // Marks it resolved if it is still open; false (and no error) if it was not.
    bool resolveHelpRequest(const QString &id, const QString &by, qint64 at, bool *changed);

    // per-user settings (DatabaseDesk.cpp): `value` is opaque text (JSON for the desk)
    std::optional<QString> userSetting(const QString &username, const QString &name);
    bool setUserSetting(const QString &username, const QString &name, const QString &value,
                        qint64 at);
    bool deleteUserSetting(const QString &username, const QString &name);
    int userSettingCount(const QString &username);

    // callbacks (DatabaseCallbacks.cpp)
    bool insertCallback(const CallbackRecord &c);
    std::optional<CallbackRecord> callback(const QString &id);
    bool setCallbackState(const QString &id, const QString &state);
    QList<CallbackRecord> dueCallbacks(qint64 now); // scheduled, due_at <= now, oldest first
    std::optional<qint64> nextCallbackDue();        // earliest due_at of the scheduled ones
    // Scheduled and waiting ones, by due time, with the customer's name; filtered by the agent
    // they are kept for and/or the queue (empty: no filter).
    QList<CallbackRecord> openCallbacks(const QString &agentId, const QString &queue,
                                        int limit = 500);

    // figures computed from the interactions (DatabaseReports.cpp)
    // Per agent: interactions answered and closed in [from, to) (by closing time).
    QHash<QString, AgentTotals> agentTotals(qint64 from, qint64 to);
    QHash<QString, AgentTotals> agentTotalsSince(qint64 since);
    // Per queue: interactions that arrived in [from, to), cancelled callbacks left out. An
    // answer within targetMs[queue] (defaultTargetMs for a queue not named) counts in target.
    QList<QueueTotals> queueTotals(qint64 from, qint64 to, const QHash<QString, qint64> &targetMs,
                                   qint64 defaultTargetMs);
    // The same by arrival interval of `intervalMs` from dayStart, over one day.
    QList<IntervalTotals> intervalTotals(qint64 dayStart, qint64 intervalMs, int intervals,
                                         const QHash<QString, qint64> &targetMs,
                                         qint64 defaultTargetMs);
    // Time per agent, state and reason in [from, to), from the agent state log.
    QList<AgentStateTime> agentStateTimes(qint64 from, qint64 to);
    // The last logged state of an agent ("" if none).
    QString lastAgentState(const QString &agentId);

    // small key/value for settings and "demo seeded" markers
    std::optional<QString> setting(const QString &key);
    bool setSetting(const QString &key, const QString &value);

private:
    Database() = default;
    bool connect(const QString &url);
    bool migrate();
    QSqlQuery prepare(const QString &sql);
    bool exec(QSqlQuery &q);
    bool fail(const QString &what);
    bool failQuery(const QSqlQuery &q);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_lastError;
    QString m_countryCode = QStringLiteral("229");
    bool m_postgres = false;
    int m_txDepth = 0;
    int m_schemaVersion = 0;
    qint64 m_agentStateSeq = -1; // last seq written to agent_states; -1: none yet
};

} // namespace relais::store

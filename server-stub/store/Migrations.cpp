#include "store/Migrations.h"

namespace relais::store {

QList<Migration> migrations(bool postgres)
{
    Q_UNUSED(postgres) // every statement so far is portable
    QList<Migration> steps;

    steps.append({1,
                  {
                      "CREATE TABLE users ("
                      " username TEXT PRIMARY KEY,"
                      " name TEXT NOT NULL DEFAULT '',"
                      " roles TEXT NOT NULL DEFAULT '[]',"
                      " skills TEXT NOT NULL DEFAULT '{}',"
                      " capacity TEXT NOT NULL DEFAULT '{}',"
                      " password_hash TEXT NOT NULL DEFAULT '',"
                      " sip_user TEXT NOT NULL DEFAULT '',"
                      " sip_password TEXT NOT NULL DEFAULT '',"
                      " auto_answer INTEGER NOT NULL DEFAULT 0,"
                      " team TEXT NOT NULL DEFAULT '',"
                      " failed_logins INTEGER NOT NULL DEFAULT 0,"
                      " locked_until BIGINT NOT NULL DEFAULT 0)",

                      "CREATE TABLE sessions ("
                      " token TEXT PRIMARY KEY,"
                      " username TEXT NOT NULL,"
                      " expires_at BIGINT NOT NULL)",
                      "CREATE INDEX sessions_expiry ON sessions (expires_at)",

                      "CREATE TABLE customers ("
                      " id TEXT PRIMARY KEY,"
                      " name TEXT NOT NULL DEFAULT '',"
                      " phone TEXT NOT NULL DEFAULT '',"
                      " email TEXT NOT NULL DEFAULT '',"
                      " language TEXT NOT NULL DEFAULT '',"
                      " segment TEXT NOT NULL DEFAULT '',"
                      " fields TEXT NOT NULL DEFAULT '{}',"
                      // lower-cased, accent-free name/phone/email: portable case-insensitive LIKE
                      " search TEXT NOT NULL DEFAULT '')",
                      "CREATE INDEX customers_phone ON customers (phone)",
                      "CREATE INDEX customers_email ON customers (email)",

                      "CREATE TABLE contacts ("
                      " id TEXT PRIMARY KEY,"
                      " customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                      " at BIGINT NOT NULL,"
                      " channel TEXT NOT NULL,"
                      " queue TEXT NOT NULL DEFAULT '',"
                      " reason TEXT NOT NULL DEFAULT '',"
                      " disposition TEXT NOT NULL DEFAULT '',"
                      " agent TEXT NOT NULL DEFAULT '',"
                      " notes TEXT NOT NULL DEFAULT '',"
                      " interaction_id TEXT NOT NULL DEFAULT '')",
                      "CREATE INDEX contacts_customer_at ON contacts (customer_id, at)",

                      "CREATE TABLE interactions ("
                      " id TEXT PRIMARY KEY,"
                      " channel TEXT NOT NULL,"
                      " queue TEXT NOT NULL DEFAULT '',"
                      " from_addr TEXT NOT NULL DEFAULT '',"
                      " subject TEXT NOT NULL DEFAULT '',"
                      " priority INTEGER NOT NULL DEFAULT 0,"
                      " seq BIGINT NOT NULL DEFAULT 0,"
                      " customer_id TEXT NOT NULL DEFAULT '',"
                      " state TEXT NOT NULL,"
                      " agent_id TEXT NOT NULL DEFAULT '',"
                      " target_agent TEXT NOT NULL DEFAULT '',"
                      " created_at BIGINT NOT NULL DEFAULT 0,"
                      " answered_at BIGINT NOT NULL DEFAULT 0,"
                      " ended_at BIGINT NOT NULL DEFAULT 0,"
                      " closed_at BIGINT NOT NULL DEFAULT 0,"
                      " disposition TEXT NOT NULL DEFAULT '',"
                      " reason TEXT NOT NULL DEFAULT '',"
                      " notes TEXT NOT NULL DEFAULT '',"
                      " sip_call_id TEXT NOT NULL DEFAULT '',"
                      " connector TEXT NOT NULL DEFAULT '')",
                      "CREATE INDEX interactions_state_seq ON interactions (state, seq)",
                      "CREATE INDEX interactions_seq ON interactions (seq)",

                      "CREATE TABLE messages ("
                      " interaction_id TEXT NOT NULL,"
                      " seq BIGINT NOT NULL,"
                      " sender TEXT NOT NULL,"
                      " body TEXT NOT NULL,"
                      " at BIGINT NOT NULL,"
                      " PRIMARY KEY (interaction_id, seq))",

                      "CREATE TABLE agent_states ("
                      " agent_id TEXT NOT NULL,"
                      " state TEXT NOT NULL,"
                      " reason TEXT NOT NULL DEFAULT '',"
                      " at BIGINT NOT NULL)",
                      "CREATE INDEX agent_states_agent_at ON agent_states (agent_id, at)",

                      "CREATE TABLE audit ("
                      " seq BIGINT NOT NULL,"
                      " at BIGINT NOT NULL,"
                      " actor TEXT NOT NULL DEFAULT '',"
                      " action TEXT NOT NULL,"
                      " resource TEXT NOT NULL DEFAULT '',"
                      " source TEXT NOT NULL DEFAULT '',"
                      " success INTEGER NOT NULL,"
                      " detail TEXT NOT NULL DEFAULT '')",
                      "CREATE INDEX audit_seq ON audit (seq)",

                      "CREATE TABLE settings ("
                      " key TEXT PRIMARY KEY,"
                      " value TEXT NOT NULL)",
                  }});

    // 2: agents' help requests to their supervisors.
    steps.append({2,
                  {
                      "CREATE TABLE help_requests ("
                      " id TEXT PRIMARY KEY,"
                      " agent_id TEXT NOT NULL,"
                      " text TEXT NOT NULL DEFAULT '',"
                      " created_at BIGINT NOT NULL,"
                      " resolved_at BIGINT NOT NULL DEFAULT 0,"
                      " resolved_by TEXT NOT NULL DEFAULT '')",
                      "CREATE INDEX help_requests_open ON help_requests (resolved_at, created_at)",
                  }});

    // 3: each user's own settings (the desk's layout, a supervisor's indicators), JSON text.
    steps.append({3,
                  {
                      "CREATE TABLE user_settings ("
                      " username TEXT NOT NULL,"
                      " name TEXT NOT NULL,"
                      " value TEXT NOT NULL,"
                      " updated_at BIGINT NOT NULL,"
                      " PRIMARY KEY (username, name))",
                  }});

    // 4: callbacks promised to customers; `id` is also the callback interaction's once due.
    steps.append({4,
                  {
                      "CREATE TABLE callbacks ("
                      " id TEXT PRIMARY KEY,"
                      " customer_id TEXT NOT NULL DEFAULT '',"
                      " number TEXT NOT NULL DEFAULT '',"
                      " queue TEXT NOT NULL,"
                      " agent_id TEXT NOT NULL DEFAULT '',"
                      " due_at BIGINT NOT NULL,"
                      " note TEXT NOT NULL DEFAULT '',"
                      " recording TEXT NOT NULL DEFAULT '',"
                      " state TEXT NOT NULL,"
                      " source_interaction TEXT NOT NULL DEFAULT '',"
                      " created_by TEXT NOT NULL DEFAULT '',"
                      " created_at BIGINT NOT NULL)",
                      "CREATE INDEX callbacks_state_due ON callbacks (state, due_at)",
                      "CREATE INDEX callbacks_agent ON callbacks (agent_id, state)",
                  }});

    // 5: reports. Agent states get their write order (several can share a millisecond);
    // interactions are read by arrival and by closing time.
    steps.append({5,
                  {
                      "ALTER TABLE agent_states ADD COLUMN seq BIGINT NOT NULL DEFAULT 0",
                      "CREATE INDEX agent_states_at ON agent_states (at)",
                      "CREATE INDEX interactions_created ON interactions (created_at)",
                      "CREATE INDEX interactions_closed ON interactions (closed_at)",
                  }});

    // 6: a voice interaction's recording (a WAV file under [voice] recordings_dir) and direction
    // (an agent's outbound call).
    steps.append({6,
                  {
                      "ALTER TABLE interactions ADD COLUMN recording TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE interactions ADD COLUMN direction TEXT NOT NULL DEFAULT "
                      "'inbound'",
                  }});

    return steps;
}

} // namespace relais::store

// The store, on a temporary SQLite file, or with --pg on the PostgreSQL of RELAIS_TEST_PG_URL.
#include "store/Database.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace relais;
using namespace relais::store;

namespace {

bool g_postgres = false;

InteractionRecord makeInteraction(const QString &id, quint64 seq, const QString &state)
{
    InteractionRecord r;
    r.id = id;
    r.channel = protocol::Channel::Whatsapp;
    r.queue = QStringLiteral("general");
    r.from = QStringLiteral("+22997000001");
    r.subject = QStringLiteral("Coupure d'électricité — facture n°42");
    r.priority = 7;
    r.seq = seq;
    r.customerId = QStringLiteral("CUST-0001");
    r.state = state;
    r.agentId = QStringLiteral("agent1");
    r.targetAgent = QStringLiteral("agent2");
    r.createdAt = 1700000000000 + qint64(seq);
    r.answeredAt = 1700000005000;
    r.endedAt = 1700000065000;
    r.closedAt = 1700000090000;
    r.disposition = QStringLiteral("resolved");
    r.reason = QStringLiteral("Facture");
    r.notes = QStringLiteral("Client rappelé à 10 h");
    r.sipCallId = QStringLiteral("abc@relais.local");
    r.connector = QStringLiteral("demo");
    return r;
}

} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT
private:
    QString m_url;
    std::unique_ptr<QTemporaryDir> m_dir;

    std::unique_ptr<Database> openDb()
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_url, &error);
        if (!db)
            qWarning("open failed: %s", qPrintable(error));
        return db;
    }

    // A second, raw connection: to look at what the store wrote, or to wipe a PG database.
    template <typename Fn> void withRawConnection(Fn fn)
    {
        const QString name = QStringLiteral("tst-raw");
        {
            QSqlDatabase raw;
            if (g_postgres) {
                const QUrl u(m_url);
                raw = QSqlDatabase::addDatabase("QPSQL", name);
                raw.setHostName(u.host());
                raw.setPort(u.port(5432));
                raw.setUserName(u.userName());
                raw.setPassword(u.password());
                raw.setDatabaseName(u.path().mid(1));
            } else {
                raw = QSqlDatabase::addDatabase("QSQLITE", name);
                raw.setDatabaseName(m_url.mid(7));
            }
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            fn(raw);
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    int countRows(const QString &table)
    {
        int n = -1;
        withRawConnection([&](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
                n = q.value(0).toInt();
        });
        return n;
    }

private slots:
    void initTestCase()
    {
        if (g_postgres) {
            m_url = qEnvironmentVariable("RELAIS_TEST_PG_URL");
            if (m_url.isEmpty())
                QSKIP("RELAIS_TEST_PG_URL is not set: the PostgreSQL run of the store test is "
                      "skipped (scripts/pg-test-cluster.sh start DIR PORT prints one)");
        }
    }

    void init()
    {
        if (g_postgres) {
            withRawConnection([](QSqlDatabase &raw) {
                QSqlQuery q(raw);
                q.exec("SET client_min_messages TO WARNING");
                // Every table, also those that later migrations add.
                QVERIFY(q.exec("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
                QStringList tables;
                while (q.next())
                    tables << q.value(0).toString();
                for (const QString &t : tables)
                    QVERIFY2(q.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(t)),
                             qPrintable(q.lastError().text()));
            });
        } else {
            m_dir = std::make_unique<QTemporaryDir>();
            QVERIFY(m_dir->isValid());
            m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("relais.db"));
        }
    }

    void migrationsAreIdempotent()
    {
        const int latest = migrations(g_postgres).last().version;
        {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->isPostgres(), g_postgres);
            QCOMPARE(db->schemaVersion(), latest);
            QVERIFY(db->setSetting("marker", "kept"));
        }
        for (int i = 0; i < 2; ++i) {
            auto db = openDb();
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), latest);
            QCOMPARE(db->setting("marker"), std::optional<QString>("kept"));
        }
        QCOMPARE(countRows("schema_version"), migrations(g_postgres).size());
    }

    void sqliteUsesWal()
    {
        if (g_postgres)
            QSKIP("SQLite only");
        auto db = openDb();
        QVERIFY(db);
        withRawConnection([](QSqlDatabase &raw) {
            QSqlQuery q(raw);
            QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
            QCOMPARE(q.value(0).toString(), QString("wal"));
        });
    }

    void refusesBadUrls()
    {
        QString error;
        QVERIFY(!Database::open("mysql://x@y/z", &error));
        QVERIFY2(error.contains("unsupported"), qPrintable(error));
        error.clear();
        QVERIFY(!Database::open("sqlite:/nonexistent-dir/sub/relais.db", &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!Database::open("postgresql://relais@/", &error));
        QVERIFY(!error.isEmpty());
    }

    void severalDatabasesInOneProcess()
    {
        auto a = openDb();
        auto b = openDb();
        auto c = Database::open("sqlite::memory:", nullptr);
        QVERIFY(a && b && c);
        QVERIFY(a->setSetting("k", "from a"));
        QCOMPARE(b->setting("k"), std::optional<QString>("from a")); // committed, visible
        QVERIFY(!c->setting("k"));
        b.reset();
        QVERIFY(a->setSetting("k", "still works"));
        QCOMPARE(a->setting("k"), std::optional<QString>("still works"));
    }

    void upsertKeepsHashAndLock()
    {
        auto db = openDb();
        QVERIFY(db);
        UserRecord u;
        u.username = "agent1";
        u.name = "Awa Dossou";
        u.roles = {"agent", "supervisor"};
        u.skills = {{"french", 8}, {"technique", 6}};
        u.capacity = {1, 3, 1, 3, 3, 3, 1};
        u.passwordHash = "$argon2id$first";
        u.sipUser = "agent1";
        u.sipPassword = "sip-secret";
        u.autoAnswer = true;
        u.team = "Équipe Cotonou";
        QVERIFY(db->upsertUser(u));
        QCOMPARE(db->recordLoginFailure("agent1", 1000, 2, 60000), 0);
        QCOMPARE(db->recordLoginFailure("agent1", 2000, 2, 60000), 62000);

        UserRecord changed = u;
        changed.name = "Awa Dossou-Yovo";
        changed.roles = {"agent"};
        changed.skills = {{"english", 3}};
        changed.capacity = {0, 5, 0, 0, 0, 0, 0};
        changed.passwordHash = "$argon2id$second";
        changed.autoAnswer = false;
        changed.team.clear();
        QVERIFY(db->upsertUser(changed));

        const std::optional<UserRecord> got = db->user("agent1");
        QVERIFY(got);
        QCOMPARE(got->name, QString("Awa Dossou-Yovo"));
        QCOMPARE(got->roles, QStringList{"agent"});
        QCOMPARE(got->skills, (QHash<QString, int>{{"english", 3}}));
        QCOMPARE(got->capacity, changed.capacity);
        QCOMPARE(got->autoAnswer, false);
        QCOMPARE(got->team, QString());
        QCOMPARE(got->passwordHash, QString("$argon2id$first"));
        QCOMPARE(got->lockedUntil, 62000);
        QCOMPARE(got->sipPassword, QString("sip-secret"));

        QVERIFY(db->setPasswordHash("agent1", "$argon2id$third"));
        QCOMPARE(db->user("agent1")->passwordHash, QString("$argon2id$third"));
        QVERIFY(!db->setPasswordHash("nobody", "x"));
        QVERIFY(!db->user("nobody"));

        UserRecord other;
        other.username = "admin";
        other.roles = {"admin"};
        QVERIFY(db->upsertUser(other));
        const QList<UserRecord> all = db->users();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].username, QString("admin"));
        QCOMPARE(all[1].username, QString("agent1"));
    }

    void lockoutCounting()
    {
        auto db = openDb();
        QVERIFY(db);
        UserRecord u;
        u.username = "agent2";
        QVERIFY(db->upsertUser(u));
        const qint64 now = 1700000000000;
        QCOMPARE(db->recordLoginFailure("agent2", now, 3, 1800000), 0);
        QCOMPARE(db->user("agent2")->failedLogins, 1);
        QCOMPARE(db->recordLoginFailure("agent2", now + 1, 3, 1800000), 0);
        QCOMPARE(db->user("agent2")->failedLogins, 2);
        QCOMPARE(db->recordLoginFailure("agent2", now + 2, 3, 1800000), now + 2 + 1800000);
        QCOMPARE(db->user("agent2")->failedLogins, 0);
        QCOMPARE(db->user("agent2")->lockedUntil, now + 2 + 1800000);
        // A failure during the lock does not shorten or lose it.
        QCOMPARE(db->recordLoginFailure("agent2", now + 10, 3, 1800000), now + 2 + 1800000);
        // After it has expired, counting starts again and reports no lock.
        QCOMPARE(db->recordLoginFailure("agent2", now + 3600000, 3, 1800000), 0);
        QVERIFY(db->recordLoginSuccess("agent2"));
        QCOMPARE(db->user("agent2")->failedLogins, 0);
        QCOMPARE(db->user("agent2")->lockedUntil, 0);
        QCOMPARE(db->recordLoginFailure("ghost", now, 3, 1000), 0);
    }

    void customersByPhoneEmailAndSearch()
    {
        auto db = openDb();
        QVERIFY(db);
        protocol::Customer c;
        c.id = "C1";
        c.name = "Adélaïde Hounkpè";
        c.phone = "97 00 00 01";
        c.email = "  Adelaide.Hounkpe@Example.BJ ";
        c.language = "fr";
        c.segment = "gold";
        c.fields = QJsonObject{{"city", "Porto-Novo"}, {"balance", -4500}};
        const std::optional<protocol::Customer> stored = db->insertCustomer(c);
        QVERIFY(stored);
        QCOMPARE(stored->phone, QString("+22997000001"));
        QCOMPARE(stored->email, QString("adelaide.hounkpe@example.bj"));
        QCOMPARE(db->customer("C1"), stored);

        protocol::Customer evil;
        evil.name = "Robert'); DROP TABLE customers; -- 100%_Ünïcode";
        evil.phone = "+33 6 12 34 56 78";
        const auto evilStored = db->insertCustomer(evil);
        QVERIFY(evilStored);
        QVERIFY(!evilStored->id.isEmpty()); // generated
        QCOMPARE(db->customer(evilStored->id)->name, evil.name);

        protocol::Customer third;
        third.name = "Kouassi Yao";
        third.email = "yao@example.ci";
        QVERIFY(db->insertCustomer(third));
        QCOMPARE(db->customerCount(), 3);
        QVERIFY(!db->insertCustomer(c)); // same id
        QVERIFY(!db->lastError().isEmpty());

        QCOMPARE(db->customerByPhone("+22997000001")->id, QString("C1"));
        QCOMPARE(db->customerByPhone("+229 97 00 00 01")->id, QString("C1"));
        QVERIFY(!db->customerByPhone("+22997000002"));
        QVERIFY(!db->customerByPhone("not a phone"));
        QCOMPARE(db->customerByEmail("ADELAIDE.HOUNKPE@example.bj")->id, QString("C1"));
        QVERIFY(!db->customerByEmail("adelaide@example.bj"));

        auto ids = [&](const QString &query, int limit = 20) {
            QStringList out;
            for (const protocol::Customer &x : db->searchCustomers(query, limit))
                out.append(x.id);
            return out;
        };
        QCOMPARE(ids("adelaide"), QStringList{"C1"});
        QCOMPARE(ids("HOUNKPÈ"), QStringList{"C1"});
        QCOMPARE(ids("Adélaïde H"), QStringList{"C1"});
        QCOMPARE(ids("97 00 00 01"), QStringList{"C1"});
        QCOMPARE(ids("example.bj"), QStringList{"C1"});
        QCOMPARE(ids("ünïcode"), QStringList{evilStored->id});
        QCOMPARE(ids("100%_"), QStringList{evilStored->id});
        QVERIFY(ids("ad%de").isEmpty()); // LIKE wildcards are literal characters
        QVERIFY(ids("h_unkpe").isEmpty());
        QCOMPARE(ids("%").size(), 1);
        QCOMPARE(ids("example").size(), 2);
        QCOMPARE(ids("example", 1).size(), 1);
        QVERIFY(ids("").isEmpty());
        QVERIFY(ids("zzz").isEmpty());
    }

    void historyIsNewestFirstAndLimited()
    {
        auto db = openDb();
        QVERIFY(db);
        protocol::Customer a;
        a.id = "A";
        protocol::Customer b;
        b.id = "B";
        QVERIFY(db->insertCustomer(a) && db->insertCustomer(b));
        const QList<int> days{5, 1, 12, 3, 9, 7, 11, 2, 8, 4, 10, 6};
        for (int d : days) {
            protocol::Contact c;
            c.at = 1700000000000 - qint64(d) * 86400000;
            c.channel = protocol::Channel(d % protocol::kChannelCount);
            c.queue = "general";
            c.reason = QStringLiteral("Raison %1").arg(d);
            c.disposition = "resolved";
            c.agent = "Awa Dossou";
            c.notes = QStringLiteral("Jour J-%1 — noté").arg(d);
            c.interactionId = QStringLiteral("ix-%1").arg(d);
            QVERIFY(db->addContact("A", c));
        }
        protocol::Contact other;
        other.at = 1700000000000;
        other.reason = "Autre client";
        QVERIFY(db->addContact("B", other));
        QVERIFY(!db->addContact("no-such-customer", other)); // foreign key

        const QList<protocol::Contact> h = db->history("A");
        QCOMPARE(h.size(), 10);
        for (int i = 0; i < h.size(); ++i) {
            QCOMPARE(h[i].at, 1700000000000 - qint64(i + 1) * 86400000);
            QCOMPARE(h[i].reason, QStringLiteral("Raison %1").arg(i + 1));
            QCOMPARE(protocol::toString(h[i].channel),
                     protocol::toString(protocol::Channel((i + 1) % protocol::kChannelCount)));
            QCOMPARE(h[i].notes, QStringLiteral("Jour J-%1 — noté").arg(i + 1));
            QCOMPARE(h[i].interactionId, QStringLiteral("ix-%1").arg(i + 1));
        }
        QCOMPARE(db->history("A", 3).size(), 3);
        QCOMPARE(db->history("A", 50).size(), 12);
        QCOMPARE(db->history("B").size(), 1);
        QVERIFY(db->history("nobody").isEmpty());
    }

    void interactionsRoundTripAndOpenOrder()
    {
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->maxInteractionSeq(), quint64(0));
        const InteractionRecord full = makeInteraction("ix-full", 3, "wrap_up");
        QVERIFY(db->insertInteraction(full));
        const std::optional<InteractionRecord> got = db->interaction("ix-full");
        QVERIFY(got);
        QCOMPARE(got->id, full.id);
        QCOMPARE(protocol::toString(got->channel), protocol::toString(full.channel));
        QCOMPARE(got->queue, full.queue);
        QCOMPARE(got->from, full.from);
        QCOMPARE(got->subject, full.subject);
        QCOMPARE(got->priority, full.priority);
        QCOMPARE(got->seq, full.seq);
        QCOMPARE(got->customerId, full.customerId);
        QCOMPARE(got->state, full.state);
        QCOMPARE(got->agentId, full.agentId);
        QCOMPARE(got->targetAgent, full.targetAgent);
        QCOMPARE(got->createdAt, full.createdAt);
        QCOMPARE(got->answeredAt, full.answeredAt);
        QCOMPARE(got->endedAt, full.endedAt);
        QCOMPARE(got->closedAt, full.closedAt);
        QCOMPARE(got->disposition, full.disposition);
        QCOMPARE(got->reason, full.reason);
        QCOMPARE(got->notes, full.notes);
        QCOMPARE(got->sipCallId, full.sipCallId);
        QCOMPARE(got->connector, full.connector);

        InteractionRecord updated = *got;
        updated.state = "closed";
        updated.agentId.clear();
        updated.notes = "Clôturé";
        updated.channel = protocol::Channel::Voice;
        QVERIFY(db->updateInteraction(updated));
        QCOMPARE(db->interaction("ix-full")->state, QString("closed"));
        QCOMPARE(db->interaction("ix-full")->agentId, QString());
        QCOMPARE(db->interaction("ix-full")->notes, QString("Clôturé"));
        QCOMPARE(protocol::toString(db->interaction("ix-full")->channel), QString("voice"));
        QVERIFY(!db->updateInteraction(makeInteraction("ix-missing", 1, "queued")));
        QVERIFY(!db->insertInteraction(full)); // duplicate id
        QVERIFY(!db->interaction("ix-missing"));

        InteractionRecord minimal;
        minimal.id = "ix-min";
        minimal.state = "queued";
        minimal.seq = 5;
        QVERIFY(db->insertInteraction(minimal));
        QVERIFY(db->insertInteraction(makeInteraction("ix-b", 2, "offered")));
        QVERIFY(db->insertInteraction(makeInteraction("ix-a", 1, "active")));
        QVERIFY(db->insertInteraction(makeInteraction("ix-gone", 4, "abandoned")));
        QVERIFY(db->insertInteraction(makeInteraction("ix-big", 5000000000ULL, "queued")));
        QStringList open;
        for (const InteractionRecord &r : db->openInteractions())
            open.append(r.id);
        QCOMPARE(open, (QStringList{"ix-a", "ix-b", "ix-min", "ix-big"}));
        QCOMPARE(db->maxInteractionSeq(), quint64(5000000000ULL));
    }

    void messagesAreNumberedPerInteraction()
    {
        auto db = openDb();
        QVERIFY(db);
        const auto m1 = db->addMessage("ix-1", "customer", "Bonjour, ma box ne marche plus 😕", 10);
        const auto m2 = db->addMessage("ix-1", "agent", "Je regarde ça tout de suite.", 20);
        const auto n1 = db->addMessage("ix-2", "customer", "Hello", 15);
        const auto m3 = db->addMessage("ix-1", "system", "", 30);
        QVERIFY(m1 && m2 && n1 && m3);
        QCOMPARE(m1->seq, 1);
        QCOMPARE(m2->seq, 2);
        QCOMPARE(m3->seq, 3);
        QCOMPARE(n1->seq, 1);
        const QList<protocol::Message> all = db->messages("ix-1");
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0], *m1);
        QCOMPARE(all[0].text, QString("Bonjour, ma box ne marche plus 😕"));
        QCOMPARE(all[1].from, QString("agent"));
        QCOMPARE(all[2].text, QString());
        const QList<protocol::Message> after = db->messages("ix-1", 1);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[0].seq, 2);
        QVERIFY(db->messages("ix-1", 3).isEmpty());
        QVERIFY(db->messages("nothing").isEmpty());
    }

    void sessions()
    {
        auto db = openDb();
        QVERIFY(db);
        QVERIFY(db->saveSession({"tok-old", "agent1", 1000}));
        QVERIFY(db->saveSession({"tok-new", "agent2", 5000}));
        QCOMPARE(db->session("tok-new")->username, QString("agent2"));
        QCOMPARE(db->session("tok-new")->expiresAt, 5000);
        QVERIFY(db->saveSession({"tok-new", "agent2", 9000})); // refreshed
        QCOMPARE(db->session("tok-new")->expiresAt, 9000);
        QVERIFY(db->deleteExpiredSessions(2000));
        QVERIFY(!db->session("tok-old"));
        QVERIFY(db->session("tok-new"));
        QVERIFY(db->deleteSession("tok-new"));
        QVERIFY(!db->session("tok-new"));
        QVERIFY(!db->session(""));
    }

    void auditSettingsAndStateLog()
    {
        auto db = openDb();
        QVERIFY(db);
        for (int i = 0; i < 5; ++i) {
            AuditEntry e;
            e.at = 1000; // same millisecond: insertion order still decides
            e.actor = "admin";
            e.action = QStringLiteral("action-%1").arg(i);
            e.resource = "user:agent1";
            e.source = "127.0.0.1:5555";
            e.success = i % 2 == 0;
            e.detail = "détail";
            QVERIFY(db->audit(e));
        }
        const QList<AuditEntry> entries = db->auditEntries(3);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].action, QString("action-4"));
        QCOMPARE(entries[1].action, QString("action-3"));
        QCOMPARE(entries[1].success, false);
        QCOMPARE(entries[0].source, QString("127.0.0.1:5555"));
        QCOMPARE(entries[0].detail, QString("détail"));
        QCOMPARE(db->auditEntries().size(), 5);

        QVERIFY(!db->setting("demo.seeded"));
        QVERIFY(db->setSetting("demo.seeded", "1"));
        QVERIFY(db->setSetting("demo.seeded", "2"));
        QCOMPARE(db->setting("demo.seeded"), std::optional<QString>("2"));
        QVERIFY(db->setSetting("empty", ""));
        QCOMPARE(db->setting("empty"), std::optional<QString>(""));

        QVERIFY(db->logAgentState("agent1", "not_ready", "break", 1000));
        QVERIFY(db->logAgentState("agent1", "ready", QString(), 2000));
        QCOMPARE(countRows("agent_states"), 2);
    }

    void transactionsCommitOrRollBack()
    {
        auto db = openDb();
        QVERIFY(db);
        QVERIFY(!db->transaction([&] {
            db->setSetting("a", "1");
            db->addMessage("ix", "agent", "nested write", 1); // joins the outer transaction
            return false;
        }));
        QVERIFY(!db->setting("a"));
        QVERIFY(db->messages("ix").isEmpty());
        QVERIFY(
            db->transaction([&] { return db->setSetting("a", "1") && db->setSetting("b", "2"); }));
        QCOMPARE(db->setting("b"), std::optional<QString>("2"));
        QVERIFY(!db->transaction([&] {
            protocol::Customer c;
            c.id = "dup";
            return db->insertCustomer(c) && db->insertCustomer(c).has_value();
        }));
        QVERIFY(!db->customer("dup"));
        QVERIFY(db->setSetting("after", "ok")); // the connection is usable again
    }

    void dataSurvivesReopening()
    {
        {
            auto db = openDb();
            QVERIFY(db);
            UserRecord u;
            u.username = "agent1";
            u.passwordHash = "$argon2id$h";
            QVERIFY(db->upsertUser(u));
            protocol::Customer c;
            c.id = "C1";
            c.name = "Fifamè Zinsou";
            c.phone = "+22997000001";
            QVERIFY(db->insertCustomer(c));
            protocol::Contact ct;
            ct.at = 42;
            ct.reason = "Résiliation";
            QVERIFY(db->addContact("C1", ct));
            QVERIFY(db->insertInteraction(makeInteraction("ix-1", 1, "queued")));
            QVERIFY(db->addMessage("ix-1", "customer", "Allô ?", 5));
            QVERIFY(db->saveSession({"tok", "agent1", 99}));
        }
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->user("agent1")->passwordHash, QString("$argon2id$h"));
        QCOMPARE(db->customerByPhone("+22997000001")->name, QString("Fifamè Zinsou"));
        QCOMPARE(db->history("C1").value(0).reason, QString("Résiliation"));
        QCOMPARE(db->openInteractions().size(), 1);
        QCOMPARE(db->messages("ix-1").value(0).text, QString("Allô ?"));
        QCOMPARE(db->addMessage("ix-1", "agent", "Oui", 6)->seq, 2);
        QCOMPARE(db->session("tok")->username, QString("agent1"));
        QCOMPARE(db->maxInteractionSeq(), quint64(1));
    }

    // A process killed right after a write (no destructor, no close) loses nothing.
    void writesSurviveKill9()
    {
        auto before = openDb(); // migrate first: the child only writes
        QVERIFY(before);
        before.reset();
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            auto db = Database::open(m_url, nullptr);
            bool ok = db && db->setSetting("killed", "written") &&
                      db->addMessage("ix-k", "customer", "dernier mot", 1).has_value();
            if (ok)
                ::raise(SIGKILL);
            ::_exit(3);
        }
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child failed to write");
        auto db = openDb();
        QVERIFY(db);
        QCOMPARE(db->setting("killed"), std::optional<QString>("written"));
        QCOMPARE(db->messages("ix-k").size(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "--pg") == 0)
            g_postgres = true;
        else
            args.push_back(argv[i]);
    }
    TstDatabase test;
    return QTest::qExec(&test, int(args.size()), args.data());
}

#include "tst_database.moc"

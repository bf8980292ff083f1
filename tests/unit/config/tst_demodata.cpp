#include "config/ConfigLoader.h"
#include "config/DemoData.h"
#include "store/PasswordHasher.h"

#include <QSet>
#include <QtTest>

using namespace relais;
using namespace relais::config;

class TstDemoData : public QObject
{
    Q_OBJECT
private slots:
    void seedsCustomersAndTheScreenPopStory()
    {
        const Config config = demoConfig();
        QString error;
        auto db = store::Database::open("sqlite::memory:", &error);
        QVERIFY2(db, qPrintable(error));
        const qint64 now = 1760000000000;
        QVERIFY2(seedDemoData(*db, config, now, &error), qPrintable(error));
        QCOMPARE(db->customerCount(), 200);
        QVERIFY(db->customerByPhone("+22997000200"));
        QVERIFY(!db->customerByPhone("+22997000201"));

        QSet<QString> languages, segments;
        for (int i = 1; i <= 200; ++i) {
            const auto c = db->customerByPhone(QStringLiteral("+229%1").arg(97000000 + i));
            QVERIFY(c);
            QVERIFY(!c->name.isEmpty());
            for (const char *field : {"account", "city", "contract", "balance"})
                QVERIFY2(c->fields.contains(field), field);
            languages.insert(c->language);
            segments.insert(c->segment);
        }
        QCOMPARE(languages, (QSet<QString>{"fr", "en"}));
        QCOMPARE(segments, (QSet<QString>{"standard", "gold", "vip", "pro"}));

        const auto first = db->customerByPhone("+22997000001");
        const QList<protocol::Contact> history = db->history(first->id);
        QVERIFY(history.size() >= 5);
        QSet<qint64> days;
        QSet<QString> reasons, dispositions, agents;
        for (int i = 0; i < history.size(); ++i) {
            if (i > 0)
                QVERIFY(history[i].at < history[i - 1].at);
            QVERIFY(history[i].at < now);
            days.insert(history[i].at / 86400000);
            reasons.insert(history[i].reason);
            dispositions.insert(history[i].disposition);
            agents.insert(history[i].agent);
            QVERIFY2(config.wrapupCodes.contains(history[i].disposition),
                     qPrintable(history[i].disposition));
        }
        QCOMPARE(days.size(), history.size());
        QCOMPARE(reasons.size(), history.size());
        QVERIFY(dispositions.size() >= 5);
        QVERIFY(agents.size() >= 5);
        QVERIFY(agents.contains("Awa Dossou")); // display names, not usernames

        int othersWithHistory = 0;
        for (int i = 2; i <= 200; ++i) {
            const auto c = db->customerByPhone(QStringLiteral("+229%1").arg(97000000 + i));
            othersWithHistory += db->history(c->id).isEmpty() ? 0 : 1;
        }
        QVERIFY(othersWithHistory >= 2);

        // Seeding again changes nothing.
        QVERIFY2(seedDemoData(*db, config, now + 86400000, &error), qPrintable(error));
        QCOMPARE(db->customerCount(), 200);
        QCOMPARE(db->history(first->id), history);
        QVERIFY(!db->searchCustomers(first->name.section(' ', 0, 0)).isEmpty());
    }

    void syncUsersHashesOnceAndUpdatesProfiles()
    {
        Config config = demoConfig();
        QString error;
        auto db = store::Database::open("sqlite::memory:", &error);
        QVERIFY(db);
        QVERIFY2(syncUsers(*db, config, &error), qPrintable(error));
        QCOMPARE(db->users().size(), config.users.size());
        const auto agent1 = db->user("agent1");
        QVERIFY(agent1);
        QCOMPARE(agent1->name, QString("Awa Dossou"));
        QVERIFY(agent1->passwordHash.startsWith("$argon2id$"));
        QVERIFY(store::verifyPassword(agent1->passwordHash, "demo"));
        QCOMPARE(agent1->skills, config.userDef("agent1")->skills);
        QCOMPARE(agent1->capacity, config.userDef("agent1")->capacity);
        QCOMPARE(db->user("supervisor1")->roles, (QStringList{"supervisor", "agent"}));

        // A password changed at run time survives the next start; profile edits are applied.
        const QString agent2Hash = db->user("agent2")->passwordHash;
        const QString changed = store::hashPassword("nouveau");
        QVERIFY(db->setPasswordHash("agent1", changed));
        config.users[0].name = "Awa Dossou-Yovo";
        config.users[0].team = "Équipe Porto-Novo";
        QVERIFY2(syncUsers(*db, config, &error), qPrintable(error));
        QCOMPARE(db->user("agent1")->passwordHash, changed);
        QCOMPARE(db->user("agent1")->name, QString("Awa Dossou-Yovo"));
        QCOMPARE(db->user("agent1")->team, QString("Équipe Porto-Novo"));
        QCOMPARE(db->user("agent2")->passwordHash, agent2Hash); // not re-hashed

        // An explicit password_hash in the config is authoritative.
        config.users[1].password.clear();
        config.users[1].passwordHash = store::hashPassword("from-config");
        QVERIFY(syncUsers(*db, config, &error));
        QVERIFY(store::verifyPassword(db->user("agent2")->passwordHash, "from-config"));
    }
};

QTEST_GUILESS_MAIN(TstDemoData)
#include "tst_demodata.moc"

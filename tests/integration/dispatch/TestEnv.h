#pragma once

#include <QString>
#include <QTemporaryDir>

// Where an integration test's server keeps its data: a fresh SQLite file, or (with --pg) a
// fresh database on the PostgreSQL that scripts/test.sh started (RELAIS_TEST_PG_URL).
class TestEnv
{
public:
    // Consumes "--pg" from argv (so QTest does not see it).
    static void parseArgs(int &argc, char **argv);
    static bool usePostgres();
    // A database URL with nothing in it. `name` keeps suites apart on PostgreSQL.
    static QString freshDatabase(const QString &name, QTemporaryDir &dir, QString *error);
    // A copy of the demo configuration with some values changed (regex → replacement).
    static QString demoConfigWith(QTemporaryDir &dir, const QList<QPair<QString, QString>> &edits);
};

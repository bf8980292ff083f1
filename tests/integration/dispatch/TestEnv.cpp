#include "TestEnv.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <cstring>

namespace {
bool g_pg = false;
}

void TestEnv::parseArgs(int &argc, char **argv)
{
    int out = 0;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pg") == 0)
            g_pg = true;
        else
            argv[out++] = argv[i];
    }
    argc = out;
}

bool TestEnv::usePostgres()
{
    return g_pg;
}

QString TestEnv::freshDatabase(const QString &name, QTemporaryDir &dir, QString *error)
{
    if (!g_pg) {
        // A test that starts a server again gets an empty database, not the last test's.
        const QString path = dir.filePath(name + QStringLiteral(".db"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return QStringLiteral("sqlite:%1").arg(path);
    }
    const QString base = qEnvironmentVariable("RELAIS_TEST_PG_URL");
    if (base.isEmpty()) {
        *error = QStringLiteral("RELAIS_TEST_PG_URL is not set (scripts/test.sh sets it)");
        return {};
    }
    const QUrl url(base);
    const QString connName = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", connName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            // A name of its own each time: the last test's server was killed a moment ago and,
            // on a loaded machine, its backends may outlive the DROP's FORCE (then the DROP
            // fails and a CREATE of the same name would too). Old ones go when they can.
            static int serial = 0;
            const QString prefix = QStringLiteral("relais_it_%1_%2_")
                                       .arg(name.toLower())
                                       .arg(QCoreApplication::applicationPid());
            const QString dbName = prefix + QString::number(++serial);
            QSqlQuery q(db);
            for (int older = 1; older < serial; ++older)
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1%2 WITH (FORCE)")
                           .arg(prefix)
                           .arg(older));
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(dbName))) {
                *error = q.lastError().text();
            } else {
                QUrl u(url);
                u.setPath(QLatin1Char('/') + dbName);
                result = u.toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connName);
    return result;
}

QString TestEnv::demoConfigWith(QTemporaryDir &dir, const QList<QPair<QString, QString>> &edits)
{
    QFile in(QStringLiteral(RELAIS_SOURCE_DIR "/server-stub/config/demo.toml"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    for (const auto &[pattern, replacement] : edits)
        text.replace(QRegularExpression(pattern, QRegularExpression::MultilineOption), replacement);
    const QString path = dir.filePath(QStringLiteral("relais-test.toml"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(text.toUtf8());
    return path;
}

#include "store/PasswordHasher.h"

#include <QtTest>

using namespace relais::store;

class TstPassword : public QObject
{
    Q_OBJECT
private slots:
    void verifiesTheRightPasswordOnly()
    {
        const QString hash = hashPassword(QStringLiteral("démo-Été 2024"));
        QVERIFY(!hash.isEmpty());
        QVERIFY(verifyPassword(hash, QStringLiteral("démo-Été 2024")));
        QVERIFY(!verifyPassword(hash, QStringLiteral("demo-Ete 2024")));
        QVERIFY(!verifyPassword(hash, QString()));
        QVERIFY(!verifyPassword(hash, QStringLiteral("démo-Été 2024 ")));
    }

    void isArgon2idWithOwaspParameters()
    {
        const QString hash = hashPassword(QStringLiteral("demo"));
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        QVERIFY2(hash.contains(QLatin1String("m=19456,t=2,p=1")), qPrintable(hash));
        QVERIFY(!passwordNeedsRehash(hash));
    }

    void isSaltedEveryTime()
    {
        const QString a = hashPassword(QStringLiteral("demo"));
        const QString b = hashPassword(QStringLiteral("demo"));
        QVERIFY(a != b);
        QVERIFY(verifyPassword(a, QStringLiteral("demo")));
        QVERIFY(verifyPassword(b, QStringLiteral("demo")));
    }

    void rejectsGarbageHashes()
    {
        QVERIFY(!verifyPassword(QString(), QStringLiteral("demo")));
        QVERIFY(!verifyPassword(QStringLiteral("demo"), QStringLiteral("demo")));
        QVERIFY(!verifyPassword(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$broken"),
                                QStringLiteral("demo")));
        QVERIFY(!verifyPassword(QString(200, QLatin1Char('x')), QStringLiteral("demo")));
        QVERIFY(passwordNeedsRehash(
            QStringLiteral("$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHQ$aGFzaA")));
    }
};

QTEST_APPLESS_MAIN(TstPassword)
#include "tst_password.moc"

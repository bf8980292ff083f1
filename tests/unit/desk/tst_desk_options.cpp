// relais-desk's command line and environment (DeskOptions::parse), as a kiosk script or an
// agent's shortcut writes them: every option read, every bad value refused with an error that
// names it, and the password taken from RELAIS_PASSWORD only.
#include "shell/DeskOptions.h"

#include <QTest>

using relais::ui::DeskOptions;

class TestDeskOptions : public QObject
{
    Q_OBJECT

    static DeskOptions parse(QStringList args)
    {
        args.prepend(QStringLiteral("relais-desk"));
        return DeskOptions::parse(args);
    }

private slots:
    void init() { qunsetenv("RELAIS_PASSWORD"); }

    void nothingGivenMeansTheRememberedOnes()
    {
        const DeskOptions o = parse({});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.servers.isEmpty());
        QVERIFY(o.user.isEmpty());
        QVERIFY(o.language.isEmpty());
        QVERIFY(!o.wallboard);
        QVERIFY(o.password.isEmpty()); // the login form asks
    }

    void everyOptionIsRead()
    {
        const DeskOptions o =
            parse({"--server", "ws://site-a:8433/cti, wss://site-b.example:443/cti", "--user",
                   " agent1 ", "--lang", "EN", "--wallboard", "--screenshot", "/tmp/shots"});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.servers, QStringLiteral("ws://site-a:8433/cti, wss://site-b.example:443/cti"));
        QCOMPARE(o.user, QStringLiteral("agent1"));
        QCOMPARE(o.language, QStringLiteral("en"));
        QVERIFY(o.wallboard);
        QCOMPARE(o.screenshotDir, QStringLiteral("/tmp/shots"));
    }

    void serverWithoutSchemeOrPortIsAccepted()
    {
        // "host" and "host:port" are completed to ws://host:8433/cti by the CTI client.
        const DeskOptions o = parse({"--server=relais.local,10.0.0.2:9000", "--lang=fr"});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.servers, QStringLiteral("relais.local,10.0.0.2:9000"));
        QCOMPARE(o.language, QStringLiteral("fr"));
    }

    void badValuesAreRefusedByName_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named"); // what the error must mention
        QTest::newRow("language") << QStringList{"--lang", "de"} << "--lang";
        QTest::newRow("language empty") << QStringList{"--lang="} << "";
        QTest::newRow("http server")
            << QStringList{"--server", "http://site-a/cti"} << "http://site-a/cti";
        QTest::newRow("second server bad")
            << QStringList{"--server", "ws://site-a:8433/cti,ftp://b"} << "ftp://b";
        QTest::newRow("server empty") << QStringList{"--server", " "} << "--server";
        QTest::newRow("server missing value") << QStringList{"--server"} << "server";
        QTest::newRow("unknown option") << QStringList{"--kiosk"} << "kiosk";
        QTest::newRow("password on the command line")
            << QStringList{"--password", "demo"} << "password";
        QTest::newRow("stray argument") << QStringList{"agent1"} << "agent1";
    }

    void badValuesAreRefusedByName()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const DeskOptions o = parse(args);
        if (named.isEmpty()) {
            // "--lang=" is the remembered language, not an error.
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            QVERIFY(o.language.isEmpty());
            return;
        }
        QVERIFY2(!o.error.isEmpty(), "a bad command line is refused");
        QVERIFY2(o.error.contains(named), qPrintable(o.error));
    }

    void passwordComesFromTheEnvironment()
    {
        qputenv("RELAIS_PASSWORD", "s3cret kiosk");
        const DeskOptions o = parse({"--server", "ws://127.0.0.1:8433/cti", "--user", "tv1"});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.password, QStringLiteral("s3cret kiosk"));
        qunsetenv("RELAIS_PASSWORD");
        QVERIFY(parse({}).password.isEmpty());
    }
};

QTEST_MAIN(TestDeskOptions)
#include "tst_desk_options.moc"

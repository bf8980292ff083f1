// relais-dispatch's command line: help, bad flags and broken configuration files exit 2 with a
// message that says what is wrong (file and line for the configuration).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDispatchCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(RELAIS_DISPATCH_BIN), args);
        Run r;
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QTemporaryDir m_dir;

    QString writeConfig(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

private slots:
    void helpDocumentsEveryOption()
    {
        const Run r = run({"--help"});
        QCOMPARE(r.code, 0);
        for (const char *opt :
             {"--config", "--demo", "--db", "--listen-cti", "--listen-http", "--listen-sip"})
            QVERIFY2(r.out.contains(QLatin1String(opt)), opt);
    }

    void badFlagsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown flag") << QStringList{"--demo", "--frobnicate"} << "frobnicate";
        QTest::newRow("bad endpoint")
            << QStringList{"--demo", "--listen-cti", "nowhere"} << "HOST:PORT";
        QTest::newRow("bad port") << QStringList{"--demo", "--listen-http", "127.0.0.1:99999"}
                                  << "99999";
        QTest::newRow("bad db") << QStringList{"--demo", "--db", "mysql://x"} << "--db";
        QTest::newRow("no config") << QStringList{} << "--config";
        QTest::newRow("missing file")
            << QStringList{"--config", "/nonexistent/relais.toml"} << "/nonexistent/relais.toml";
    }
    void badFlagsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void brokenConfigNamesFileAndLine()
    {
        QVERIFY(m_dir.isValid());
        const QString syntax =
            writeConfig("syntax.toml", "[[queues]]\nname = \"general\"\nlanguage = \n");
        Run r = run({"--config", syntax, "--db", "sqlite::memory:"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(syntax + ":3"), qPrintable(r.err));

        const QString unknownKey =
            writeConfig("typo.toml", "[[queues]]\nname = \"general\"\nofer_timeout = 15\n");
        r = run({"--config", unknownKey, "--db", "sqlite::memory:"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(unknownKey + ":3"), qPrintable(r.err));
        QVERIFY2(r.err.contains("ofer_timeout"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDispatchCli)
#include "tst_dispatch_cli.moc"

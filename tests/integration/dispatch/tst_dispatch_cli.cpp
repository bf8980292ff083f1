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

    static Run run(const QStringList &args, const QProcessEnvironment &env = {})
    {
        QProcess p;
        if (!env.isEmpty())
            p.setProcessEnvironment(env);
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

    // With --listen-sip HOST:0, UDP gets a port from the system and TCP must take the same one;
    // on a busy machine another program may hold it for TCP. The server then tries other ports
    // (seen in CI: a server that had found a free pair still refused to start).
    void startsWhenTheSipPortIsTakenForTcp()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(TCP_PORT_TAKEN_SHIM));
        env.insert(QStringLiteral("RELAIS_SHIM_REFUSALS"), QStringLiteral("3"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(RELAIS_DISPATCH_BIN),
                {"--demo", "--db", "sqlite::memory:", "--listen-cti", "127.0.0.1:0",
                 "--listen-http", "127.0.0.1:0", "--listen-sip", "127.0.0.1:0"});
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(p.readAll())).contains("READY "), 20000);
        QVERIFY2(p.state() == QProcess::Running, qPrintable(out));
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void saysSoWhenNoSipPortCanBeHad()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(TCP_PORT_TAKEN_SHIM));
        env.insert(QStringLiteral("RELAIS_SHIM_REFUSALS"), QStringLiteral("1000"));
        const Run r = run({"--demo", "--db", "sqlite::memory:", "--listen-cti", "127.0.0.1:0",
                           "--listen-http", "127.0.0.1:0", "--listen-sip", "127.0.0.1:0"},
                          env);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("SIP on 127.0.0.1:0: cannot listen on tcp"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDispatchCli)
#include "tst_dispatch_cli.moc"

// relais-desk started as a kiosk script or an agent's shortcut starts it, the real program
// against a real relais-dispatch --demo: RELAIS_PASSWORD with --server and --user goes straight
// to the agent face without the login form; a bad command line ends at once with exit code 2
// and an error naming what is wrong.
#include "ServerProcess.h"
#include "TestEnv.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kLong = 60000; // start, argon2id login, the face filled, then the grab
}

class TestDeskCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

    // A fresh profile (nothing remembered) for each run.
    QProcessEnvironment profile(const QString &name) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir.filePath(name);
        env.insert("HOME", home);
        env.insert("XDG_CONFIG_HOME", home + "/.config");
        env.insert("XDG_DATA_HOME", home + "/.local/share");
        env.remove("RELAIS_PASSWORD");
        return env;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("desk_cli"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(db), qPrintable(m_server.output()));
    }

    void passwordFromTheEnvironmentSkipsTheForm()
    {
        const QString shots = m_dir.filePath("shots");
        QProcessEnvironment env = profile("kiosk");
        env.insert("RELAIS_PASSWORD", "demo");
        env.insert("RELAIS_SCREENSHOT_DELAY_MS", "1500");
        QProcess desk;
        desk.setProcessEnvironment(env);
        desk.setProcessChannelMode(QProcess::MergedChannels);
        // --screenshot grabs the face once shown, then quits: with the login form instead, no
        // face would come and the program would still be waiting.
        desk.start(RELAIS_DESK_BIN, {"--server", m_server.ctiUrl(), "--user", "agent1", "--lang",
                                     "en", "--screenshot", shots});
        QVERIFY(desk.waitForStarted());
        const bool ended = desk.waitForFinished(kLong);
        if (!ended)
            desk.kill();
        const QString output = QString::fromUtf8(desk.readAll());
        QVERIFY2(ended, qPrintable("relais-desk still running (a login form?):\n" + output));
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY2(QFileInfo(shots + "/agent.png").size() > 0, qPrintable(output));
    }

    void badCommandLineEndsWithAClearError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("language") << QStringList{"--lang", "de"} << "--lang";
        QTest::newRow("server") << QStringList{"--server", "http://relais/cti"}
                                << "http://relais/cti";
        QTest::newRow("unknown option") << QStringList{"--kiosk"} << "kiosk";
    }

    void badCommandLineEndsWithAClearError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QProcess desk;
        desk.setProcessEnvironment(profile("bad"));
        desk.start(RELAIS_DESK_BIN, args);
        QVERIFY(desk.waitForFinished(20000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 2);
        const QString error = QString::fromUtf8(desk.readAllStandardError());
        QVERIFY2(error.contains("relais-desk: "), qPrintable(error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDeskCommandLine)
#include "tst_desk_command_line.moc"

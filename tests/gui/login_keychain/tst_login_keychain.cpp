// "Remember my password" as an agent on a shared workstation expects it: ticked, the password
// comes back in the next sign-in form from the system keychain (a real GNOME keyring here) and
// is in none of the desk's files; unticked, it is forgotten. Against a real relais-dispatch.
#include "ServerProcess.h"
#include "TestEnv.h"

#include "common/LoginDialog.h"

#include <relais/app/DeskCore.h>
#include <relais/app/PasswordVault.h>
#include <relais/app/Session.h>

#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

class TstLoginKeychain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;

    static QLineEdit *password(ui::LoginDialog &d)
    {
        return d.findChild<QLineEdit *>(QStringLiteral("password"));
    }
    static QCheckBox *keep(ui::LoginDialog &d)
    {
        return d.findChild<QCheckBox *>(QStringLiteral("keepPassword"));
    }

    // Signs in through a new form; `tick` sets the box before.
    bool signIn(app::DeskCore &core, bool tick)
    {
        ui::LoginDialog login(&core, nullptr);
        login.show();
        login.setServers(m_server.ctiUrl());
        login.setUser(QStringLiteral("agent3"));
        if (password(login)->text().isEmpty())
            password(login)->setText(QStringLiteral("demo"));
        keep(login)->setChecked(tick);
        login.submit();
        return QTest::qWaitFor([&] { return login.result() == QDialog::Accepted; }, 20000);
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("keychain"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(db), qPrintable(m_server.output()));
    }

    void rememberedPasswordComesBackFromTheKeychainOnly()
    {
        {
            app::DeskCore core;
            QSignalSpy stored(core.passwords(), &app::PasswordVault::stored);
            QVERIFY(signIn(core, true));
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
            QVERIFY2(stored.first().at(1).toBool(), qPrintable(stored.first().at(2).toString()));
            core.session()->logout();
        }
        // Nothing of ours holds it in clear.
        QDirIterator files(m_dir.filePath("config"), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("=demo"), qPrintable(f.fileName()));
        }
        // The next form has it, ticked.
        app::DeskCore core;
        ui::LoginDialog login(&core, nullptr);
        login.setServers(m_server.ctiUrl());
        QTRY_COMPARE_WITH_TIMEOUT(password(login)->text(), QStringLiteral("demo"), 10000);
        QVERIFY(keep(login)->isChecked());
    }

    void untickedItIsForgotten()
    {
        {
            app::DeskCore core;
            QSignalSpy forgotten(core.passwords(), &app::PasswordVault::forgotten);
            QVERIFY(signIn(core, false));
            QTRY_COMPARE_WITH_TIMEOUT(forgotten.size(), 1, 10000);
            core.session()->logout();
        }
        app::DeskCore core;
        QSignalSpy loaded(core.passwords(), &app::PasswordVault::loaded);
        const QString account = QStringLiteral("agent3@") + m_server.ctiUrl();
        core.passwords()->load(account);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(loaded.first().at(1).toString(), QString());
        ui::LoginDialog login(&core, nullptr);
        QTest::qWait(500);
        QVERIFY(password(login)->text().isEmpty());
        QVERIFY(!keep(login)->isChecked());
    }

    void cleanupTestCase() { m_server.terminate(); }
};

QTEST_MAIN(TstLoginKeychain)
#include "tst_login_keychain.moc"

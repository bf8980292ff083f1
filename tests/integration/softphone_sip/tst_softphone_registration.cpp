// Accounts against real and fake registrars on loopback: digest REGISTER (right and wrong
// password), UDP and TCP, unregistration on exit, refresh before expiry, failover to the
// fallback registrar when the first one does not answer, NAT keep-alives.
#include "FakeRegistrar.h"
#include "SippProcess.h"
#include "relais/softphone/Softphone.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace relais::softphone;

class TestSoftphoneRegistration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void digestRegistrationAndUnregistrationOnExit_data();
    void digestRegistrationAndUnregistrationOnExit();
    void wrongPasswordFailsWithoutLooping();
    void refreshesBeforeExpiry();
    void fallsBackWhenTheRegistrarDoesNotAnswer();
    void sendsKeepAlives();
    void rejectsBadAccounts();

private:
    static SoftphoneConfig phoneConfig(QList<SipTransport> transports = {SipTransport::Udp});
    static AccountConfig aliceAt(quint16 port, SipTransport transport = SipTransport::Udp);
    static RegistrationStatus lastStatus(const QSignalSpy &spy);
};

SoftphoneConfig TestSoftphoneRegistration::phoneConfig(QList<SipTransport> transports)
{
    SoftphoneConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.transports = transports;
    config.shutdownTimeoutMs = 5000;
    return config;
}

AccountConfig TestSoftphoneRegistration::aliceAt(quint16 port, SipTransport transport)
{
    AccountConfig account;
    account.id = QStringLiteral("alice");
    account.aor = QStringLiteral("sip:alice@127.0.0.1:%1").arg(port);
    account.registrar = QStringLiteral("sip:127.0.0.1:%1").arg(port);
    account.password = QStringLiteral("secret");
    account.transport = transport;
    account.expiresSeconds = 60;
    account.keepAliveSeconds = 0;
    return account;
}

RegistrationStatus TestSoftphoneRegistration::lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? RegistrationStatus{}
                         : spy.last().at(0).value<relais::softphone::RegistrationStatus>();
}

void TestSoftphoneRegistration::init()
{
    qRegisterMetaType<relais::softphone::RegistrationStatus>();
}

void TestSoftphoneRegistration::digestRegistrationAndUnregistrationOnExit_data()
{
    QTest::addColumn<SipTransport>("transport");
    QTest::newRow("udp") << SipTransport::Udp;
    QTest::newRow("tcp") << SipTransport::Tcp;
}

void TestSoftphoneRegistration::digestRegistrationAndUnregistrationOnExit()
{
    QFETCH(SipTransport, transport);
    const bool tcp = transport == SipTransport::Tcp;
    const quint16 port = tcp ? SippProcess::freeTcpPort() : SippProcess::freeUdpPort();
    SippProcess sipp;
    QVERIFY(sipp.startServer(QStringLiteral("register_digest.xml"), port, {},
                             tcp ? QStringLiteral("t1") : QStringLiteral("u1")));
    QTest::qWait(300); // sipp binds its socket

    Softphone phone;
    QSignalSpy registration(&phone, &Softphone::registrationChanged);
    QString error;
    QVERIFY2(phone.start(phoneConfig({transport}), &error), qPrintable(error));
    QVERIFY2(phone.addAccount(aliceAt(port, transport), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(lastStatus(registration).state == RegistrationState::Registered ||
                                 lastStatus(registration).state == RegistrationState::Failed,
                             10000);
    QVERIFY2(lastStatus(registration).state == RegistrationState::Registered,
             qPrintable(lastStatus(registration).reason + QLatin1Char('\n') + sipp.report()));
    QCOMPARE(lastStatus(registration).sipStatus, 200);
    QCOMPARE(lastStatus(registration).expiresSeconds, 60);
    QCOMPARE(phone.registration(QStringLiteral("alice"))->state, RegistrationState::Registered);

    // Leaving unregisters (sipp checks expires=0 and the credentials again).
    phone.stop();
    QCOMPARE(lastStatus(registration).state, RegistrationState::Unregistered);
    QVERIFY2(sipp.waitForFinished(15000), qPrintable(sipp.report()));
    QVERIFY2(sipp.succeeded(), qPrintable(sipp.report()));
}

void TestSoftphoneRegistration::wrongPasswordFailsWithoutLooping()
{
    const quint16 port = SippProcess::freeUdpPort();
    SippProcess sipp;
    QVERIFY(sipp.startServer(QStringLiteral("register_wrong_password.xml"), port));
    QTest::qWait(300);

    Softphone phone;
    QSignalSpy registration(&phone, &Softphone::registrationChanged);
    QString error;
    QVERIFY2(phone.start(phoneConfig(), &error), qPrintable(error));
    AccountConfig account = aliceAt(port);
    account.password = QStringLiteral("not-the-password");
    QVERIFY(phone.addAccount(account, &error));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(registration).state, RegistrationState::Failed, 10000);
    QVERIFY2(lastStatus(registration).sipStatus == 401,
             qPrintable(lastStatus(registration).reason + QLatin1Char('\n') + sipp.report()));
    // sipp fails if another REGISTER comes within 3 s.
    QVERIFY2(sipp.waitForFinished(15000), qPrintable(sipp.report()));
    QVERIFY2(sipp.succeeded(), qPrintable(sipp.report()));
    QCOMPARE(lastStatus(registration).state, RegistrationState::Failed);
}

void TestSoftphoneRegistration::refreshesBeforeExpiry()
{
    FakeRegistrar registrar(4); // grants 4 s: libre refreshes at 90%
    Softphone phone;
    QSignalSpy registration(&phone, &Softphone::registrationChanged);
    QString error;
    QVERIFY2(phone.start(phoneConfig(), &error), qPrintable(error));
    QVERIFY(phone.addAccount(aliceAt(registrar.port()), &error));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(registration).state, RegistrationState::Registered, 5000);
    QCOMPARE(lastStatus(registration).expiresSeconds, 4);
    QTRY_VERIFY_WITH_TIMEOUT(registrar.registers() >= 3, 12000);
    const QList<qint64> times = registrar.registerTimesMs();
    for (int i = 1; i < times.size(); ++i)
        QVERIFY2(times.at(i) - times.at(i - 1) < 4000,
                 qPrintable(QStringLiteral("refresh %1 came %2 ms after the previous one")
                                .arg(i)
                                .arg(times.at(i) - times.at(i - 1))));
    QCOMPARE(lastStatus(registration).state, RegistrationState::Registered);
    phone.stop();
    QTRY_COMPARE(registrar.unregisters(), 1);
}

void TestSoftphoneRegistration::fallsBackWhenTheRegistrarDoesNotAnswer()
{
    FakeRegistrar primary;
    primary.setSilent(true);
    FakeRegistrar fallback;
    Softphone phone;
    QSignalSpy registration(&phone, &Softphone::registrationChanged);
    QString error;
    QVERIFY2(phone.start(phoneConfig(), &error), qPrintable(error));
    AccountConfig account = aliceAt(primary.port());
    account.fallbackRegistrar = fallback.uri();
    account.registrarTimeoutMs = 1500;
    QVERIFY(phone.addAccount(account, &error));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(registration).state, RegistrationState::Registered, 8000);
    QCOMPARE(lastStatus(registration).registrar, fallback.uri());
    QVERIFY(primary.registers() >= 1);
    QCOMPARE(fallback.registers(), 1);
    // The failure was reported on the way.
    bool sawFailure = false;
    for (const auto &args : registration)
        sawFailure |= args.at(0).value<RegistrationStatus>().state == RegistrationState::Failed;
    QVERIFY(sawFailure);
}

void TestSoftphoneRegistration::sendsKeepAlives()
{
    FakeRegistrar registrar;
    Softphone phone;
    QSignalSpy registration(&phone, &Softphone::registrationChanged);
    QString error;
    QVERIFY2(phone.start(phoneConfig(), &error), qPrintable(error));
    AccountConfig account = aliceAt(registrar.port());
    account.keepAliveSeconds = 1;
    QVERIFY(phone.addAccount(account, &error));
    QTRY_COMPARE_WITH_TIMEOUT(lastStatus(registration).state, RegistrationState::Registered, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(registrar.keepAlives() >= 2, 5000);
    QCOMPARE(registrar.registers(), 1);
}

void TestSoftphoneRegistration::rejectsBadAccounts()
{
    Softphone phone;
    QString error;
    QVERIFY(!phone.addAccount(aliceAt(5060), &error)); // not started
    QVERIFY2(phone.start(phoneConfig(), &error), qPrintable(error));
    AccountConfig account = aliceAt(5060);
    account.aor = QStringLiteral("alice");
    QVERIFY(!phone.addAccount(account, &error));
    QVERIFY(error.contains(QLatin1String("alice")));
    account = aliceAt(5060);
    account.transport = SipTransport::Tls; // the phone listens on UDP only
    QSignalSpy registration(&phone, &Softphone::registrationChanged);
    QVERIFY(phone.addAccount(account, &error));
    QTRY_COMPARE(lastStatus(registration).state, RegistrationState::Failed);
    QVERIFY(lastStatus(registration).reason.contains(QLatin1String("tls")));
}

QTEST_GUILESS_MAIN(TestSoftphoneRegistration)
#include "tst_softphone_registration.moc"

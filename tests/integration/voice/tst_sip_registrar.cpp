// The engine's registrar (SipRegistrar) on its own libre thread, with the Softphone façade as
// the agent's device: digest REGISTER with the right and a wrong password, unknown user,
// unregistration on exit.
#include "engine/LibreThread.h"
#include "engine/SipRegistrar.h"
#include "engine/SipStack.h"
#include "relais/softphone/Softphone.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <mutex>

using namespace relais::softphone;

namespace {

// A registrar on 127.0.0.1 (UDP, free port) knowing agent1/secret.
class Registrar
{
public:
    bool start()
    {
        LibreThread::Hooks hooks;
        hooks.setup = [this](QString *error) {
            stack = std::make_unique<SipStack>(thread);
            SipStack::Config c;
            c.listenAddress = QStringLiteral("127.0.0.1");
            if (!stack->open(c, error))
                return false;
            port = stack->localPort(SipTransport::Udp);
            registrar = std::make_unique<SipRegistrar>(*stack, QStringLiteral("relais.local"));
            registrar->setPasswordLookup([](const QString &user) -> std::optional<QString> {
                if (user == QLatin1String("agent1"))
                    return QStringLiteral("secret");
                return std::nullopt;
            });
            registrar->setBindingHandler([this](const SipRegistrar::Binding &b) {
                std::lock_guard lock(mutex);
                events.append(b);
            });
            return registrar->start(error);
        };
        hooks.shutdown = [this] {
            registrar.reset();
            stack->close(2000, [this] { thread.quitLoop(); });
        };
        hooks.teardown = [this] { stack.reset(); };
        QString error;
        const bool ok = thread.start({}, hooks, &error);
        if (!ok)
            qWarning("registrar: %s", qPrintable(error));
        return ok;
    }
    ~Registrar() { thread.stop(); }

    QList<SipRegistrar::Binding> bindingEvents()
    {
        std::lock_guard lock(mutex);
        return events;
    }
    // Asks the libre thread for agent1's live binding.
    std::optional<SipRegistrar::Binding> binding(const QString &user)
    {
        auto promise = std::make_shared<std::promise<std::optional<SipRegistrar::Binding>>>();
        auto future = promise->get_future();
        thread.post([this, user, promise] { promise->set_value(registrar->binding(user)); });
        return future.get();
    }

    LibreThread thread;
    std::unique_ptr<SipStack> stack;
    std::unique_ptr<SipRegistrar> registrar;
    quint16 port = 0;
    std::mutex mutex;
    QList<SipRegistrar::Binding> events;
};

AccountConfig account(const QString &user, const QString &password, quint16 port)
{
    AccountConfig a;
    a.id = user;
    a.aor = QStringLiteral("sip:%1@relais.local").arg(user);
    a.registrar = QStringLiteral("sip:127.0.0.1:%1").arg(port);
    a.password = password;
    a.expiresSeconds = 120;
    a.keepAliveSeconds = 0;
    return a;
}

SoftphoneConfig phoneConfig()
{
    SoftphoneConfig c;
    c.listenAddress = QStringLiteral("127.0.0.1");
    c.shutdownTimeoutMs = 5000;
    return c;
}

RegistrationStatus last(const QSignalSpy &spy)
{
    return spy.isEmpty() ? RegistrationStatus{} : spy.last().at(0).value<RegistrationStatus>();
}

} // namespace

class TstSipRegistrar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<RegistrationStatus>(); }

    void rightPasswordRegistersAndExitUnregisters()
    {
        Registrar reg;
        QVERIFY(reg.start());
        QVERIFY(reg.port != 0);
        auto phone = std::make_unique<Softphone>();
        QSignalSpy spy(phone.get(), &Softphone::registrationChanged);
        QVERIFY(phone->start(phoneConfig()));
        QVERIFY(phone->addAccount(account("agent1", "secret", reg.port)));
        QTRY_COMPARE_WITH_TIMEOUT(last(spy).state, RegistrationState::Registered, 10000);
        QCOMPARE(last(spy).expiresSeconds, 120);

        const std::optional<SipRegistrar::Binding> b = reg.binding("agent1");
        QVERIFY(b);
        QVERIFY2(b->contact.startsWith("sip:"), qPrintable(b->contact));
        QVERIFY2(b->contact.contains("127.0.0.1"), qPrintable(b->contact));
        QVERIFY2(b->source.startsWith("127.0.0.1:"), qPrintable(b->source));
        QCOMPARE(b->transport, QString("udp"));
        QCOMPARE(reg.bindingEvents().size(), 1);

        phone->stop(); // unregisters
        QTRY_VERIFY_WITH_TIMEOUT(!reg.binding("agent1"), 10000);
        QCOMPARE(reg.bindingEvents().size(), 2);
        QCOMPARE(reg.bindingEvents().last().expiresAtMs, 0);
    }

    void wrongPasswordAndUnknownUserAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << "agent1"
                                        << "guess";
        QTest::newRow("unknown user") << "mallory"
                                      << "secret";
    }

    void wrongPasswordAndUnknownUserAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        Registrar reg;
        QVERIFY(reg.start());
        Softphone phone;
        QSignalSpy spy(&phone, &Softphone::registrationChanged);
        QVERIFY(phone.start(phoneConfig()));
        QVERIFY(phone.addAccount(account(user, password, reg.port)));
        QTRY_COMPARE_WITH_TIMEOUT(last(spy).state, RegistrationState::Failed, 10000);
        QCOMPARE(last(spy).sipStatus, 403);
        QVERIFY(!reg.binding(user));
        QVERIFY(reg.bindingEvents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSipRegistrar)
#include "tst_sip_registrar.moc"

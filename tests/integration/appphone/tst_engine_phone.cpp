// The desk's phone (EnginePhone, appcore's PhoneControl on the real engine) as a téléconseiller
// uses it: registered at a real relais-dispatch with the SIP credentials its login returns,
// rung by a caller with the server's X-Relais-Interaction header, answered by the SIP Call-ID
// the offer names (also when the agent accepted before the INVITE came), heard both ways,
// held, DTMF, hung up by the far end; and dialling a number through the registrar.
#include "CtiClient.h"
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "ToneCheck.h"
#include "relais/softphone/Softphone.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::app::EnginePhone;
using relais::app::PhoneCall;

namespace {

app::SipCredentials credentialsOf(const QJsonObject &loginReply)
{
    const QJsonObject sip = loginReply.value("sip").toObject();
    app::SipCredentials c;
    c.uri = sip.value("uri").toString();
    c.registrar = sip.value("registrar").toString();
    c.username = sip.value("username").toString();
    c.password = sip.value("password").toString();
    return c;
}

EnginePhone::Options phoneOptions(softphone::AudioDevice *device)
{
    EnginePhone::Options o;
    o.listenAddress = QStringLiteral("127.0.0.1");
    o.useSoundDevices = false;
    o.device = device;
    o.settingsGroup = QStringLiteral("tst_engine_phone");
    return o;
}

PhoneCall lastCall(const QSignalSpy &spy)
{
    return spy.isEmpty() ? PhoneCall{} : spy.last().at(0).value<PhoneCall>();
}

} // namespace

class TstEnginePhone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<softphone::CallInfo>();
        qRegisterMetaType<softphone::CallEndReason>();
        QString error;
        m_db = TestEnv::freshDatabase("engine_phone", m_dir, &error);
        QVERIFY2(!m_db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(m_db, {"--listen-sip", "127.0.0.1:0"}),
                 qPrintable(m_server.output()));
        m_sipPort = m_server.sipPort();
        QVERIFY2(m_sipPort != 0, qPrintable(m_server.output()));
        CtiClient cti;
        QVERIFY(cti.open(m_server.ctiUrl()));
        const QJsonObject reply = cti.login(QStringLiteral("agent1"));
        QVERIFY2(reply.value("ok").toBool(), qPrintable(QJsonDocument(reply).toJson()));
        m_credentials = credentialsOf(reply);
        QVERIFY(m_credentials.isValid());
        QVERIFY2(m_credentials.registrar.contains(QString::number(m_sipPort)),
                 qPrintable(m_credentials.registrar));
    }

    void cleanupTestCase() { QVERIFY(m_server.terminate()); }

    void dialUriUsesTheRegistrarsHost()
    {
        QCOMPARE(EnginePhone::dialUri("01 23 45-67", "sip:10.0.0.5:5060"),
                 QStringLiteral("sip:01234567@10.0.0.5:5060"));
        QCOMPARE(EnginePhone::dialUri("+33 1 23", "sip:pbx.local"),
                 QStringLiteral("sip:+33123@pbx.local"));
        QCOMPARE(EnginePhone::dialUri("bob@example.com", "sip:pbx.local"),
                 QStringLiteral("sip:bob@example.com"));
        QCOMPARE(EnginePhone::dialUri("sip:1920@1.2.3.4", "sip:pbx.local"),
                 QStringLiteral("sip:1920@1.2.3.4"));
    }

    void registersWithTheLoginsCredentials()
    {
        softphone::FileAudioDevice device;
        EnginePhone phone(phoneOptions(&device));
        QSignalSpy registration(&phone, &app::PhoneControl::registrationChanged);
        phone.registerAccount(m_credentials);
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() && registration.last().at(0).toBool(),
                                 10000);
        QVERIFY(!phone.contactAddress().isEmpty());

        // A wrong password is refused by the server and said so (status and reason).
        EnginePhone wrong(phoneOptions(&device));
        QSignalSpy refused(&wrong, &app::PhoneControl::registrationChanged);
        app::SipCredentials bad = m_credentials;
        bad.password = QStringLiteral("not-the-password");
        wrong.registerAccount(bad);
        QTRY_VERIFY_WITH_TIMEOUT(
            !refused.isEmpty() && refused.last().at(1).toString().startsWith("403"), 10000);
        QVERIFY(!refused.last().at(0).toBool());
    }

    // The server rings the agent's phone; the desk answers by the offer's SIP Call-ID.
    void offeredCallIsAnsweredHeardHeldAndEndedByTheCaller()
    {
        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        const QString heardByAgent = m_dir.filePath("agent.wav");
        headset.setSinkFile(heardByAgent);
        EnginePhone phone(phoneOptions(&headset));
        QSignalSpy registration(&phone, &app::PhoneControl::registrationChanged);
        QSignalSpy calls(&phone, &app::PhoneControl::callChanged);
        QSignalSpy ended(&phone, &app::PhoneControl::callEnded);
        phone.registerAccount(m_credentials);
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() && registration.last().at(0).toBool(),
                                 10000);

        softphone::FileAudioDevice callerDevice;
        callerDevice.setSourceTone(1000.0);
        const QString heardByCaller = m_dir.filePath("caller.wav");
        callerDevice.setSinkFile(heardByCaller);
        softphone::Softphone caller;
        softphone::SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        QVERIFY(caller.start(config));
        caller.setAudioDevice(&callerDevice);
        QSignalSpy callerUpdates(&caller, &softphone::Softphone::callUpdated);
        QSignalSpy callerDigits(&caller, &softphone::Softphone::dtmfReceived);
        softphone::DialOptions dial;
        dial.headers.insert(QStringLiteral("X-Relais-Interaction"), QStringLiteral("42"));
        const QString callId =
            caller.dial(QStringLiteral("sip:agent1@%1").arg(phone.contactAddress()), dial);
        QVERIFY(!callId.isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(lastCall(calls).state, PhoneCall::State::Ringing, 10000);
        const PhoneCall ringing = lastCall(calls);
        QVERIFY(!ringing.sipCallId.isEmpty());
        QCOMPARE(phone.currentCall().state, PhoneCall::State::Ringing);
        QVERIFY(phone.isRinging());

        phone.answer(ringing.sipCallId);
        QTRY_COMPARE_WITH_TIMEOUT(lastCall(calls).state, PhoneCall::State::Established, 10000);
        QVERIFY(!phone.isRinging());

        phone.sendDtmf(QStringLiteral("12#"));
        QTRY_COMPARE_WITH_TIMEOUT(callerDigits.size(), 3, 5000);
        QCOMPARE(callerDigits.at(0).at(1).toChar(), QChar('1'));
        QCOMPARE(callerDigits.at(2).at(1).toChar(), QChar('#'));

        phone.setHeld(true);
        QTRY_VERIFY_WITH_TIMEOUT(lastCall(calls).held, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(caller.call(callId) && caller.call(callId)->heldByRemote, 5000);
        phone.setHeld(false);
        QTRY_VERIFY_WITH_TIMEOUT(!lastCall(calls).held, 5000);
        phone.setMuted(true);
        QTRY_VERIFY_WITH_TIMEOUT(lastCall(calls).muted, 5000);
        phone.setMuted(false);
        QTRY_VERIFY_WITH_TIMEOUT(!lastCall(calls).muted, 5000);
        // A re-INVITE reopens the devices (and their files): what follows is what is checked.
        QTest::qWait(1500);

        // The caller hangs up: the desk hears of it by the same Call-ID and the line is free.
        QVERIFY(caller.hangup(callId));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QCOMPARE(ended.first().at(0).toString(), ringing.sipCallId);
        QCOMPARE(phone.currentCall().state, PhoneCall::State::Idle);
        caller.stop();
        phone.unregisterAccount();
        headset.close();
        callerDevice.close();

        ToneCheck agentHeard, callerHeard;
        QVERIFY(agentHeard.load(heardByAgent));
        QVERIFY(callerHeard.load(heardByCaller));
        agentHeard.setWindowMs(300, 1200);
        callerHeard.setWindowMs(300, 1200);
        QString why;
        QVERIFY2(agentHeard.hasTone(1000.0, &why), qPrintable(why));
        QVERIFY2(callerHeard.hasTone(440.0, &why), qPrintable(why));
    }

    // The agent clicked Answer on the desk before the server's INVITE reached the phone.
    void answerGivenBeforeTheInviteIsKept()
    {
        softphone::FileAudioDevice headset;
        EnginePhone phone(phoneOptions(&headset));
        QSignalSpy registration(&phone, &app::PhoneControl::registrationChanged);
        QSignalSpy calls(&phone, &app::PhoneControl::callChanged);
        phone.registerAccount(m_credentials);
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() && registration.last().at(0).toBool(),
                                 10000);
        phone.answer(QString());

        softphone::FileAudioDevice callerDevice;
        softphone::Softphone caller;
        softphone::SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        QVERIFY(caller.start(config));
        caller.setAudioDevice(&callerDevice);
        const QString callId =
            caller.dial(QStringLiteral("sip:agent1@%1").arg(phone.contactAddress()));
        QTRY_COMPARE_WITH_TIMEOUT(lastCall(calls).state, PhoneCall::State::Established, 10000);
        const QString sipCallId = lastCall(calls).sipCallId;
        phone.hangup(sipCallId);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, PhoneCall::State::Idle, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!caller.call(callId), 10000);
        caller.stop();
    }

    // Click to dial: the number goes to the registrar (the server), here its service number
    // 1920, which answers and queues the call.
    void dialledNumberGoesThroughTheRegistrar()
    {
        softphone::FileAudioDevice headset;
        EnginePhone phone(phoneOptions(&headset));
        QSignalSpy registration(&phone, &app::PhoneControl::registrationChanged);
        QSignalSpy calls(&phone, &app::PhoneControl::callChanged);
        QSignalSpy problems(&phone, &app::PhoneControl::problem);
        phone.dial(QStringLiteral("1920"));
        QCOMPARE(problems.size(), 1); // not registered yet: said, nothing dialled
        QCOMPARE(phone.currentCall().state, PhoneCall::State::Idle);

        phone.registerAccount(m_credentials);
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() && registration.last().at(0).toBool(),
                                 10000);
        phone.dial(QStringLiteral("19 20"));
        QCOMPARE(lastCall(calls).state, PhoneCall::State::Dialing);
        QCOMPARE(lastCall(calls).remote, QStringLiteral("19 20"));
        QTRY_COMPARE_WITH_TIMEOUT(lastCall(calls).state, PhoneCall::State::Established, 10000);
        QVERIFY(!lastCall(calls).sipCallId.isEmpty());
        phone.hangup(QString());
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, PhoneCall::State::Idle, 10000);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    ServerProcess m_server;
    quint16 m_sipPort = 0;
    app::SipCredentials m_credentials;
};

QTEST_GUILESS_MAIN(TstEnginePhone)
#include "tst_engine_phone.moc"

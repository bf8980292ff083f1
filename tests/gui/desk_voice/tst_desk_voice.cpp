// A voice call as the téléconseiller takes it, end to end on real parts: relais-dispatch
// --demo with its SIP side, the desk's embedded softphone (EnginePhone) registered with the
// login's credentials, a caller on the trunk dialling 1920. The offer toast pops with the
// caller's number while the phone rings; Answer on the toast answers the phone; each side hears
// the other's tone; the phone panel shows the call; hanging up from the desk (F4 path) ends the
// caller's call and opens the wrap-up form.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "ToneCheck.h"

#include "agent/AgentWindow.h"
#include "agent/OfferToast.h"
#include "agent/SoftphonePanel.h"
#include "agent/WrapupPanel.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"

#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>
#include <relais/softphone/Softphone.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
constexpr int kLong = 20000;

} // namespace

class TstDeskVoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<softphone::CallInfo>();
        qRegisterMetaType<softphone::CallEndReason>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
    }

    void voiceOfferRingsAndIsAnsweredFromTheToast()
    {
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("desk_voice"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db, {"--listen-sip", "127.0.0.1:0"}), qPrintable(server.output()));
        const quint16 port = server.sipPort();
        QVERIFY(port != 0);

        // The desk, its phone on a "headset" that plays 440 Hz and records what it hears.
        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        const QString agentHears = m_dir.filePath("agent.wav");
        headset.setSinkFile(agentHears);
        app::EnginePhone::Options options;
        options.listenAddress = QStringLiteral("127.0.0.1");
        options.useSoundDevices = false;
        options.device = &headset;
        app::EnginePhone phone(options);
        app::DeskCore core;
        core.setPhone(&phone);
        ui::Theme theme;
        ui::LanguageManager language;
        ui::DeskContext context{&core, &theme, &language, nullptr};
        QSignalSpy registration(&phone, &app::PhoneControl::registrationChanged);
        core.setServers(server.ctiUrl());
        core.session()->login(QStringLiteral("agent1"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(core.session()->isLoggedIn(), kLong);
        ui::AgentWindow window(context);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() && registration.last().at(0).toBool(),
                                 kLong);
        core.session()->setReady();
        QTRY_COMPARE_WITH_TIMEOUT(core.session()->stateWireName(), QStringLiteral("ready"), kLong);

        // A caller on the trunk (loopback is a gateway under --demo) dials the general queue.
        softphone::FileAudioDevice callerDevice;
        callerDevice.setSourceTone(1000.0);
        const QString callerHears = m_dir.filePath("caller.wav");
        callerDevice.setSinkFile(callerHears);
        softphone::Softphone caller;
        softphone::SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.contactUser = QStringLiteral("+22997000001"); // the caller's number in From
        QVERIFY(caller.start(config));
        caller.setAudioDevice(&callerDevice);
        QSignalSpy callerClosed(&caller, &softphone::Softphone::callClosed);
        const QString callId =
            caller.dial(QStringLiteral("sip:1920@127.0.0.1:%1").arg(port), {}, &error);
        QVERIFY2(!callId.isEmpty(), qPrintable(error));

        // The toast and the ring, for the same call.
        ui::OfferToast *toast = window.offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), kLong);
        QCOMPARE(core.interactions()->offer()->channel(), QStringLiteral("voice"));
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Ringing, kLong);
        QVERIFY(!phone.currentCall().sipCallId.isEmpty());

        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Established,
                                  kLong);
        QTRY_COMPARE_WITH_TIMEOUT(core.interactions()->currentState(), QStringLiteral("active"),
                                  kLong);
        QTRY_VERIFY_WITH_TIMEOUT(window.softphone()->inCall(), kLong);
        QVERIFY2(window.softphone()->statusText().contains(QStringLiteral("+22997000001")),
                 qPrintable(window.softphone()->statusText()));
        QTest::qWait(2000); // two seconds of conversation

        // The agent hangs up on the desk: the caller's call ends, the wrap-up form opens.
        window.softphone()->hangup();
        QTRY_COMPARE_WITH_TIMEOUT(callerClosed.size(), 1, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(window.wrapupPanel()->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        caller.stop();
        phone.unregisterAccount();
        headset.close();
        callerDevice.close();

        // Both ways through the server's bridge (the caller heard the queue's prompt or music
        // before, so the agent's tone is looked for in the last second of the caller's file).
        ToneCheck agentHeard, callerHeard;
        QVERIFY(agentHeard.load(agentHears));
        QVERIFY(callerHeard.load(callerHears));
        agentHeard.setWindowMs(300, 1500);
        callerHeard.setWindowMs(callerHeard.durationMs() - 1200, callerHeard.durationMs() - 200);
        QVERIFY2(agentHeard.hasTone(1000.0, &error), qPrintable(error));
        QVERIFY2(callerHeard.hasTone(440.0, &error), qPrintable(error));
        server.terminate();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstDeskVoice)
#include "tst_desk_voice.moc"

// The network between a desk and relais-dispatch fails in the middle of a call. The desk
// reaches the server through a TCP relay that the test cuts; the call itself goes through the
// server's SIP side, which stays up. The téléconseiller sees the banner at once, the caller and
// the agent keep hearing each other while the desk reconnects and resumes, and afterwards the
// call is still the agent's active interaction, ends normally and opens the wrap-up.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "ServerProcess.h"
#include "TcpRelay.h"
#include "TestEnv.h"
#include "ToneCheck.h"

#include "agent/AgentWindow.h"
#include "agent/OfferToast.h"
#include "agent/WrapupPanel.h"
#include "common/ConnectionBanner.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"

#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>
#include <relais/softphone/Softphone.h>

#include <QElapsedTimer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace relais;

namespace {
constexpr int kLong = 20000;
}

class TstDeskLinkLoss : public QObject
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

    void aCallGoesOnWhileTheDeskReconnects()
    {
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("desk_link"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        const QString siteConfig = TestEnv::demoConfigWith(
            m_dir, {{R"(^trunk_gateways = .*$)",
                     QStringLiteral("trunk_gateways = [\"192.0.2.10\"]\nrecordings_dir = \"%1\"")
                         .arg(m_dir.filePath(QStringLiteral("recordings")))}});
        QVERIFY(!siteConfig.isEmpty());
        QVERIFY2(server.start(db, {"--config", siteConfig}), qPrintable(server.output()));
        TcpRelay network;
        QVERIFY(network.start(quint16(QUrl(server.ctiUrl()).port())));

        // The desk: its phone on a "headset" that says 440 Hz and records what it hears.
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
        core.setServers(QStringLiteral("ws://127.0.0.1:%1/cti").arg(network.port()));
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

        // A caller (1000 Hz) on the trunk dials the general queue; the agent answers.
        softphone::FileAudioDevice callerDevice;
        callerDevice.setSourceTone(1000.0);
        const QString callerHears = m_dir.filePath("caller.wav");
        callerDevice.setSinkFile(callerHears);
        softphone::Softphone caller;
        softphone::SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.contactUser = QStringLiteral("+22997000001");
        QVERIFY(caller.start(config));
        caller.setAudioDevice(&callerDevice);
        QSignalSpy callerClosed(&caller, &softphone::Softphone::callClosed);
        QVERIFY2(
            !caller.dial(QStringLiteral("sip:1920@127.0.0.1:%1").arg(server.sipPort()), {}, &error)
                 .isEmpty(),
            qPrintable(error));
        ui::OfferToast *toast = window.offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Ringing, kLong);
        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Established,
                                  kLong);
        QTRY_COMPARE_WITH_TIMEOUT(core.interactions()->currentState(), QStringLiteral("active"),
                                  kLong);
        const QString interactionId = core.interactions()->currentInteractionId();
        QTest::qWait(1000);

        // The network between desk and server fails: the banner says so at once.
        ui::ConnectionBanner *banner = window.connectionBanner();
        QVERIFY(!banner->isVisible());
        network.cut();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY(!banner->text().isEmpty());
        window.grab().save(m_dir.filePath("link-lost.png"));
        // Meanwhile the call is up on both ends.
        QTest::qWait(1500);
        QCOMPARE(phone.currentCall().state, app::PhoneCall::State::Established);
        QCOMPARE(callerClosed.size(), 0);

        // The desk reconnects and resumes: the banner goes, the call is still the agent's.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kLong);
        QCOMPARE(core.interactions()->currentInteractionId(), interactionId);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("active"));
        QCOMPARE(phone.currentCall().state, app::PhoneCall::State::Established);
        QElapsedTimer afterResume;
        afterResume.start();
        QTest::qWait(2000);

        // The caller hangs up: the call ends on the desk and the wrap-up opens.
        QVERIFY(caller.hangup(caller.calls().value(0).id));
        QTRY_VERIFY_WITH_TIMEOUT(window.wrapupPanel()->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        caller.stop();
        phone.unregisterAccount();
        headset.close();
        callerDevice.close();

        // Both still heard each other in the last seconds, after the link came back.
        ToneCheck agentHeard, callerHeard;
        QVERIFY(agentHeard.load(agentHears));
        QVERIFY(callerHeard.load(callerHears));
        agentHeard.setWindowMs(agentHeard.durationMs() - 1500, agentHeard.durationMs() - 300);
        callerHeard.setWindowMs(callerHeard.durationMs() - 1500, callerHeard.durationMs() - 300);
        QVERIFY2(agentHeard.hasTone(1000.0, &error), qPrintable(error));
        QVERIFY2(callerHeard.hasTone(440.0, &error), qPrintable(error));
        server.terminate();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstDeskLinkLoss)
#include "tst_desk_link_loss.moc"

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
#include "VoiceDesk.h"
#include "VoiceSite.h"

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
        ServerProcess server;
        QVERIFY2(startVoiceSite(server, m_dir, QStringLiteral("desk_link"), 0, &error),
                 qPrintable(error));
        TcpRelay network;
        QVERIFY(network.start(quint16(QUrl(server.ctiUrl()).port())));

        // The desk: its phone on a "headset" that says 440 Hz and records what it hears.
        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        const QString agentHears = m_dir.filePath("agent.wav");
        headset.setSinkFile(agentHears);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        VoiceDesk desk(&phone);
        QVERIFY2(desk.start(QStringLiteral("ws://127.0.0.1:%1/cti").arg(network.port()),
                            QStringLiteral("agent1"), &error),
                 qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

        // A caller (1000 Hz) on the trunk dials the general queue; the agent answers.
        const QString callerHears = m_dir.filePath("caller.wav");
        TrunkCaller caller(1000.0, callerHears);
        QSignalSpy callerClosed(&caller.phone, &softphone::Softphone::callClosed);
        const QString callId = caller.dial(QStringLiteral("1920"), server.sipPort(), &error);
        QVERIFY2(!callId.isEmpty(), qPrintable(error));
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
        QVERIFY(caller.phone.hangup(callId));
        QTRY_VERIFY_WITH_TIMEOUT(window.wrapupPanel()->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        caller.stop();
        phone.unregisterAccount();
        headset.close();

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

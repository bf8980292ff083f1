// A voice call as the téléconseiller takes it, end to end on real parts: relais-dispatch
// --demo with its SIP side, the desk's embedded softphone (EnginePhone) registered with the
// login's credentials, a caller on the trunk dialling 1920. The offer toast pops with the
// caller's number while the phone rings; Answer on the toast answers the phone; each side hears
// the other's tone; the phone panel shows the call; hanging up from the desk (F4 path) ends the
// caller's call and opens the wrap-up form. Wrapped up, the recorded call is in the customer's
// history, and Play there fetches its recording from the server.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "ToneCheck.h"
#include "VoiceDesk.h"
#include "VoiceSite.h"

#include "CtiClient.h"
#include "HeadsetPlayback.h"
#include "HttpClient.h"

#include "agent/AgentWindow.h"
#include "agent/CallbacksView.h"
#include "agent/ContactHistoryView.h"
#include "agent/HistorySearchView.h"
#include "agent/OfferToast.h"
#include "agent/RecordingControls.h"
#include "agent/SoftphonePanel.h"
#include "agent/WrapupPanel.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"
#include "common/Toast.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/ContactHistoryModel.h>
#include <relais/app/DeskCore.h>
#include <relais/app/HistorySearchModel.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/RecordingPlayer.h>
#include <relais/app/Session.h>
#include <relais/app/WrapupController.h>
#include <relais/softphone/Softphone.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMediaDevices>
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
        ServerProcess server; // calls are recorded into the test's folder
        QVERIFY2(startVoiceSite(server, m_dir, QStringLiteral("desk_voice"), 0, &error),
                 qPrintable(error));
        const quint16 port = server.sipPort();
        QVERIFY(port != 0);

        // The desk, its phone on a "headset" that plays 440 Hz and records what it hears.
        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        const QString agentHears = m_dir.filePath("agent.wav");
        headset.setSinkFile(agentHears);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        app::HeadsetPlayback speaker; // recordings play on the system's default output
        VoiceDesk desk(&phone);
        desk.core.setAudioPlayback(&speaker);
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent1"), &error), qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

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
        const QString interactionId = core.interactions()->currentInteractionId();
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

        // Wrapped up, the call is in the customer's history, recorded: found by the history
        // search, the entry says so and, selected, has Play, which fetches the call's recording
        // from the server (recording.get kind call).
        app::WrapupController *wrapup = core.interactions()->wrapup();
        wrapup->setDisposition(QStringLiteral("resolved"));
        wrapup->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!window.wrapupPanel()->isVisible(), kLong);
        ui::HistorySearchView *search = window.historySearch();
        window.sideTabs()->setCurrentWidget(search);
        app::HistorySearchModel *found = core.historySearch();
        found->search(QStringLiteral("+22997000001"));
        QTRY_VERIFY_WITH_TIMEOUT(found->rowCount() >= 1, kLong);
        found->select(0);
        ui::ContactHistoryView *history = search->history();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() >= 1, kLong);
        const QModelIndex last = history->model()->index(0, 0);
        QCOMPARE(last.data(app::ContactHistoryModel::InteractionIdRole).toString(), interactionId);
        QVERIFY(last.data(app::ContactHistoryModel::HasRecordingRole).toBool());
        // Older demo contacts have no recording: no Play for them.
        ui::RecordingControls *controls = history->recording();
        QVERIFY(controls);
        QListView *list = history->list();
        if (history->rowCount() > 1) {
            const QModelIndex older = history->model()->index(1, 0);
            QVERIFY(!older.data(app::ContactHistoryModel::HasRecordingRole).toBool());
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualRect(older).center());
            QTRY_COMPARE(list->currentIndex().row(), 1);
            QVERIFY(!controls->isVisible());
        }
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(last).center());
        QTRY_VERIFY(controls->isVisible());
        QPushButton *play = controls->playButton();
        QCOMPARE(play->text(), QStringLiteral("Play"));
        const QRect inWindow(play->mapTo(&window, QPoint(0, 0)), play->size());
        QVERIFY(window.rect().contains(inWindow)); // usable at 1024×768
        app::RecordingPlayer *player = core.recordings();
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(player->state() != app::RecordingPlayer::State::Loading &&
                                     player->state() != app::RecordingPlayer::State::Idle,
                                 kLong);
        QCOMPARE(player->interactionId(), interactionId);
        QVERIFY2(player->durationMs() > 1500, qPrintable(player->errorText()));
        if (QMediaDevices::audioOutputs().isEmpty()) {
            QTRY_VERIFY(controls->status()->isVisible()); // why it cannot play
        } else {
            QCOMPARE(player->state(), app::RecordingPlayer::State::Playing);
            QCOMPARE(play->text(), QStringLiteral("Stop"));
            QTest::mouseClick(play, Qt::LeftButton);
        }
        window.grab().save(m_dir.filePath("history.png"));
        server.terminate();
    }

    void aCallbackIsCalledNowFromTheCallbacksTab()
    {
        // The customer behind the operator's network: a softphone at the outbound gateway that
        // answers what comes.
        OutsideParty outside;
        QVERIFY(outside.start(1000.0));
        softphone::Softphone &customer = outside.phone;
        const QStringList &customerCalls = outside.calls;
        QSignalSpy customerUpdated(&customer, &softphone::Softphone::callUpdated);

        QString error;
        ServerProcess server;
        QVERIFY2(
            startVoiceSite(server, m_dir, QStringLiteral("desk_callnow"), outside.port(), &error),
            qPrintable(error));

        // agent1 promised a callback for tomorrow at the end of a chat.
        {
            CtiClient agent;
            QVERIFY(agent.open(server.ctiUrl()));
            QVERIFY(agent.login(QStringLiteral("agent1")).value("ok").toBool());
            QVERIFY(agent.request("state.set", {{"state", "ready"}}).value("ok").toBool());
            HttpClient http(server.httpBase());
            const QString chat =
                http.createInteraction("chat", "+22997000002", "Rappelez-moi demain");
            QVERIFY(!chat.isEmpty());
            QVERIFY(!agent.waitEvent("interaction.offered", 10000).isEmpty());
            QVERIFY(agent.request("interaction.accept", {{"interactionId", chat}})
                        .value("ok")
                        .toBool());
            const QJsonObject r = agent.request(
                "interaction.wrapup",
                {{"interactionId", chat},
                 {"disposition", "callback"},
                 {"callback",
                  QJsonObject{{"at", QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000}}}});
            QVERIFY2(r.value("ok").toBool(), qPrintable(QJsonDocument(r).toJson()));
            QVERIFY(agent.request("logout").value("ok").toBool());
        }

        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        VoiceDesk desk(&phone);
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent1"), &error, false),
                 qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

        // The Callbacks tab lists it, scheduled; Call: the server takes it for agent1 and calls.
        ui::CallbacksView *view = window.callbacks();
        window.sideTabs()->setCurrentWidget(view);
        QListView *list = view->list();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, kLong);
        const QModelIndex row = list->model()->index(0, 0);
        QCOMPARE(row.data(app::CallbackListModel::StateRole).toString(),
                 QStringLiteral("scheduled"));
        const QString cb = row.data(app::CallbackListModel::IdRole).toString();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QPushButton *call = view->dialButton();
        QTRY_VERIFY(call->isEnabled());
        QTest::mouseClick(call, Qt::LeftButton);

        // In the agent's hands at once, shown and selected; their phone answers by itself, then
        // the customer's rings and is answered.
        QTRY_COMPARE_WITH_TIMEOUT(core.interactions()->currentInteractionId(), cb, kLong);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("active"));
        QCOMPARE(core.interactions()->currentChannel(), QStringLiteral("callback"));
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Established,
                                  kLong);
        QTRY_COMPARE_WITH_TIMEOUT(customerCalls.size(), 1, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(customer.call(customerCalls.first()) &&
                                     customer.call(customerCalls.first())->state ==
                                         softphone::CallState::Established,
                                 kLong);
        QVERIFY(!window.toast()->isVisible());
        window.grab().save(m_dir.filePath("callnow.png"));
        if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") + "/callnow.png");

        // The customer hangs up: the callback goes to wrap-up on the desk.
        QTest::qWait(1500);
        QVERIFY(customer.hangup(customerCalls.first()));
        QTRY_VERIFY_WITH_TIMEOUT(window.wrapupPanel()->isVisible(), kLong);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("wrap_up"));
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        customer.stop();
        phone.unregisterAccount();
        headset.close();
        outside.device.close();
        server.terminate();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstDeskVoice)
#include "tst_desk_voice.moc"

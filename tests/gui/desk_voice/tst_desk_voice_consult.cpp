// Consulting a number before transferring a call (attended transfer), end to end on real parts:
// relais-dispatch --demo with its SIP side, the desk's embedded softphone, a caller on the trunk
// and a customer's softphone behind the outbound gateway. The transfer menu's "Consult a number
// first…" puts the caller on hold and calls the number; once it answers, the consultation bar
// says who the agent talks with. "Back to caller" hangs the number up and the agent has the
// caller again; consulted once more, "Complete transfer" hands the caller over to the number: the
// desk's phone lets go, the call goes to wrap-up, and the caller and the number talk on.
// "Consult a colleague first…" picks agent2 in the directory; their phone answers and, completed,
// the call is theirs: gone from agent1's desk and phone. And the other way round: the desk
// consulted by a colleague shows who calls about whom, answers with F2, and gets the call.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "VoiceDesk.h"
#include "VoiceSite.h"

#include "CtiClient.h"

#include "agent/AgentWindow.h"
#include "agent/ConsultBar.h"
#include "agent/ConsultedBanner.h"
#include "agent/ConversationView.h"
#include "agent/OfferToast.h"
#include "agent/SoftphonePanel.h"
#include "agent/TransferAgentDialog.h"
#include "agent/TransferMenu.h"
#include "agent/WrapupPanel.h"
#include "common/SystemNotifier.h"
#include "common/Toast.h"

#include <relais/app/AgentDirectoryModel.h>
#include <relais/app/ConsultController.h>
#include <relais/app/ConsultedNotice.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/softphone/Softphone.h>

#include <QApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace relais;

namespace {
constexpr int kLong = 20000;

// Types `text` into the next input dialog and accepts it.
void answerNextInputDialog(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        dialog->setTextValue(text);
        dialog->accept();
        timer->deleteLater();
    });
    timer->start();
}

QAction *menuAction(QMenu *menu, const QString &name)
{
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

class TstDeskVoiceConsult : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<softphone::CallInfo>();
        qRegisterMetaType<softphone::CallEndReason>();
        qRegisterMetaType<softphone::RegistrationStatus>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
    }

    void consultThenBackThenComplete()
    {
        // The number consulted, behind the operator's network: answers what comes.
        OutsideParty outside;
        QVERIFY(outside.start(700.0));
        softphone::Softphone &customer = outside.phone;
        const QStringList &customerCalls = outside.calls;
        QSignalSpy customerClosed(&customer, &softphone::Softphone::callClosed);

        QString error;
        ServerProcess server;
        QVERIFY2(
            startVoiceSite(server, m_dir, QStringLiteral("desk_consult"), outside.port(), &error),
            qPrintable(error));

        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        VoiceDesk desk(&phone);
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent1"), &error), qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

        softphone::FileAudioDevice callerDevice;
        callerDevice.setSourceTone(1000.0);
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
        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(phone.currentCall().state == app::PhoneCall::State::Established &&
                                     core.interactions()->currentState() == QLatin1String("active"),
                                 kLong);
        const QString id = core.interactions()->currentInteractionId();

        ui::TransferMenu *menu = window.conversation()->transferMenu();
        ui::ConsultBar *bar = window.conversation()->consultBar();
        app::ConsultController *consult = core.interactions()->consult();
        QVERIFY(!bar->isVisible());
        // Consult the number: the caller on hold, the bar says who the agent talks with.
        QAction *action = menuAction(menu, QStringLiteral("consultNumber"));
        QVERIFY(action && action->isEnabled());
        answerNextInputDialog(QStringLiteral("97 00 00 02"));
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(customerCalls.size(), 1, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(consult->state(), QStringLiteral("connected"), kLong);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(bar->stateLabel()->text().contains(QStringLiteral("+22997000002")) &&
                     bar->stateLabel()->text().contains(QStringLiteral("on hold")),
                 qPrintable(bar->stateLabel()->text()));
        QVERIFY(bar->completeButton()->isEnabled());
        QVERIFY(bar->backButton()->isEnabled());
        // Nothing else is transferred meanwhile.
        action = menuAction(menu, QStringLiteral("transferToNumber"));
        QVERIFY(action && !action->isEnabled());
        QVERIFY(!menuAction(menu, QStringLiteral("consultNumber"))->isEnabled());
        if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR")) { // as agents see it
            desk.theme.apply(ui::Theme::Mode::Light);
            desk.language.setLanguage(QStringLiteral("fr"), false);
            QTest::qWait(300);
            window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") +
                               "/agent-consult.png");
            desk.language.setLanguage(QStringLiteral("en"), false);
        }
        QTest::qWait(1000);

        // Back to caller: the number is hung up, the agent has the caller again.
        QTest::mouseClick(bar->backButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(customerClosed.size(), 1, kLong);
        QTRY_VERIFY(!bar->isVisible());
        QTest::qWait(500);
        QCOMPARE(phone.currentCall().state, app::PhoneCall::State::Established);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("active"));
        QCOMPARE(callerClosed.size(), 0);

        // Again, then Complete transfer: the caller goes to the number, the agent wraps up.
        action = menuAction(menu, QStringLiteral("consultNumber"));
        QVERIFY(action && action->isEnabled());
        answerNextInputDialog(QStringLiteral("+22997000002"));
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(customerCalls.size(), 2, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(
            bar->completeButton()->isVisible() && bar->completeButton()->isEnabled(), kLong);
        QTest::qWait(1000);
        QTest::mouseClick(bar->completeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(window.wrapupPanel()->isVisible(), kLong);
        QCOMPARE(core.interactions()->currentInteractionId(), id);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("wrap_up"));
        QTRY_VERIFY(window.toast()->text().contains(QStringLiteral("+22997000002")));
        QVERIFY(!bar->isVisible());
        // The caller and the number talk on.
        QTest::qWait(1000);
        QCOMPARE(callerClosed.size(), 0);
        QCOMPARE(customerClosed.size(), 1);
        QVERIFY(customer.call(customerCalls.last()) &&
                customer.call(customerCalls.last())->state == softphone::CallState::Established);
        QVERIFY(customer.hangup(customerCalls.last()));
        QTRY_COMPARE_WITH_TIMEOUT(callerClosed.size(), 1, kLong);

        caller.stop();
        customer.stop();
        phone.unregisterAccount();
        headset.close();
        callerDevice.close();
        outside.device.close();
        server.terminate();
    }

    void consultAColleagueThenComplete()
    {
        QString error;
        ServerProcess server;
        QVERIFY2(startVoiceSite(server, m_dir, QStringLiteral("desk_consult2"), 0, &error),
                 qPrintable(error));

        // agent2, signed in, with a phone that answers what comes.
        CtiClient agent2;
        QVERIFY(agent2.open(server.ctiUrl()));
        QVERIFY(agent2.login(QStringLiteral("agent2")).value("ok").toBool());
        ColleaguePhone colleague;
        QVERIFY2(colleague.start(QStringLiteral("agent2"), server.sipPort(), 1200.0, &error),
                 qPrintable(error));
        const QStringList &colleagueCalls = colleague.calls;

        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        VoiceDesk desk(&phone);
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent1"), &error), qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

        TrunkCaller caller(1000.0, {});
        QSignalSpy callerClosed(&caller.phone, &softphone::Softphone::callClosed);
        QVERIFY2(!caller.dial(QStringLiteral("1920"), server.sipPort(), &error).isEmpty(),
                 qPrintable(error));
        ui::OfferToast *toast = window.offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), kLong);
        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(phone.currentCall().state == app::PhoneCall::State::Established &&
                                     core.interactions()->currentState() == QLatin1String("active"),
                                 kLong);
        const QString id = core.interactions()->currentInteractionId();

        // The directory opens; agent2 is picked.
        bool picked = false;
        auto *timer = new QTimer;
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, timer, [timer, &picked] {
            auto *dialog =
                qobject_cast<ui::TransferAgentDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            QAbstractItemModel *list = dialog->list()->model();
            bool loaded = false;
            for (int r = 0; r < list->rowCount(); ++r)
                loaded = loaded || list->index(r, 0).data(app::AgentDirectoryModel::AgentIdRole) ==
                                       QStringLiteral("agent2");
            if (!loaded)
                return;
            QTest::keyClicks(dialog->filterEdit(), QStringLiteral("koffi"));
            picked = dialog->agentId() == QLatin1String("agent2");
            QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
            timer->deleteLater();
        });
        timer->start();
        QAction *action =
            menuAction(window.conversation()->transferMenu(), QStringLiteral("consultAgent"));
        QVERIFY(action && action->isEnabled());
        action->trigger(); // returns once the dialog is closed
        QVERIFY(picked);
        ui::ConsultBar *bar = window.conversation()->consultBar();
        QTRY_COMPARE_WITH_TIMEOUT(colleagueCalls.size(), 1, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(core.interactions()->consult()->state(),
                                  QStringLiteral("connected"), kLong);
        QTRY_VERIFY(bar->isVisible() && bar->completeButton()->isEnabled());
        QVERIFY2(bar->stateLabel()->text().contains(QStringLiteral("Koffi")),
                 qPrintable(bar->stateLabel()->text()));
        QTest::qWait(1000);

        // Completed: the call is agent2's; off agent1's desk and phone, no wrap-up here.
        QTest::mouseClick(bar->completeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!core.interactions()->interactions()->item(id), kLong);
        QVERIFY(!window.wrapupPanel()->isVisible());
        QCOMPARE(agent2.waitEvent("interaction.accepted", kLong).value("interactionId").toString(),
                 id);
        QTest::qWait(1000);
        QCOMPARE(callerClosed.size(), 0);
        QVERIFY(colleague.phone.call(colleagueCalls.last()) &&
                colleague.phone.call(colleagueCalls.last())->state ==
                    softphone::CallState::Established);
        QVERIFY(colleague.phone.hangup(colleagueCalls.last()));
        QTRY_COMPARE_WITH_TIMEOUT(callerClosed.size(), 1, kLong);

        caller.stop();
        colleague.phone.stop();
        phone.unregisterAccount();
        headset.close();
        colleague.device.close();
        server.terminate();
    }

    // The other side: agent1 (a CtiClient and a phone that answers) consults the desk's agent2.
    // The desk says who calls and about whom while its phone rings, Answer (F2) picks the call
    // up although no offer came, and completed, the call is the desk's own interaction.
    void consultedByAColleague()
    {
        QString error;
        ServerProcess server;
        QVERIFY2(startVoiceSite(server, m_dir, QStringLiteral("desk_consulted"), 0, &error),
                 qPrintable(error));

        CtiClient agent1;
        QVERIFY(agent1.open(server.ctiUrl()));
        QVERIFY(agent1.login(QStringLiteral("agent1")).value("ok").toBool());
        ColleaguePhone agent1Phone;
        QVERIFY2(agent1Phone.start(QStringLiteral("agent1"), server.sipPort(), 1000.0, &error),
                 qPrintable(error));
        QVERIFY(agent1.request("state.set", {{"state", "ready"}}).value("ok").toBool());

        // The desk: agent2, signed in with its phone registered, not ready (the call is agent1's).
        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        VoiceDesk desk(&phone);
        ui::SystemNotifier notifier;
        desk.context.notifier = &notifier;
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent2"), &error, false),
                 qPrintable(error));
        notifier.setWindow(desk.window.get());
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;
        app::ConsultedNotice *notice = core.interactions()->consulted();
        ui::ConsultedBanner *banner = window.consultedBanner();
        QVERIFY(!banner->isVisible());

        TrunkCaller caller(1200.0, {});
        QSignalSpy callerClosed(&caller.phone, &softphone::Softphone::callClosed);
        QVERIFY2(!caller.dial(QStringLiteral("1920"), server.sipPort(), &error).isEmpty(),
                 qPrintable(error));
        const QString id = agent1.waitEvent("interaction.offered", kLong)
                               .value("interaction")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(agent1.waitEvent("interaction.accepted", kLong).value("interactionId").toString(),
                 id);

        // Another window in front: the consultation is notified too.
        QWidget other;
        other.resize(300, 200);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        const int notified = notifier.count();
        QJsonObject r =
            agent1.request("interaction.consult", {{"interactionId", id}, {"agentId", "agent2"}});
        QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
        QTRY_COMPARE_WITH_TIMEOUT(notifier.count(), notified + 1, kLong);
        QVERIFY2(notifier.lastNotification().contains(notice->agentName()) &&
                     notifier.lastNotification().contains(notice->customerName()),
                 qPrintable(notifier.lastNotification()));
        other.hide();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The desk's phone rings with a call that is not an offer; the banner says who and why.
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Ringing, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLong);
        QCOMPARE(notice->state(), QStringLiteral("ringing"));
        QCOMPARE(notice->interactionId(), id);
        QVERIFY(!notice->agentName().isEmpty() && !notice->customerName().isEmpty());
        const QString ringingText = banner->text();
        QVERIFY2(ringingText.contains(notice->agentName()) &&
                     ringingText.contains(notice->customerName()) &&
                     ringingText.contains(QStringLiteral("general")),
                 qPrintable(ringingText));
        QVERIFY(!window.offerToast()->isVisible());
        QVERIFY(window.softphone()
                    ->findChild<QToolButton *>(QStringLiteral("phoneAnswer"))
                    ->isEnabled());
        if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR")) { // as agents see it
            desk.theme.apply(ui::Theme::Mode::Light);
            desk.language.setLanguage(QStringLiteral("fr"), false);
            QTest::qWait(300);
            window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") +
                               "/agent-consulted.png");
            desk.language.setLanguage(QStringLiteral("en"), false);
        }

        // agent1 takes the caller back before agent2 answers: the banner goes, a toast says so.
        const QString agent1Name = notice->agentName();
        r = agent1.request("interaction.consult_cancel", {{"interactionId", id}});
        QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        QVERIFY2(window.toast()->text().contains(agent1Name), qPrintable(window.toast()->text()));
        QVERIFY(window.toast()->text().contains(QStringLiteral("back")));
        QVERIFY(agent1
                    .waitEventWhere("interaction.consult",
                                    [](const QJsonObject &e) {
                                        return e.value("state").toString() ==
                                               QLatin1String("ended");
                                    })
                    .value("reason")
                    .toString() == QLatin1String("cancelled"));
        // Asked again, it rings again.
        r = agent1.request("interaction.consult", {{"interactionId", id}, {"agentId", "agent2"}});
        QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Ringing, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLong);

        // F2 answers it: agent1 and agent2 talk, the caller waits on hold.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Established,
                                  kLong);
        QTRY_COMPARE_WITH_TIMEOUT(notice->state(), QStringLiteral("connected"), kLong);
        QVERIFY(banner->isVisible() && banner->text() != ringingText);

        // Completed by agent1: the call is agent2's interaction on the same phone call.
        r = agent1.request("interaction.consult_complete", {{"interactionId", id}});
        QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(core.interactions()->interactions()->item(id), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kLong);
        QVERIFY(!notice->isActive());
        core.interactions()->selectInteraction(id);
        QTRY_COMPARE_WITH_TIMEOUT(core.interactions()->currentState(), QStringLiteral("active"),
                                  kLong);
        QCOMPARE(phone.currentCall().state, app::PhoneCall::State::Established);
        QCOMPARE(callerClosed.size(), 0);

        caller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(phone.currentCall().state == app::PhoneCall::State::Idle, kLong);
        agent1Phone.phone.stop();
        phone.unregisterAccount();
        headset.close();
        agent1Phone.device.close();
        server.terminate();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstDeskVoiceConsult)
#include "tst_desk_voice_consult.moc"

// On an answered call, the desk's recording bar and transfers, end to end on real parts:
// relais-dispatch --demo with its SIP side, the desk's embedded softphone, a caller on the trunk
// and a customer's softphone behind the outbound gateway. Pause recording asks the server
// (interaction.recording) and the bar says the recording is paused until Resume. The transfer
// menu's "To a number…" sends interaction.transfer {number}: a busy number is said in a toast
// and the agent keeps the caller; one that answers takes the caller, the desk's phone lets go of
// the call, the interaction goes to wrap-up with a toast.
// A transfer to a queue takes the call out of the inbox and off the desk's phone while the
// caller stays connected, waiting.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "VoiceDesk.h"
#include "VoiceSite.h"

#include "CtiClient.h"

#include "agent/AgentWindow.h"
#include "agent/ConversationRecordingBar.h"
#include "agent/ConversationView.h"
#include "agent/OfferToast.h"
#include "agent/SoftphonePanel.h"
#include "agent/TransferMenu.h"
#include "agent/WrapupPanel.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"
#include "common/Toast.h"

#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/RecordingPauseController.h>
#include <relais/app/Session.h>
#include <relais/softphone/Softphone.h>

#include <QApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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

// The menu's action with this object name, as the menu shows it now.
QAction *menuAction(QMenu *menu, const QString &name)
{
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

QAction *menuActionText(QMenu *menu, const QString &text)
{
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->text().contains(text))
            return a;
    }
    return nullptr;
}

} // namespace

class TstDeskVoiceTransfer : public QObject
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

    void recordingPauseAndTransfers()
    {
        // The customer behind the operator's network answers what comes.
        OutsideParty outside;
        QVERIFY(outside.start(700.0));
        softphone::Softphone &customer = outside.phone;
        const QStringList &customerCalls = outside.calls;

        QString error;
        ServerProcess server;
        QVERIFY2(
            startVoiceSite(server, m_dir, QStringLiteral("desk_transfer"), outside.port(), &error),
            qPrintable(error));

        softphone::FileAudioDevice headset;
        headset.setSourceTone(440.0);
        app::EnginePhone phone(headsetPhoneOptions(&headset));
        VoiceDesk desk(&phone);
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent1"), &error), qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

        // A caller on the trunk.
        softphone::FileAudioDevice callerDevice;
        callerDevice.setSourceTone(1000.0);
        softphone::Softphone caller;
        softphone::SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.contactUser = QStringLiteral("+22997000001");
        QVERIFY(caller.start(config));
        caller.setAudioDevice(&callerDevice);
        QSignalSpy callerClosed(&caller, &softphone::Softphone::callClosed);
        const auto call = [&] {
            return caller.dial(QStringLiteral("sip:1920@127.0.0.1:%1").arg(server.sipPort()), {},
                               &error);
        };
        const auto answerOnTheDesk = [&] {
            ui::OfferToast *toast = window.offerToast();
            if (!QTest::qWaitFor([&] { return toast->isVisible(); }, kLong))
                return false;
            QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
            return QTest::qWaitFor(
                [&] {
                    return phone.currentCall().state == app::PhoneCall::State::Established &&
                           core.interactions()->currentState() == QLatin1String("active");
                },
                kLong);
        };
        const QString firstCall = call();
        QVERIFY2(!firstCall.isEmpty(), qPrintable(error));
        QVERIFY(answerOnTheDesk());
        const QString first = core.interactions()->currentInteractionId();

        // The recording bar of the answered call: recorded, Pause.
        ui::ConversationRecordingBar *bar = window.conversation()->recordingBar();
        app::RecordingPauseController *pause = core.interactions()->recordingPause();
        QTRY_VERIFY(bar->isVisible());
        QToolButton *toggle = bar->toggleButton();
        QCOMPARE(toggle->text(), QStringLiteral("Pause recording"));
        QVERIFY(!bar->property("paused").toBool());
        const QRect inWindow(toggle->mapTo(&window, QPoint(0, 0)), toggle->size());
        QVERIFY(window.rect().contains(inWindow)); // usable at 1024×768
        QTest::qWait(1000);
        // The server says it is paused: the bar says so until it is resumed.
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pause->isPaused(), kLong);
        QTRY_VERIFY(bar->property("paused").toBool());
        QCOMPARE(toggle->text(), QStringLiteral("Resume recording"));
        QVERIFY(toggle->isChecked());
        QVERIFY2(bar->indicator()->text().contains(QStringLiteral("paused")),
                 qPrintable(bar->indicator()->text()));
        if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR")) {
            // As the agents see it: the light theme, in French.
            desk.theme.apply(ui::Theme::Mode::Light);
            desk.language.setLanguage(QStringLiteral("fr"), false);
            QTest::qWait(200);
            window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") +
                               "/recording-paused.png");
            desk.language.setLanguage(QStringLiteral("en"), false);
            QTest::qWait(200);
        }
        // A supervisor sees the same call being recorded, paused: resuming is theirs too.
        CtiClient supervisor;
        QVERIFY(supervisor.open(server.ctiUrl()));
        QVERIFY(supervisor.login(QStringLiteral("supervisor1")).value("ok").toBool());
        QVERIFY(supervisor
                    .request("interaction.recording", {{"interactionId", first}, {"pause", false}})
                    .value("ok")
                    .toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!pause->isPaused(), kLong);
        QTRY_VERIFY(!bar->property("paused").toBool());
        QCOMPARE(toggle->text(), QStringLiteral("Pause recording"));
        // Paused again from the desk's shortcut.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &window, Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(pause->isPaused(), kLong);

        // To a queue: gone from the inbox, off the desk's phone; the caller waits, connected.
        ui::TransferMenu *menu = window.conversation()->transferMenu();
        QAction *english = menuActionText(menu, QStringLiteral("english"));
        QVERIFY(english && english->isEnabled());
        english->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!core.interactions()->interactions()->item(first), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        QTRY_VERIFY(!window.softphone()->inCall());
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY2(window.toast()->text().contains(QStringLiteral("the english queue")),
                 qPrintable(window.toast()->text()));
        QTest::qWait(1000);
        QCOMPARE(callerClosed.size(), 0);
        const QJsonArray waiting = supervisor.request("queue.waiting", {{"queue", "english"}})
                                       .value("interactions")
                                       .toArray();
        QCOMPARE(waiting.size(), 1);
        QVERIFY(caller.hangup(firstCall));
        QTRY_COMPARE_WITH_TIMEOUT(callerClosed.size(), 1, kLong);

        // A second call, answered, then to a number: the number is checked on the desk first.
        QVERIFY2(!call().isEmpty(), qPrintable(error));
        QVERIFY(answerOnTheDesk());
        const QString second = core.interactions()->currentInteractionId();
        QVERIFY(second != first);
        QAction *number = menuAction(menu, QStringLiteral("transferToNumber"));
        QVERIFY(number && number->isEnabled());
        answerNextInputDialog(QStringLiteral("pas un numéro"));
        number->trigger();
        QTRY_VERIFY(window.toast()->text().contains(QStringLiteral("pas un numéro")));
        QCOMPARE(customerCalls.size(), 0);
        // The customer is busy: the desk says so and the agent still has the caller.
        outside.rejectStatus = 486; // busy: the next call is turned down
        number = menuAction(menu, QStringLiteral("transferToNumber"));
        answerNextInputDialog(QStringLiteral("97 00 00 02"));
        number->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(customerCalls.size(), 1, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(window.toast()->text().contains(QStringLiteral("still with you")),
                                 kLong);
        QVERIFY2(window.toast()->text().contains(QStringLiteral("+22997000002")),
                 qPrintable(window.toast()->text()));
        QTest::qWait(500);
        QCOMPARE(phone.currentCall().state, app::PhoneCall::State::Established);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("active"));
        QVERIFY2(window.softphone()->statusText().contains(QStringLiteral("In a call")),
                 qPrintable(window.softphone()->statusText()));
        // Free now: the transfer goes through.
        outside.rejectStatus = 0;
        number = menuAction(menu, QStringLiteral("transferToNumber"));
        answerNextInputDialog(QStringLiteral("97 00 00 02"));
        number->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(customerCalls.size(), 2, kLong);
        // Answered: the desk's phone lets go, the call goes to wrap-up, the toast says where.
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(window.wrapupPanel()->isVisible(), kLong);
        QCOMPARE(core.interactions()->currentInteractionId(), second);
        QCOMPARE(core.interactions()->currentState(), QStringLiteral("wrap_up"));
        QTRY_VERIFY(window.toast()->text().contains(QStringLiteral("+22997000002")));
        QVERIFY(!bar->isVisible());
        QVERIFY(!window.softphone()->inCall());
        // The caller and the customer are still talking.
        QTest::qWait(1000);
        QCOMPARE(callerClosed.size(), 1);
        QVERIFY(customer.call(customerCalls.last()) &&
                customer.call(customerCalls.last())->state == softphone::CallState::Established);
        QVERIFY(customer.hangup(customerCalls.last()));
        QTRY_COMPARE_WITH_TIMEOUT(callerClosed.size(), 2, kLong);

        caller.stop();
        customer.stop();
        phone.unregisterAccount();
        headset.close();
        callerDevice.close();
        outside.device.close();
        server.terminate();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstDeskVoiceTransfer)
#include "tst_desk_voice_transfer.moc"

// A callback's recorded request as the téléconseiller meets it, on real parts: a sipp caller on
// the trunk of a real relais-dispatch overflows to callback and leaves a request; agent1's desk
// (the window at 1024×768 under Xvfb, playing through HeadsetPlayback as relais-desk does) lists
// it in the Callbacks tab with a Play button, and Play fetches it from the server; on a machine
// without a sound output the agent reads why it cannot play. While the file is gone from the
// server the button goes. Offered and answered, the callback interaction shows Play too, and
// Call back, which asks the server to call the customer back; so does Call on the Callbacks tab
// before it is offered (taking it for the agent).
#include "HeadsetPlayback.h"
#include "RecordedCallback.h"

#include "agent/AgentWindow.h"
#include "agent/CallbacksView.h"
#include "agent/ConversationView.h"
#include "agent/OfferToast.h"
#include "agent/RecordingControls.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"
#include "common/Toast.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/RecordingPlayer.h>
#include <relais/app/Session.h>

#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMediaDevices>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace relais;

namespace {
constexpr int kLong = 20000;
}

class TstDeskRecordings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
    }

    void callbackWithARecordingHasPlay()
    {
        RecordedCallback scene;
        QString error;
        bool skip = false;
        if (!scene.make(m_dir, QStringLiteral("desk_recordings"), &error, &skip)) {
            if (skip)
                QSKIP(qPrintable(error));
            QFAIL(qPrintable(error));
        }
        const QString id = scene.callback.value("id").toString();

        app::DeskCore core;
        app::HeadsetPlayback headset; // the system's default output, as without a phone
        core.setAudioPlayback(&headset);
        ui::Theme theme;
        ui::LanguageManager language;
        ui::DeskContext context{&core, &theme, &language, nullptr};
        core.setServers(scene.server.ctiUrl());
        core.session()->login(QStringLiteral("agent1"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(core.session()->isLoggedIn(), kLong);
        ui::AgentWindow window(context);
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The Callbacks tab asks the server for the queue's callbacks: the caller's is there.
        ui::CallbacksView *view = window.callbacks();
        window.sideTabs()->setCurrentWidget(view);
        QListView *list = view->list();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, kLong);
        ui::RecordingControls *controls = view->recording();
        QVERIFY(!controls->isVisible()); // nothing selected yet
        const QModelIndex row = list->model()->index(0, 0);
        QCOMPARE(row.data(app::CallbackListModel::IdRole).toString(), id);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        QTRY_VERIFY(controls->isVisible());
        QPushButton *play = controls->playButton();
        QVERIFY(play->isVisible() && play->isEnabled());
        QCOMPARE(play->text(), QStringLiteral("Play"));
        // Usable at 1024×768: the button is inside the window, not cut.
        const QRect inWindow(play->mapTo(&window, QPoint(0, 0)), play->size());
        QVERIFY2(window.rect().contains(inWindow), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                  .arg(inWindow.x())
                                                                  .arg(inWindow.y())
                                                                  .arg(inWindow.width())
                                                                  .arg(inWindow.height())));
        window.grab().save(m_dir.filePath("callbacks.png"));
        if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") + "/callbacks.png");

        // Play: the request comes from the server; then it plays, or the agent reads why not.
        app::RecordingPlayer *player = core.recordings();
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(player->state() != app::RecordingPlayer::State::Loading &&
                                     player->state() != app::RecordingPlayer::State::Idle,
                                 kLong);
        QCOMPARE(player->interactionId(), id);
        QVERIFY(player->durationMs() > 3000);
        if (QMediaDevices::audioOutputs().isEmpty()) {
            QCOMPARE(player->state(), app::RecordingPlayer::State::Error);
            QTRY_VERIFY(controls->status()->isVisible());
            QVERIFY2(controls->status()->text().contains(QStringLiteral("sortie son")),
                     qPrintable(controls->status()->text()));
            QCOMPARE(play->text(), QStringLiteral("Play"));
        } else {
            QCOMPARE(player->state(), app::RecordingPlayer::State::Playing);
            QTRY_VERIFY(controls->progress()->isVisible());
            QCOMPARE(play->text(), QStringLiteral("Stop"));
            QTRY_VERIFY_WITH_TIMEOUT(controls->progress()->value() >= 1000, 5000);
            QVERIFY2(controls->progress()->text().startsWith(QStringLiteral("0:0")),
                     qPrintable(controls->progress()->text()));
            if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR"))
                window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") + "/playing.png");
            QTest::mouseClick(play, Qt::LeftButton);
            QCOMPARE(player->state(), app::RecordingPlayer::State::Ready);
        }

        // Call on the Callbacks tab asks the server to take the queue's callback for agent1 and
        // call it now (callback.dial, not the desk's phone); this site has no outbound gateway:
        // the agent reads why, and the callback still waits in the queue.
        QPushButton *call = view->dialButton();
        QVERIFY(call->isVisible() && call->isEnabled());
        QTest::mouseClick(call, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.toast()->isVisible() &&
                                     window.toast()->text().contains("not configured"),
                                 kLong);
        QVERIFY(core.interactions()->currentInteractionId().isEmpty());
        window.sideTabs()->setCurrentIndex(0);
        window.sideTabs()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(
            list->model()->index(0, 0).data(app::CallbackListModel::StateRole).toString(),
            QStringLiteral("waiting"), kLong);

        // Gone from the server (moved away): listed again, the callback has no Play.
        const QString aside = m_dir.filePath("aside.wav");
        QVERIFY(QFile::rename(scene.recordingPath, aside));
        window.sideTabs()->setCurrentIndex(0);
        window.sideTabs()->setCurrentWidget(view);
        QTRY_VERIFY_WITH_TIMEOUT(
            !list->model()->index(0, 0).data(app::CallbackListModel::HasRecordingRole).toBool(),
            kLong);
        QTRY_VERIFY(!controls->isVisible());
        QVERIFY(QFile::rename(aside, scene.recordingPath));

        // Offered to agent1 and answered: the callback interaction shows Play for it too.
        core.session()->setReady();
        ui::OfferToast *toast = window.offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), kLong);
        QCOMPARE(core.interactions()->offer()->channel(), QStringLiteral("callback"));
        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(core.interactions()->currentState(), QStringLiteral("active"),
                                  kLong);
        ui::RecordingControls *inCall = window.conversation()->recording();
        QVERIFY(inCall);
        QTRY_VERIFY(inCall->isVisible());
        QCOMPARE(inCall->interactionId(), id);
        // Call back goes to the server (callback.dial); this site has no outbound gateway, and
        // the agent reads the server's reason.
        QPushButton *callBack = window.conversation()->callBackButton();
        QVERIFY(callBack->isVisible());
        QVERIFY(callBack->isEnabled());
        QTest::mouseClick(callBack, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.toast()->isVisible() &&
                                     window.toast()->text().contains("not configured"),
                                 kLong);
        window.grab().save(m_dir.filePath("conversation.png"));
        if (qEnvironmentVariableIsSet("RELAIS_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("RELAIS_SCREENSHOT_DIR") + "/conversation.png");

        QVERIFY(scene.server.terminate());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstDeskRecordings)
#include "tst_desk_recordings.moc"

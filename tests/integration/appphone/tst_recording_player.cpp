// The desk's RecordingPlayer against a real relais-dispatch: a sipp caller leaves a recorded
// callback request (RecordedCallback); agent1's desk fetches it over the CTI in chunks, decodes
// it (the same samples as the file on the server, the same duration) and plays it on the
// headset through HeadsetPlayback, on a private PulseAudio null sink: the position advances in
// real time, pauses, stops. Without a sound output, or for a recording the server does not
// have, it ends in Error with a sentence for the agent.
#include "HeadsetPlayback.h"
#include "PrivatePulse.h"
#include "RecordedCallback.h"
#include "TestEnv.h"
#include "WavFile.h"

#include <relais/app/DeskCore.h>
#include <relais/app/RecordingPlayer.h>
#include <relais/app/Session.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace relais;
using Player = app::RecordingPlayer;

namespace {
constexpr int kLong = 20000;
}

class TstRecordingPlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        bool missing = false;
        m_hasPulse = m_pulse.start(&error, &missing);
        if (!m_hasPulse)
            qWarning("no private PulseAudio (%s): playing is not checked", qPrintable(error));
        else // Qt connects to it now, and holds the connection.
            QTRY_VERIFY_WITH_TIMEOUT(!QMediaDevices::audioOutputs().isEmpty(), 15000);
        bool skip = false;
        if (!m_scene.make(m_dir, QStringLiteral("recording_player"), &error, &skip)) {
            if (skip)
                QSKIP(qPrintable(error));
            QFAIL(qPrintable(error));
        }
        m_id = m_scene.callback.value("id").toString();
        m_core.setServers(m_scene.server.ctiUrl());
        m_core.session()->login(QStringLiteral("agent1"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(m_core.session()->isLoggedIn(), kLong);
    }

    void fetchesAndDecodesTheRecordedRequest()
    {
        Player *player = m_core.recordings();
        QSignalSpy progress(player, &Player::loadProgress);
        player->load(m_id);
        QCOMPARE(player->state(), Player::State::Loading);
        QTRY_VERIFY_WITH_TIMEOUT(player->state() != Player::State::Loading, kLong);
        QVERIFY2(player->state() == Player::State::Ready, qPrintable(player->errorText()));
        QCOMPARE(player->kind(), QStringLiteral("request"));
        // Over 128 KiB: it came in more than one chunk.
        QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
        QCOMPARE(player->totalBytes(), QFileInfo(m_scene.recordingPath).size());

        WavFile wav;
        QString error;
        QVERIFY2(wav.load(m_scene.recordingPath, &error), qPrintable(error));
        QCOMPARE(player->audio().sampleRate, wav.sampleRate());
        QCOMPARE(player->audio().frames(), qint64(wav.samples().size()));
        QCOMPARE(player->durationMs(), qint64(wav.samples().size()) * 1000 / wav.sampleRate());
        QVERIFY2(player->durationMs() > 3000, qPrintable(QString::number(player->durationMs())));
        const auto *pcm = reinterpret_cast<const qint16 *>(player->audio().pcm.constData());
        for (std::size_t i = 0; i < wav.samples().size(); ++i) {
            if (pcm[i] != qint16(std::lround(wav.samples()[i] * 32768.0f)))
                QFAIL(qPrintable(QStringLiteral("sample %1 differs").arg(i)));
        }
        QCOMPARE(player->positionText(),
                 QStringLiteral("0:00 / 0:%1").arg(player->durationMs() / 1000, 2, 10, QChar('0')));
    }

    void withoutASoundOutputPlayingFailsClearly()
    {
        Player *player = m_core.recordings();
        QCOMPARE(player->state(), Player::State::Ready);
        m_core.setAudioPlayback(nullptr);
        player->play();
        QCOMPARE(player->state(), Player::State::Error);
        QVERIFY(player->errorText().contains(QStringLiteral("sortie son")));
        // Still loaded: with an output it plays (next test).
        QVERIFY(!player->audio().pcm.isEmpty());
    }

    void playsOnTheHeadsetAndThePositionAdvances()
    {
        if (!m_hasPulse)
            QSKIP("no sound output (PulseAudio is not installed)");
        app::HeadsetPlayback headset;
        m_core.setAudioPlayback(&headset);
        Player *player = m_core.recordings();
        QSignalSpy ended(player, &Player::playedToEnd);
        QElapsedTimer clock;
        clock.start();
        player->play();
        QVERIFY2(player->state() == Player::State::Playing, qPrintable(player->errorText()));
        QCOMPARE(headset.deviceName(), QStringLiteral("Speakers"));
        QTRY_VERIFY_WITH_TIMEOUT(player->positionMs() >= 1000, 5000);
        // Real time: not ahead of the clock (a null sink takes audio as a card would).
        QVERIFY2(player->positionMs() <= clock.elapsed() + 100,
                 qPrintable(QStringLiteral("%1 ms played in %2 ms")
                                .arg(player->positionMs())
                                .arg(clock.elapsed())));

        player->pause();
        QCOMPARE(player->state(), Player::State::Paused);
        const qint64 at = player->positionMs();
        QTest::qWait(600);
        QVERIFY(std::abs(player->positionMs() - at) < 100);
        player->play();
        QCOMPARE(player->state(), Player::State::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(player->positionMs() >= at + 500, 5000);

        player->stop();
        QCOMPARE(player->state(), Player::State::Ready);
        QCOMPARE(player->positionMs(), qint64(0));

        // To the end: back to the start, ready to play again.
        player->play();
        QVERIFY(ended.wait(int(player->durationMs()) + 10000));
        QCOMPARE(player->state(), Player::State::Ready);
        QCOMPARE(player->positionMs(), qint64(0));
        m_core.setAudioPlayback(nullptr);
    }

    void aRecordingTheServerDoesNotHaveIsAClearError()
    {
        Player *player = m_core.recordings();
        player->load(QStringLiteral("no-such-interaction"));
        QTRY_COMPARE_WITH_TIMEOUT(player->state(), Player::State::Error, kLong);
        QVERIFY2(player->errorText().contains(QStringLiteral("plus disponible")),
                 qPrintable(player->errorText()));
        QVERIFY(player->audio().pcm.isEmpty());
        // The call kind of a callback nobody answered: none either.
        player->load(m_id, QStringLiteral("call"));
        QTRY_COMPARE_WITH_TIMEOUT(player->state(), Player::State::Error, kLong);
        player->clear();
        QCOMPARE(player->state(), Player::State::Idle);
    }

    void cleanupTestCase()
    {
        m_core.setAudioPlayback(nullptr);
        if (!m_id.isEmpty())
            QVERIFY(m_scene.server.terminate());
    }

private:
    QTemporaryDir m_dir;
    PrivatePulse m_pulse;
    bool m_hasPulse = false;
    RecordedCallback m_scene;
    app::DeskCore m_core;
    QString m_id;
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstRecordingPlayer t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_recording_player.moc"

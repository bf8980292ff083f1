// Two MediaSessions on one libre thread, offering and answering each other over loopback:
// what one side's device captures is what the other side's device plays.
#include "FileAudioDevice.h"
#include "ToneCheck.h"
#include "engine/LibreThread.h"
#include "engine/media/MediaSession.h"

#include <QTemporaryDir>
#include <QtTest>
#include <future>

using namespace relais::softphone;
using namespace relais::softphone::media;

namespace {
struct Leg
{
    std::unique_ptr<MediaSession> media;
    FileAudioDevice device;
    QString sink;
    std::vector<char> digits; // libre thread writes, test reads after a round trip
};
} // namespace

class TstMediaSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void g711ToneBothWays();
    void pcmaWhenOneSideOffersOnlyG711();
    void dtmfDigitsArriveInOrder();
    void holdStopsAudio();
    void recordingHasBothDirections();

private:
    template <typename F> auto onLibre(F f) -> decltype(f())
    {
        std::packaged_task<decltype(f())()> task(std::move(f));
        auto result = task.get_future();
        if (!thread_.post([&task] { task(); }))
            qFatal("libre thread refused a task");
        return result.get();
    }
    void makeLegs(const std::vector<QString> &codecsA, const std::vector<QString> &codecsB);
    // A offers, B answers, both start; false (with the reason) on any SDP error.
    bool negotiate(QString *why);
    void stopLegs();
    static std::vector<char> digitsOf(Leg &leg) { return leg.digits; }

    LibreThread thread_;
    QTemporaryDir dir_;
    std::unique_ptr<Leg> a_, b_;
};

void TstMediaSession::initTestCase()
{
    QVERIFY(dir_.isValid());
    LibreThread::Hooks hooks;
    hooks.setup = [](QString *) { return true; };
    hooks.shutdown = [this] { thread_.quitLoop(); };
    QString error;
    QVERIFY2(thread_.start({}, hooks, &error), qPrintable(error));
}

void TstMediaSession::cleanupTestCase()
{
    thread_.stop();
}

void TstMediaSession::cleanup()
{
    stopLegs();
}

void TstMediaSession::makeLegs(const std::vector<QString> &codecsA,
                               const std::vector<QString> &codecsB)
{
    static int serial = 0;
    ++serial;
    a_ = std::make_unique<Leg>();
    b_ = std::make_unique<Leg>();
    a_->sink = dir_.filePath(QStringLiteral("a%1.wav").arg(serial));
    b_->sink = dir_.filePath(QStringLiteral("b%1.wav").arg(serial));
    a_->device.setSourceTone(440.0);
    a_->device.setSinkFile(a_->sink);
    b_->device.setSourceTone(1000.0);
    b_->device.setSinkFile(b_->sink);
    onLibre([&] {
        for (auto [leg, codecs] : {std::pair{a_.get(), &codecsA}, std::pair{b_.get(), &codecsB}}) {
            MediaConfig config;
            sa_set_str(&config.localAddress, "127.0.0.1", 0);
            config.codecs = *codecs;
            QString error;
            leg->media = MediaSession::create(config, &error);
            if (!leg->media)
                qFatal("MediaSession::create: %s", qPrintable(error));
            leg->media->setAudioDevice(&leg->device);
            leg->media->setDtmfHandler([leg](char d) { leg->digits.push_back(d); });
        }
        return 0;
    });
}

bool TstMediaSession::negotiate(QString *why)
{
    return onLibre([&] {
        struct mbuf *offer = nullptr, *answer = nullptr;
        int err = a_->media->encodeOffer(&offer);
        if (!err) {
            offer->pos = 0;
            err = b_->media->decodeOffer(offer, &answer);
        }
        if (!err) {
            answer->pos = 0;
            err = a_->media->decodeAnswer(answer);
        }
        mem_deref(offer);
        mem_deref(answer);
        if (err) {
            *why = QStringLiteral("SDP error %1").arg(err);
            return false;
        }
        if (!a_->media->start() || !b_->media->start()) {
            *why = QStringLiteral("no codec in common");
            return false;
        }
        return true;
    });
}

void TstMediaSession::stopLegs()
{
    if (!a_)
        return;
    onLibre([&] {
        a_->media.reset();
        b_->media.reset();
        return 0;
    });
    a_.reset();
    b_.reset();
}

void TstMediaSession::g711ToneBothWays()
{
    makeLegs({QStringLiteral("PCMA"), QStringLiteral("PCMU")}, {QStringLiteral("PCMU")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QCOMPARE(onLibre([&] { return a_->media->codecName(); }), QStringLiteral("PCMU"));
    QCOMPARE(onLibre([&] { return b_->media->codecName(); }), QStringLiteral("PCMU"));
    // 1.5 s of audio each way (the device writes whole frames as the clock ticks).
    QTRY_VERIFY_WITH_TIMEOUT(
        a_->device.samplesWritten() >= 12000 && b_->device.samplesWritten() >= 12000, 10000);
    const RtcpFigures fa = onLibre([&] { return a_->media->figures(); });
    const RtcpFigures fb = onLibre([&] { return b_->media->figures(); });
    qInfo("A: codec %s sent %llu received %llu lost %llu jitter %.2f ms buffer %d ms "
          "concealed %llu",
          qPrintable(fa.codec), qulonglong(fa.packetsSent), qulonglong(fa.packetsReceived),
          qulonglong(fa.packetsLost), fa.jitterMs, fa.jitterBufferMs,
          qulonglong(fa.framesConcealed));
    qInfo("B: codec %s sent %llu received %llu lost %llu jitter %.2f ms buffer %d ms "
          "concealed %llu",
          qPrintable(fb.codec), qulonglong(fb.packetsSent), qulonglong(fb.packetsReceived),
          qulonglong(fb.packetsLost), fb.jitterMs, fb.jitterBufferMs,
          qulonglong(fb.framesConcealed));
    QVERIFY(fa.packetsSent >= 50);
    QVERIFY(fb.packetsReceived >= 50);
    QCOMPARE(fa.packetsLost, 0u);
    QCOMPARE(fb.packetsLost, 0u);
    QCOMPARE(fb.lossPercent, 0.0);
    const QString sinkA = a_->sink, sinkB = b_->sink;
    stopLegs(); // closes the devices: the sinks' WAV headers are final

    ToneCheck heardByB, heardByA;
    QVERIFY(heardByB.load(sinkB));
    QVERIFY(heardByA.load(sinkA));
    QVERIFY2(heardByB.hasTone(440.0, &why), qPrintable(why));
    QVERIFY2(heardByA.hasTone(1000.0, &why), qPrintable(why));
    QVERIFY2(heardByB.lacksTone(1000.0, &why), qPrintable(why));
}

void TstMediaSession::pcmaWhenOneSideOffersOnlyG711()
{
    makeLegs({QStringLiteral("opus"), QStringLiteral("PCMA"), QStringLiteral("PCMU")},
             {QStringLiteral("PCMU"), QStringLiteral("PCMA")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    // The offerer's preference decides among what both have.
    QCOMPARE(onLibre([&] { return a_->media->codecName(); }), QStringLiteral("PCMA"));
    QCOMPARE(onLibre([&] { return a_->media->payloadType(); }), 8);
    QCOMPARE(onLibre([&] { return a_->media->telephoneEventPayloadType(); }), 101);
    QVERIFY(onLibre([&] {
                return a_->media->remoteRtpAddress();
            }).startsWith(QStringLiteral("127.0.0.1:")));
}

void TstMediaSession::dtmfDigitsArriveInOrder()
{
    makeLegs({QStringLiteral("PCMA")}, {QStringLiteral("PCMA")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    onLibre([&] {
        for (char c : {'1', '#', '9'})
            a_->media->sendDtmf(c);
        return 0;
    });
    const std::vector<char> expected{'1', '#', '9'};
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return digitsOf(*b_); }) == expected, 10000);
    QVERIFY(onLibre([&] { return digitsOf(*a_); }).empty());
}

void TstMediaSession::holdStopsAudio()
{
    makeLegs({QStringLiteral("PCMA")}, {QStringLiteral("PCMA")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return b_->media->figures().packetsReceived; }) > 10,
                             10000);
    // A holds: it offers sendonly, B answers recvonly and stops sending.
    onLibre([&] {
        a_->media->setLocalDirection(SDP_SENDONLY);
        return 0;
    });
    QVERIFY2(negotiate(&why), qPrintable(why));
    const auto sentAtHold = onLibre([&] { return b_->media->figures().packetsSent; });
    const auto heardAtHold = onLibre([&] { return b_->media->figures().packetsReceived; });
    // A keeps sending while B is silent.
    QTRY_VERIFY_WITH_TIMEOUT(
        onLibre([&] { return b_->media->figures().packetsReceived; }) > heardAtHold + 25, 10000);
    QCOMPARE(onLibre([&] { return b_->media->figures().packetsSent; }), sentAtHold);

    // Inactive on A: nothing either way.
    onLibre([&] {
        a_->media->setLocalDirection(SDP_INACTIVE);
        return 0;
    });
    QVERIFY2(negotiate(&why), qPrintable(why));
    const auto sentByA = onLibre([&] { return a_->media->figures().packetsSent; });
    QTest::qWait(300);
    QCOMPARE(onLibre([&] { return a_->media->figures().packetsSent; }), sentByA);

    // Resumed: B sends again.
    onLibre([&] {
        a_->media->setLocalDirection(SDP_SENDRECV);
        return 0;
    });
    QVERIFY2(negotiate(&why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(
        onLibre([&] { return b_->media->figures().packetsSent; }) > sentAtHold + 10, 10000);
}

void TstMediaSession::recordingHasBothDirections()
{
    makeLegs({QStringLiteral("PCMU")}, {QStringLiteral("PCMU")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    const QString path = dir_.filePath(QStringLiteral("recording.wav"));
    QString error;
    QVERIFY2(onLibre([&] { return a_->media->startRecording(path, &error); }), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(a_->device.samplesWritten() >= 16000, 10000);
    onLibre([&] {
        a_->media->stopRecording();
        return 0;
    });
    ToneCheck recording;
    QVERIFY(recording.load(path, &error));
    qInfo("recording: %s", qPrintable(recording.describe()));
    QVERIFY2(recording.energyShare(440.0) > 0.2, qPrintable(recording.describe()));
    QVERIFY2(recording.energyShare(1000.0) > 0.2, qPrintable(recording.describe()));
}

QTEST_GUILESS_MAIN(TstMediaSession)
#include "tst_media_session.moc"

// Two MediaSessions on one libre thread, offering and answering each other over loopback:
// what one side's device captures is what the other side's device plays.
#include "FileAudioDevice.h"
#include "ToneCheck.h"
#include "engine/LibreThread.h"
#include "engine/media/MediaSession.h"

#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>
#include <QtTest>
#include <future>

using namespace relais::softphone;
using namespace relais::softphone::media;

namespace {
// Between A and B on the A-to-B direction: forwards A's RTP to B dropping every `dropEvery`th
// packet and holding every `lateEvery`th back `lateMs` (0: none), and A's RTCP to B
// `rtcpDelayMs` late (so the round trip A measures is known).
class LossyRelay : public QObject
{
public:
    bool start(quint16 targetRtpPort, int dropEvery, int rtcpDelayMs, int lateEvery = 0,
               int lateMs = 0)
    {
        target_ = targetRtpPort;
        dropEvery_ = dropEvery;
        delay_ = rtcpDelayMs;
        lateEvery_ = lateEvery;
        lateMs_ = lateMs;
        for (int attempt = 0; attempt < 50; ++attempt) {
            QUdpSocket probe;
            if (!probe.bind(QHostAddress::LocalHost, 0))
                continue;
            const quint16 port = probe.localPort() & ~1u;
            probe.close();
            if (port != 0 && rtp_.bind(QHostAddress::LocalHost, port) &&
                rtcp_.bind(QHostAddress::LocalHost, port + 1))
                break;
            rtp_.close();
            rtcp_.close();
        }
        if (rtp_.state() != QAbstractSocket::BoundState)
            return false;
        connect(&rtp_, &QUdpSocket::readyRead, this, [this] {
            while (rtp_.hasPendingDatagrams()) {
                const QByteArray packet = rtp_.receiveDatagram().data();
                ++forwarded_;
                if (dropEvery_ > 0 && forwarded_ % dropEvery_ == 0) {
                    ++dropped_;
                    continue;
                }
                if (lateEvery_ > 0 && forwarded_ % lateEvery_ == 0) {
                    QTimer::singleShot(lateMs_, Qt::PreciseTimer, this, [this, packet] {
                        out_.writeDatagram(packet, QHostAddress::LocalHost, target_);
                    });
                    continue;
                }
                out_.writeDatagram(packet, QHostAddress::LocalHost, target_);
            }
        });
        connect(&rtcp_, &QUdpSocket::readyRead, this, [this] {
            while (rtcp_.hasPendingDatagrams()) {
                const QByteArray packet = rtcp_.receiveDatagram().data();
                QTimer::singleShot(delay_, this, [this, packet] {
                    out_.writeDatagram(packet, QHostAddress::LocalHost, quint16(target_ + 1));
                });
            }
        });
        return true;
    }
    [[nodiscard]] quint16 port() const { return rtp_.localPort(); }
    [[nodiscard]] int dropped() const { return dropped_; }

private:
    QUdpSocket rtp_, rtcp_, out_;
    quint16 target_ = 0;
    int dropEvery_ = 10;
    int delay_ = 0;
    int lateEvery_ = 0;
    int lateMs_ = 0;
    int forwarded_ = 0;
    int dropped_ = 0;
};

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
    void opusToneBothWays_data();
    void opusToneBothWays();
    void opusOfferCarriesFmtpAndTelephoneEvents();
    void g711WhenTheAnswererHasNoOpus();
    void opusWhenTheOfferListsItAfterG711();
    void dtmfOverOpus();
    void garbageRtpIsSurvived();
    void rtcpFiguresUnderLoss_data();
    void jitterOnTheWayIsAbsorbed_data();
    void jitterOnTheWayIsAbsorbed();
    void rtcpFiguresUnderLoss();
    void srtpToneBothWays();
    void srtpRefusesPlainRtp();
    void srtpDropsForgedAndMalformedPackets();
    void srtpWithTheWrongKeyHearsNothing();
    void dtmfDigitsArriveInOrder();
    void holdStopsAudio();
    void recordingHasBothDirections();
    void recordingStartedBeforeTheCodecIsKnown_data();
    void recordingStartedBeforeTheCodecIsKnown();

private:
    template <typename F> auto onLibre(F f) -> decltype(f())
    {
        std::packaged_task<decltype(f())()> task(std::move(f));
        auto result = task.get_future();
        if (!thread_.post([&task] { task(); }))
            qFatal("libre thread refused a task");
        return result.get();
    }
    void makeLegs(const std::vector<QString> &codecsA, const std::vector<QString> &codecsB,
                  int deviceRate = 0, bool srtpA = false, bool srtpB = false,
                  const std::function<void(MediaConfig &)> &tune = {});
    // Both legs exchange tones for 1.5 s; then each sink must hold the other's tone.
    void expectTonesBothWays(int sinkRate);
    QString offerOf(Leg &leg);
    // A offers, B answers, both start; false (with the reason) on any SDP error.
    // `mangleAnswer` rewrites B's answer before A reads it.
    bool negotiate(QString *why, const std::function<QByteArray(QByteArray)> &mangleAnswer = {});
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
                               const std::vector<QString> &codecsB, int deviceRate, bool srtpA,
                               bool srtpB, const std::function<void(MediaConfig &)> &tune)
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
            config.deviceSampleRate = deviceRate;
            config.srtp = leg == a_.get() ? srtpA : srtpB;
            if (tune)
                tune(config);
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

bool TstMediaSession::negotiate(QString *why,
                                const std::function<QByteArray(QByteArray)> &mangleAnswer)
{
    return onLibre([&] {
        struct mbuf *offer = nullptr, *answer = nullptr;
        int err = a_->media->encodeOffer(&offer);
        if (!err) {
            offer->pos = 0;
            err = b_->media->decodeOffer(offer, &answer);
        }
        if (!err && mangleAnswer) {
            const QByteArray text = mangleAnswer(
                QByteArray(reinterpret_cast<const char *>(answer->buf), qsizetype(answer->end)));
            mem_deref(answer);
            answer = mbuf_alloc(std::size_t(text.size()));
            mbuf_write_mem(answer, reinterpret_cast<const std::uint8_t *>(text.constData()),
                           std::size_t(text.size()));
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
    // Both directions settle on the same codec, so each side decodes what the other sends.
    QCOMPARE(onLibre([&] { return b_->media->codecName(); }), QStringLiteral("PCMA"));
}

QString TstMediaSession::offerOf(Leg &leg)
{
    return onLibre([&] {
        struct mbuf *offer = nullptr;
        if (leg.media->encodeOffer(&offer))
            return QString();
        const QString text =
            QString::fromLatin1(reinterpret_cast<const char *>(offer->buf), int(offer->end));
        mem_deref(offer);
        return text;
    });
}

void TstMediaSession::expectTonesBothWays(int sinkRate)
{
    const auto samples = std::uint64_t(sinkRate) * 3 / 2;
    QTRY_VERIFY_WITH_TIMEOUT(
        a_->device.samplesWritten() >= samples && b_->device.samplesWritten() >= samples, 10000);
    const RtcpFigures fa = onLibre([&] { return a_->media->figures(); });
    const RtcpFigures fb = onLibre([&] { return b_->media->figures(); });
    qInfo("A: %s sent %llu received %llu lost %llu concealed %llu; B: sent %llu received %llu",
          qPrintable(fa.codec), qulonglong(fa.packetsSent), qulonglong(fa.packetsReceived),
          qulonglong(fa.packetsLost), qulonglong(fa.framesConcealed), qulonglong(fb.packetsSent),
          qulonglong(fb.packetsReceived));
    QVERIFY(fb.packetsReceived >= 50);
    QVERIFY(fa.packetsReceived >= 50);
    const QString sinkA = a_->sink, sinkB = b_->sink;
    stopLegs();

    ToneCheck heardByB, heardByA;
    QVERIFY(heardByB.load(sinkB));
    QVERIFY(heardByA.load(sinkA));
    QCOMPARE(heardByB.sampleRate(), sinkRate);
    QString why;
    QVERIFY2(heardByB.hasTone(440.0, &why), qPrintable(why));
    QVERIFY2(heardByA.hasTone(1000.0, &why), qPrintable(why));
    QVERIFY2(heardByB.lacksTone(1000.0, &why), qPrintable(why));
    QVERIFY2(heardByA.lacksTone(440.0, &why), qPrintable(why));
}

void TstMediaSession::opusToneBothWays_data()
{
    QTest::addColumn<int>("deviceRate");
    QTest::addColumn<int>("sinkRate");
    QTest::newRow("device at the codec's 48 kHz") << 0 << 48000;
    QTest::newRow("device at 16 kHz") << 16000 << 16000;
    QTest::newRow("device at 44.1 kHz (resampled)") << 44100 << 44100;
}

void TstMediaSession::opusToneBothWays()
{
    QFETCH(int, deviceRate);
    QFETCH(int, sinkRate);
    const std::vector<QString> all{QStringLiteral("opus"), QStringLiteral("PCMA"),
                                   QStringLiteral("PCMU")};
    makeLegs(all, all, deviceRate);
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QCOMPARE(onLibre([&] { return a_->media->codecName(); }), QStringLiteral("opus"));
    QCOMPARE(onLibre([&] { return b_->media->codecName(); }), QStringLiteral("opus"));
    QCOMPARE(onLibre([&] { return a_->media->codecSampleRate(); }), 48000);
    expectTonesBothWays(sinkRate);
}

void TstMediaSession::opusOfferCarriesFmtpAndTelephoneEvents()
{
    makeLegs({QStringLiteral("opus"), QStringLiteral("PCMU")}, {QStringLiteral("PCMU")});
    const QString offer = offerOf(*a_);
    qInfo("%s", qPrintable(offer));
    QVERIFY(offer.contains(QStringLiteral("a=rtpmap:111 opus/48000/2\r\n")));
    QVERIFY(offer.contains(
        QStringLiteral("a=fmtp:111 minptime=10;useinbandfec=1;stereo=0;sprop-stereo=0\r\n")));
    QVERIFY(offer.contains(QStringLiteral("a=rtpmap:101 telephone-event/8000\r\n")));
    QVERIFY(offer.contains(QStringLiteral("a=rtpmap:102 telephone-event/48000\r\n")));
    QVERIFY(offer.contains(QStringLiteral("m=audio ")) &&
            offer.contains(QStringLiteral(" RTP/AVP 111 0 101 102\r\n")));
    // Without Opus there is no 48 kHz event format.
    QVERIFY(!offerOf(*b_).contains(QStringLiteral("telephone-event/48000")));
}

void TstMediaSession::g711WhenTheAnswererHasNoOpus()
{
    makeLegs({QStringLiteral("opus"), QStringLiteral("PCMU")}, {QStringLiteral("PCMU")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QCOMPARE(onLibre([&] { return a_->media->codecName(); }), QStringLiteral("PCMU"));
    QCOMPARE(onLibre([&] { return b_->media->codecName(); }), QStringLiteral("PCMU"));
    QCOMPARE(onLibre([&] { return a_->media->telephoneEventPayloadType(); }), 101);
    expectTonesBothWays(8000);
}

void TstMediaSession::opusWhenTheOfferListsItAfterG711()
{
    // The offer's order decides: G.711 first, but the answerer only has Opus in common.
    makeLegs({QStringLiteral("PCMA"), QStringLiteral("opus")},
             {QStringLiteral("opus"), QStringLiteral("PCMU")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QCOMPARE(onLibre([&] { return a_->media->codecName(); }), QStringLiteral("opus"));
    QCOMPARE(onLibre([&] { return b_->media->codecName(); }), QStringLiteral("opus"));
    QCOMPARE(onLibre([&] { return b_->media->telephoneEventPayloadType(); }), 102);
    expectTonesBothWays(48000);
}

void TstMediaSession::dtmfOverOpus()
{
    makeLegs({QStringLiteral("opus")}, {QStringLiteral("opus")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QCOMPARE(onLibre([&] { return a_->media->telephoneEventPayloadType(); }), 102);
    onLibre([&] {
        for (char c : {'4', '*', '0'})
            a_->media->sendDtmf(c);
        return 0;
    });
    const std::vector<char> expected{'4', '*', '0'};
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return digitsOf(*b_); }) == expected, 10000);
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

void TstMediaSession::recordingStartedBeforeTheCodecIsKnown_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("deviceRate");
    QTest::addColumn<int>("fileRate");
    QTest::addColumn<bool>("withDevice");
    QTest::newRow("opus, device at the codec's 48 kHz")
        << QStringLiteral("opus") << 0 << 48000 << true;
    QTest::newRow("opus, device at 16 kHz") << QStringLiteral("opus") << 16000 << 16000 << true;
    QTest::newRow("opus, no audio device") << QStringLiteral("opus") << 0 << 48000 << false;
    QTest::newRow("PCMA") << QStringLiteral("PCMA") << 0 << 8000 << true;
}

void TstMediaSession::recordingStartedBeforeTheCodecIsKnown()
{
    // Recording from the first ring: the file is opened before the offer is even made.
    QFETCH(QString, codec);
    QFETCH(int, deviceRate);
    QFETCH(int, fileRate);
    QFETCH(bool, withDevice);
    makeLegs({codec}, {codec}, deviceRate);
    if (!withDevice) {
        onLibre([&] {
            a_->media->setAudioDevice(nullptr);
            return 0;
        });
    }
    const QString path = dir_.filePath(QStringLiteral("early-%1.wav").arg(QTest::currentDataTag()));
    QString error;
    QVERIFY2(onLibre([&] { return a_->media->startRecording(path, &error); }), qPrintable(error));
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QCOMPARE(onLibre([&] { return a_->media->codecName(); }), codec);
    const auto twoSeconds = std::uint64_t(b_->device.format().sampleRate) * 2;
    QTRY_VERIFY_WITH_TIMEOUT(b_->device.samplesWritten() >= twoSeconds, 10000);
    onLibre([&] {
        a_->media->stopRecording();
        return 0;
    });
    // The header says the rate the audio has: the tones where they belong (A's own only when
    // it has a device to capture it), two seconds long.
    ToneCheck recording;
    QVERIFY(recording.load(path, &error));
    qInfo("recording: %s", qPrintable(recording.describe()));
    QCOMPARE(recording.sampleRate(), fileRate);
    QVERIFY2(recording.energyShare(1000.0) > (withDevice ? 0.2 : 0.8),
             qPrintable(recording.describe()));
    if (withDevice)
        QVERIFY2(recording.energyShare(440.0) > 0.2, qPrintable(recording.describe()));
    QVERIFY2(recording.durationMs() > 1800.0 && recording.durationMs() < 3000.0,
             qPrintable(recording.describe()));
}

void TstMediaSession::garbageRtpIsSurvived()
{
    // Plain Opus: noise with a valid RTP header and Opus's payload type, odd versions, runts.
    makeLegs({QStringLiteral("opus")}, {QStringLiteral("opus")});
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    const quint16 rtpPort = onLibre([&] { return a_->media->localRtpPort(); });
    QUdpSocket noise;
    std::uint32_t seed = 12345;
    const auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
    for (int n = 0; n < 200; ++n) {
        QByteArray packet(12 + int(next() % 400), '\0');
        for (char &c : packet)
            c = char(next() >> 24);
        if (n % 2 == 0) {
            packet[0] = char(0x80);
            packet[1] = char(n % 4 == 0 ? 111 : 101 | 0x80);        // Opus, or a marked event
            packet[8] = packet[9] = packet[10] = packet[11] = 0x11; // one SSRC
        } else {
            packet[0] = char(packet[0] & 0x3f); // RTP version 0: not RTP
        }
        noise.writeDatagram(packet.left(n % 7 == 0 ? n % 12 : packet.size()),
                            QHostAddress::LocalHost, rtpPort);
        if (n % 20 == 0)
            QTest::qWait(10);
    }
    QTRY_VERIFY_WITH_TIMEOUT(a_->device.samplesWritten() >= 48000 * 2, 10000);
    const QString sinkA = a_->sink;
    stopLegs();
    ToneCheck heardByA;
    QVERIFY(heardByA.load(sinkA));
    heardByA.setWindowMs(1000.0);
    QVERIFY2(heardByA.hasTone(1000.0, &why, 0.3), qPrintable(why));
}

void TstMediaSession::jitterOnTheWayIsAbsorbed_data()
{
    QTest::addColumn<QString>("codec");
    QTest::newRow("PCMU") << QStringLiteral("PCMU");
    QTest::newRow("opus") << QStringLiteral("opus");
}

void TstMediaSession::jitterOnTheWayIsAbsorbed()
{
    // Every fifth packet from A to B comes 60 ms late, more than B's 40 ms start depth holds.
    QFETCH(QString, codec);
    makeLegs({codec}, {codec}, 0, false, false, [](MediaConfig &config) {
        config.jitterMinMs = 40;
        config.jitterMaxMs = 160;
    });
    LossyRelay relay;
    const quint16 portB = onLibre([&] { return b_->media->localRtpPort(); });
    QVERIFY(relay.start(portB, 0, 0, 5, 60));
    QString why;
    QVERIFY2(negotiate(&why,
                       [&](QByteArray answer) {
                           return answer.replace("m=audio " + QByteArray::number(portB),
                                                 "m=audio " + QByteArray::number(relay.port()));
                       }),
             qPrintable(why));
    // B's buffer grows in the first second, a frame per late packet...
    QTest::qWait(2000);
    const RtcpFigures adapted = onLibre([&] { return b_->media->figures(); });
    QTest::qWait(3000);
    const RtcpFigures later = onLibre([&] { return b_->media->figures(); });
    const auto concealed = later.framesConcealed - adapted.framesConcealed;
    const auto late = later.framesLate - adapted.framesLate;
    qInfo("B: %llu late and %llu concealed while adapting; then %llu late, %llu concealed of "
          "%llu received (a frame in five without the growth)",
          qulonglong(adapted.framesLate), qulonglong(adapted.framesConcealed), qulonglong(late),
          qulonglong(concealed), qulonglong(later.packetsReceived - adapted.packetsReceived));
    QVERIFY(adapted.framesLate >= 1);
    // ...then B plays what A says (the machine's own scheduling may still cost a frame or two;
    // without the growth a frame in five is lost, 30 in these 3 s).
    QVERIFY2(concealed <= 5, qPrintable(QString::number(concealed)));
    QVERIFY2(late <= 5, qPrintable(QString::number(late)));
    QCOMPARE(later.packetsLost, 0u);
    const QString sinkB = b_->sink;
    stopLegs();
    ToneCheck heardByB;
    QVERIFY(heardByB.load(sinkB));
    heardByB.setWindowMs(2000.0);
    QVERIFY2(heardByB.hasTone(440.0, &why), qPrintable(why));
}

void TstMediaSession::rtcpFiguresUnderLoss_data()
{
    QTest::addColumn<QString>("codec");
    QTest::newRow("PCMU") << QStringLiteral("PCMU");
    QTest::newRow("opus") << QStringLiteral("opus");
}

void TstMediaSession::rtcpFiguresUnderLoss()
{
    QFETCH(QString, codec);
    makeLegs({codec}, {codec});
    LossyRelay relay;
    const quint16 portB = onLibre([&] { return b_->media->localRtpPort(); });
    QVERIFY(relay.start(portB, 10, 30));
    // A sends to the relay: B's answer, as A reads it, names the relay's port.
    QString why;
    QVERIFY2(negotiate(&why,
                       [&](QByteArray answer) {
                           return answer.replace("m=audio " + QByteArray::number(portB),
                                                 "m=audio " + QByteArray::number(relay.port()));
                       }),
             qPrintable(why));
    // RTCP goes every 5 s (libre): by 11 s each side has had the other's reports, and A's
    // round trip needs B to have seen one of A's sender reports first.
    RtcpFigures fa, fb;
    QTRY_VERIFY_WITH_TIMEOUT((fa = onLibre([&] { return a_->media->figures(); })).roundTripMs > 0,
                             16000);
    fb = onLibre([&] { return b_->media->figures(); });
    qInfo(
        "B (receiving with loss): received %llu lost %llu (%.1f %%) concealed %llu jitter %.2f ms",
        qulonglong(fb.packetsReceived), qulonglong(fb.packetsLost), fb.lossPercent,
        qulonglong(fb.framesConcealed), fb.jitterMs);
    qInfo(
        "A (sending): sent %llu, far end reports %.1f %% lost, jitter %.2f ms, round trip %.1f ms",
        qulonglong(fa.packetsSent), fa.remoteLossPercent, fa.remoteJitterMs, fa.roundTripMs);
    // What B measures on what it receives: every 10th packet missing.
    QVERIFY2(fb.lossPercent > 8.0 && fb.lossPercent < 12.0,
             qPrintable(QString::number(fb.lossPercent)));
    QVERIFY(fb.packetsLost >= std::uint64_t(relay.dropped()) - 2 &&
            fb.packetsLost <= std::uint64_t(relay.dropped()));
    QVERIFY(fb.framesConcealed >= fb.packetsLost / 2);
    // What A learns from B's receiver reports, for the call-quality indicator.
    QVERIFY2(fa.remoteLossPercent > 7.0 && fa.remoteLossPercent < 12.0,
             qPrintable(QString::number(fa.remoteLossPercent)));
    QVERIFY2(fa.roundTripMs > 25.0 && fa.roundTripMs < 80.0,
             qPrintable(QString::number(fa.roundTripMs)));
    // The direction without loss stays clean.
    QCOMPARE(fa.packetsLost, 0u);
    QCOMPARE(fa.lossPercent, 0.0);
    QVERIFY(fa.jitterMs < 10.0);
}

void TstMediaSession::srtpToneBothWays()
{
    const std::vector<QString> all{QStringLiteral("opus"), QStringLiteral("PCMU")};
    makeLegs(all, all, 0, true, true);
    const QString offer = offerOf(*a_);
    QVERIFY2(offer.contains(QStringLiteral(" RTP/SAVP 111 0 101 102\r\n")), qPrintable(offer));
    static const QRegularExpression crypto(
        QStringLiteral("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:[A-Za-z0-9+/]{40}\r\n"));
    QVERIFY2(offer.contains(crypto), qPrintable(offer));
    // Every session draws a key of its own.
    QVERIFY(crypto.match(offer).captured() != crypto.match(offerOf(*b_)).captured());
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    QVERIFY(onLibre([&] { return a_->media->isSecure() && b_->media->isSecure(); }));
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return a_->media->figures().packetsReceived; }) > 10,
                             10000);
    QCOMPARE(onLibre([&] { return a_->media->figures().srtpAuthFailures; }), 0u);
    QCOMPARE(onLibre([&] { return b_->media->figures().srtpAuthFailures; }), 0u);
    expectTonesBothWays(48000);
}

void TstMediaSession::srtpRefusesPlainRtp()
{
    QString why;
    // A secure answerer refuses a plain offer...
    makeLegs({QStringLiteral("PCMU")}, {QStringLiteral("PCMU")}, 0, false, true);
    QVERIFY(!negotiate(&why));
    QVERIFY2(why.startsWith(QStringLiteral("SDP error")), qPrintable(why));
    stopLegs();
    // ...and a secure offerer does not start on a plain answer.
    makeLegs({QStringLiteral("PCMU")}, {QStringLiteral("PCMU")}, 0, true, false);
    QVERIFY(!negotiate(&why));
    QVERIFY(!onLibre([&] { return a_->media->isStarted(); }));
    stopLegs();
    // An offer whose only key is for a suite we lack is refused too.
    makeLegs({QStringLiteral("PCMU")}, {QStringLiteral("PCMU")}, 0, true, true);
    QVERIFY(!onLibre([&] {
        struct mbuf *offer = nullptr, *answer = nullptr;
        a_->media->encodeOffer(&offer);
        QByteArray text(reinterpret_cast<const char *>(offer->buf), qsizetype(offer->end));
        mem_deref(offer);
        text.replace("AES_CM_128_HMAC_SHA1_80", "F8_128_HMAC_SHA1_80");
        struct mbuf *mb = mbuf_alloc(std::size_t(text.size()));
        mbuf_write_mem(mb, reinterpret_cast<const std::uint8_t *>(text.constData()),
                       std::size_t(text.size()));
        mb->pos = 0;
        const int err = b_->media->decodeOffer(mb, &answer);
        mem_deref(mb);
        mem_deref(answer);
        return err == 0;
    }));
}

void TstMediaSession::srtpDropsForgedAndMalformedPackets()
{
    makeLegs({QStringLiteral("PCMU")}, {QStringLiteral("PCMU")}, 0, true, true);
    QString why;
    QVERIFY2(negotiate(&why), qPrintable(why));
    const quint16 rtpPort = onLibre([&] { return a_->media->localRtpPort(); });
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return a_->media->figures().packetsReceived; }) > 10,
                             10000);
    // Plain RTP carrying a 2000 Hz tone, as an attacker on the path would inject it, then
    // runts and noise on both ports.
    QUdpSocket attacker;
    std::vector<std::int16_t> pcm(160);
    for (std::uint16_t n = 0; n < 50; ++n) {
        QByteArray packet(12, '\0');
        packet[0] = char(0x80);
        packet[1] = 0; // PCMU
        packet[2] = char(n >> 8);
        packet[3] = char(n & 0xff);
        packet[11] = 0x42;
        for (int i = 0; i < 160; ++i)
            packet.append(char(g711_pcm2ulaw(
                std::int16_t(8000 * std::sin(2 * M_PI * 2000 * (n * 160 + i) / 8000.0)))));
        attacker.writeDatagram(packet, QHostAddress::LocalHost, rtpPort);
        attacker.writeDatagram(QByteArray("\x80\x00\x01", 3), QHostAddress::LocalHost, rtpPort);
        attacker.writeDatagram(QByteArray(300, char(n)), QHostAddress::LocalHost, rtpPort + 1);
        QTest::qWait(5);
    }
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return a_->media->figures().srtpAuthFailures; }) >= 100,
                             10000);
    qInfo("A dropped %llu packets that failed SRTP/SRTCP authentication",
          qulonglong(onLibre([&] { return a_->media->figures().srtpAuthFailures; })));
    // The call carries on with B's audio only.
    QTRY_VERIFY_WITH_TIMEOUT(a_->device.samplesWritten() >= 16000, 10000);
    const QString sinkA = a_->sink;
    stopLegs();
    ToneCheck heardByA;
    QVERIFY(heardByA.load(sinkA));
    QVERIFY2(heardByA.hasTone(1000.0, &why), qPrintable(why));
    QVERIFY2(heardByA.lacksTone(2000.0, &why), qPrintable(why));
}

void TstMediaSession::srtpWithTheWrongKeyHearsNothing()
{
    makeLegs({QStringLiteral("PCMU")}, {QStringLiteral("PCMU")}, 0, true, true);
    QString why;
    // A is told a key B does not use: everything B sends fails authentication at A.
    const QByteArray otherKey = QByteArray(30, 'k').toBase64();
    QVERIFY2(negotiate(&why,
                       [&](QByteArray answer) {
                           const qsizetype at = answer.indexOf("inline:") + 7;
                           return answer.replace(at, otherKey.size(), otherKey);
                       }),
             qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(onLibre([&] { return a_->media->figures().srtpAuthFailures; }) >= 25,
                             10000);
    QCOMPARE(onLibre([&] { return a_->media->figures().packetsReceived; }), 0u);
    // B still hears A.
    QVERIFY(onLibre([&] { return b_->media->figures().packetsReceived; }) > 0);
    QCOMPARE(onLibre([&] { return b_->media->figures().srtpAuthFailures; }), 0u);
}

QTEST_GUILESS_MAIN(TstMediaSession)
#include "tst_media_session.moc"

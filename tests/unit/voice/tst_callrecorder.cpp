// The server's recording of a bridged call: both legs' G.711 (either law, packet by packet)
// mixed into one WAV whose header says 8 kHz, the rate G.711 decodes to, so each voice is
// heard at its own pitch. The legs are G.711 only (OutgoingLeg, TrunkCall), and the bridge
// hands the recorder nothing else.
#include "voice/CallRecorder.h"

#include "ToneCheck.h"
#include "WavReader.h"
#include "engine/media/G711Codec.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace relais;
using relais::softphone::media::G711Codec;
using Side = relais::voice::CallRecorder::Side;

namespace {

constexpr std::size_t kPacket = 160; // 20 ms at 8 kHz

// `seconds` of a sine at `hz` as G.711 packets of 20 ms.
std::vector<std::vector<std::uint8_t>> tonePackets(bool alaw, double hz, int seconds)
{
    std::vector<std::vector<std::uint8_t>> packets;
    std::vector<std::int16_t> pcm(kPacket);
    const G711Codec codec(alaw);
    for (std::size_t n = 0; n < std::size_t(seconds) * 50; ++n) {
        for (std::size_t i = 0; i < kPacket; ++i) {
            const double t = double(n * kPacket + i) / 8000.0;
            pcm[i] = std::int16_t(std::lrint(8000.0 * std::sin(2.0 * M_PI * hz * t)));
        }
        packets.emplace_back();
        codec.encode(pcm.data(), pcm.size(), packets.back());
    }
    return packets;
}

} // namespace

class TstCallRecorder : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void bothLegsAtTheirOwnPitch_data()
    {
        QTest::addColumn<bool>("callerAlaw");
        QTest::addColumn<bool>("agentAlaw");
        QTest::newRow("passthrough, A-law") << true << true;
        QTest::newRow("transcoding, µ-law caller, A-law phone") << false << true;
    }

    void bothLegsAtTheirOwnPitch()
    {
        QFETCH(bool, callerAlaw);
        QFETCH(bool, agentAlaw);
        const QString path = m_dir.filePath(QStringLiteral("call-%1.wav").arg(callerAlaw));
        voice::CallRecorder recorder;
        QString error;
        QVERIFY2(recorder.open(path, &error), qPrintable(error));
        const auto caller = tonePackets(callerAlaw, 440.0, 3);
        const auto agent = tonePackets(agentAlaw, 1000.0, 3);
        for (std::size_t n = 0; n < caller.size(); ++n) {
            recorder.addG711(Side::Caller, callerAlaw, caller[n].data(), caller[n].size());
            recorder.addG711(Side::Agent, agentAlaw, agent[n].data(), agent[n].size());
        }
        recorder.close();

        softphone::WavReader header;
        QVERIFY2(header.open(path, &error), qPrintable(error));
        QCOMPARE(header.fileSampleRate(), 8000);
        QCOMPARE(header.fileFrames(), std::uint64_t(3 * 8000)); // as long as the call
        ToneCheck check;
        QVERIFY2(check.load(path, &error), qPrintable(error));
        QVERIFY2(check.energyShare(440.0) > 0.35, qPrintable(check.describe()));
        QVERIFY2(check.energyShare(1000.0) > 0.35, qPrintable(check.describe()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstCallRecorder)
#include "tst_callrecorder.moc"

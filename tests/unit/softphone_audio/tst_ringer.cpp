// The ringer: the ring tone in the sound card's format; a readable refusal with no output.
#include "Ringer.h"
#include "ToneSource.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace relais::softphone;

class TestRinger : public QObject
{
    Q_OBJECT
private slots:
    void toneSourcePlaysTheCadenceInTheHardwareFormat()
    {
        QAudioFormat f;
        f.setSampleRate(44100);
        f.setChannelCount(2);
        f.setSampleFormat(QAudioFormat::Float);
        ToneSource source(CallTones::make(CallTones::Tone::Ringback, 8000), f);
        // Five seconds: one ring-back cycle, 1.5 s on then 3.5 s off, at 44.1 kHz.
        std::vector<float> pcm;
        char buf[4410 * 8];
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(source.read(buf, sizeof buf), qint64(sizeof buf));
            const float *p = reinterpret_cast<const float *>(buf);
            pcm.insert(pcm.end(), p, p + 4410 * 2);
        }
        auto rmsLeft = [&](double fromS, double toS) {
            double s = 0;
            const auto a = std::size_t(fromS * 44100), b = std::size_t(toS * 44100);
            for (auto i = a; i < b; ++i)
                s += double(pcm[2 * i]) * pcm[2 * i];
            return std::sqrt(s / double(b - a));
        };
        QVERIFY(rmsLeft(0.1, 1.4) > 0.15); // 0.25 peak sine: RMS 0.177
        QCOMPARE(rmsLeft(1.5, 4.99), 0.0); // the pause
        for (std::size_t i = 0; i < pcm.size(); i += 2)
            QCOMPARE(pcm[i], pcm[i + 1]); // both ears
    }

    void withoutOutputItRefusesWithAReason()
    {
        if (!QMediaDevices::audioOutputs().isEmpty())
            QSKIP("this machine has an audio output");
        Ringer ringer;
        QSignalSpy ringing(&ringer, &Ringer::ringingChanged);
        QString error;
        QVERIFY(!ringer.start(CallTones::Tone::Ring, &error));
        QVERIFY2(error.contains("No audio output"), qPrintable(error));
        QVERIFY(!ringer.isRinging());
        QCOMPARE(ringing.size(), 0);
        ringer.stop();
        QCOMPARE(ringing.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRinger)
#include "tst_ringer.moc"

// The null device: silence in, playback discarded, always opens.
#include "NullAudioDevice.h"

#include <QtTest>

using namespace relais::softphone;

class TestNullAudioDevice : public QObject
{
    Q_OBJECT
private slots:
    void capturesSilenceAndDiscardsPlayback()
    {
        NullAudioDevice d(QStringLiteral("no sound card"));
        QString error;
        QVERIFY(d.open(AudioFormat{48000, 20}, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(d.isOpen());
        std::vector<std::int16_t> buf(960, 1234);
        d.read(buf.data(), buf.size());
        QVERIFY(std::all_of(buf.begin(), buf.end(), [](auto s) { return s == 0; }));
        std::fill(buf.begin(), buf.end(), 77);
        d.write(buf.data(), buf.size());
        d.write(buf.data(), 10);
        QCOMPARE(d.samplesRead(), std::uint64_t(960));
        QCOMPARE(d.samplesWritten(), std::uint64_t(970));
        QCOMPARE(d.name(), QStringLiteral("null"));
        QCOMPARE(d.reason(), QStringLiteral("no sound card"));
        d.close();
        QVERIFY(!d.isOpen());
    }

    void worksThroughTheInterface()
    {
        std::unique_ptr<AudioDevice> d = std::make_unique<NullAudioDevice>();
        QVERIFY(d->open(AudioFormat{}, nullptr));
        std::int16_t s[3] = {1, 2, 3};
        d->read(s, 3);
        QCOMPARE(s[0] + s[1] + s[2], 0);
        d->close();
    }
};

QTEST_GUILESS_MAIN(TestNullAudioDevice)
#include "tst_null_audio_device.moc"

// createAudioDevice: the headset when there is one, the null device with a reason otherwise.
#include "AudioDeviceFactory.h"
#include "NullAudioDevice.h"
#include "QtAudioDevice.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QtTest>

using namespace relais::softphone;

class TestAudioDeviceFactory : public QObject
{
    Q_OBJECT
private slots:
    void fallsBackToNullWithoutSoundDevices()
    {
        const bool hasSound =
            !QMediaDevices::audioOutputs().isEmpty() && !QMediaDevices::audioInputs().isEmpty();
        AudioDeviceChoice choice = createAudioDevice(AudioPreferences{});
        QVERIFY(choice.device);
        if (hasSound) {
            QVERIFY(!choice.isNull());
            QVERIFY(dynamic_cast<QtAudioDevice *>(choice.device.get()));
            return;
        }
        // This machine (CI, a headless server): the null device, and a sentence saying why.
        QVERIFY(choice.isNull());
        auto *null = dynamic_cast<NullAudioDevice *>(choice.device.get());
        QVERIFY(null);
        QVERIFY2(choice.fallbackReason.contains("No audio output") ||
                     choice.fallbackReason.contains("No microphone"),
                 qPrintable(choice.fallbackReason));
        QCOMPARE(null->reason(), choice.fallbackReason);
        // And the engine can use it straight away.
        QString error;
        QVERIFY(choice.device->open(AudioFormat{16000, 20}, &error));
        std::vector<std::int16_t> frame(320, 1);
        choice.device->read(frame.data(), frame.size());
        QCOMPARE(std::count(frame.begin(), frame.end(), 0), 320);
    }

    void disabledInSettingsGivesNull()
    {
        AudioPreferences prefs;
        prefs.disabled = true;
        const AudioDeviceChoice choice = createAudioDevice(prefs);
        QVERIFY(choice.isNull());
        QVERIFY(choice.fallbackReason.contains("turned off"));
        QVERIFY(dynamic_cast<NullAudioDevice *>(choice.device.get()));
    }

    void qtDeviceWithoutHardwareFailsToOpenWithAReason()
    {
        if (!QMediaDevices::audioOutputs().isEmpty())
            QSKIP("this machine has sound devices");
        QtAudioDevice device;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!device.open(AudioFormat{8000, 20}, &error));
        QVERIFY2(error.contains("No audio output"), qPrintable(error));
        QVERIFY(!device.isOpen());
        // Reading and writing a device that did not open is harmless and does not wait.
        std::vector<std::int16_t> frame(160, 5);
        device.read(frame.data(), frame.size());
        QCOMPARE(std::count(frame.begin(), frame.end(), 0), 160);
        device.write(frame.data(), frame.size());
        device.close();
        QVERIFY(device.inputDeviceName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAudioDeviceFactory)
#include "tst_audio_device_factory.moc"

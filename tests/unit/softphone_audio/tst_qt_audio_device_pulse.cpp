// QtAudioDevice, the device model and the ringer against a real sound server: a private
// PulseAudio daemon with null sinks, started by the test on a Unix socket. What the device
// plays into a sink comes back through that sink's monitor, so a tone written by the "engine"
// must be read back by the "engine". Sinks loaded and unloaded mid-call stand for a headset
// plugged and unplugged. Skipped when PulseAudio is not installed.
#include "AudioDeviceFactory.h"
#include "AudioDeviceModel.h"
#include "QtAudioDevice.h"
#include "Ringer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace relais::softphone;

namespace {

double amplitudeAt(const std::vector<std::int16_t> &x, int rate, double freq)
{
    const double w = 2 * M_PI * freq / rate, c = 2 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (auto v : x) {
        const double s0 = v + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return 2 * std::sqrt(std::max(0.0, s1 * s1 + s2 * s2 - c * s1 * s2)) / double(x.size());
}

bool hasDevice(const QList<QAudioDevice> &list, const QByteArray &id)
{
    return std::any_of(list.begin(), list.end(), [&](const auto &d) { return d.id() == id; });
}

} // namespace

class TestQtAudioDevicePulse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() { unplugHeadset(); }
    void toneWrittenComesBackThroughTheMonitor();
    void headsetUnpluggedAndPluggedMidCall();
    void modelFollowsTheServer();
    void ringerRingsOnTheChosenOutput();

private:
    QString pactl(const QStringList &args);
    // Plays `seconds` of a 1 kHz tone as the engine would (20 ms frames) and returns what
    // the device captured meanwhile.
    std::vector<std::int16_t> exchange(QtAudioDevice &device, double seconds);
    // Keeps the call going until the tone comes back (the last half second of capture holds
    // it at a good level) or `limitS` has passed. A sink just loaded renders ahead by about
    // two seconds at first, so the first round trip is slow; on a loaded machine slower still.
    bool toneComesBack(QtAudioDevice &device, double limitS = 20.0);
    void plugHeadset();
    void unplugHeadset();

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_server;
    QStringList m_modules;
    double m_phase = 0.0;
};

QString TestQtAudioDevicePulse::pactl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void TestQtAudioDevicePulse::initTestCase()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (daemon.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty())
        QSKIP("PulseAudio (pulseaudio, pulseaudio-utils) is not installed");
    QVERIFY(m_dir.isValid());
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    m_server = QStringLiteral("unix:") + socket;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", m_dir.path());
    env.insert("XDG_RUNTIME_DIR", m_dir.path());
    env.insert("PULSE_RUNTIME_PATH", m_dir.filePath("runtime"));
    env.insert("PULSE_STATE_PATH", m_dir.filePath("state"));
    m_daemon.setProcessEnvironment(env);
    // Its log goes to a file: a pipe nobody reads would fill up and stall the daemon.
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_dir.filePath(QStringLiteral("pulseaudio.log")));
    // --exit-idle-time: should this test die, the daemon leaves by itself once nobody is connected.
    m_daemon.start(daemon, {"-n", "--daemonize=no", "--exit-idle-time=10", "--disable-shm=yes",
                            "--use-pid-file=no", "--log-target=stderr", "-L",
                            "module-native-protocol-unix auth-anonymous=1 socket=" + socket, "-L",
                            // norewinds: a sink that rewinds on each new stream takes
                            // seconds to play what is written at first on a loaded machine.
                            "module-null-sink norewinds=1 sink_name=relais_speakers "
                            "sink_properties=device.description=Speakers",
                            // Qt lists no monitor sources: a remapped one stands for a microphone.
                            "-L",
                            "module-remap-source master=relais_speakers.monitor "
                            "source_name=relais_speakers_mic "
                            "source_properties=device.description=SpeakersMic"});
    QVERIFY(m_daemon.waitForStarted(10000));
    qputenv("PULSE_SERVER", m_server.toUtf8());
    qputenv("HOME", m_dir.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(!pactl({"info"}).isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!QMediaDevices::audioOutputs().isEmpty(), 15000);
    for (const auto &d : QMediaDevices::audioOutputs())
        qInfo() << "output" << d.id() << d.description() << d.isDefault();
    for (const auto &d : QMediaDevices::audioInputs())
        qInfo() << "input" << d.id() << d.description() << d.isDefault();
}

void TestQtAudioDevicePulse::cleanupTestCase()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
}

// A "headset": a sink, and a microphone that hears what is played into that sink.
void TestQtAudioDevicePulse::plugHeadset()
{
    QVERIFY(m_modules.isEmpty());
    const QString sink =
        pactl({"load-module", "module-null-sink", "norewinds=1", "sink_name=relais_headset",
               "sink_properties=device.description=Headset"});
    QVERIFY(!sink.isEmpty());
    m_modules.append(sink);
    const QString mic = pactl({"load-module", "module-remap-source",
                               "master=relais_headset.monitor", "source_name=relais_headset_mic",
                               "source_properties=device.description=HeadsetMic"});
    QVERIFY(!mic.isEmpty());
    m_modules.append(mic);
}

void TestQtAudioDevicePulse::unplugHeadset()
{
    while (!m_modules.isEmpty())
        pactl({"unload-module", m_modules.takeLast()});
}

std::vector<std::int16_t> TestQtAudioDevicePulse::exchange(QtAudioDevice &device, double seconds)
{
    const AudioFormat f{8000, 20};
    std::vector<std::int16_t> captured;
    std::vector<std::int16_t> frame(f.frameSamples());
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    while (clock.elapsed() < qint64(seconds * 1000)) {
        // Keep the engine's pace: one frame per 20 ms of wall clock.
        while (sent * 20 <= clock.elapsed()) {
            for (auto &s : frame) {
                s = std::int16_t(std::lrint(12000 * std::sin(m_phase)));
                m_phase += 2 * M_PI * 1000.0 / 8000;
            }
            device.write(frame.data(), frame.size());
            device.read(frame.data(), frame.size());
            captured.insert(captured.end(), frame.begin(), frame.end());
            ++sent;
        }
        QTest::qWait(5);
    }
    return captured;
}

bool TestQtAudioDevicePulse::toneComesBack(QtAudioDevice &device, double limitS)
{
    QElapsedTimer clock;
    clock.start();
    double tone = 0, noise = 0;
    const auto gapsBefore = device.captureUnderruns();
    while (clock.elapsed() < qint64(limitS * 1000)) {
        const auto captured = exchange(device, 0.5);
        const std::vector<std::int16_t> tail(captured.end() - 4000, captured.end());
        tone = amplitudeAt(tail, 8000, 1000.0);
        noise = amplitudeAt(tail, 8000, 700.0);
        if (tone > 6000.0 && noise < 300.0) {
            qInfo() << "tone back after" << clock.elapsed() << "ms";
            return true;
        }
    }
    // What a failure looked like, to tell "nothing comes in" from "it comes in broken".
    qWarning() << "no clean tone after" << clock.elapsed() << "ms: last 1 kHz" << tone << "700 Hz"
               << noise << "capture gaps" << (device.captureUnderruns() - gapsBefore) << "samples;"
               << "devices" << device.inputDeviceName() << device.outputDeviceName();
    return false;
}

void TestQtAudioDevicePulse::toneWrittenComesBackThroughTheMonitor()
{
    AudioPreferences prefs;
    prefs.outputId = "relais_speakers";
    prefs.inputId = "relais_speakers_mic";
    AudioDeviceChoice choice = createAudioDevice(prefs);
    QVERIFY2(!choice.isNull(), qPrintable(choice.fallbackReason));
    auto *device = static_cast<QtAudioDevice *>(choice.device.get());
    QString error;
    QVERIFY2(device->open(AudioFormat{8000, 20}, &error), qPrintable(error));
    QCOMPARE(device->outputDeviceName(), QStringLiteral("Speakers"));
    QVERIFY(toneComesBack(*device));
    // 12000 of 32767 went out; about as much comes back, and both meters show it. The meters
    // follow the last block: on a loaded machine that may be a gap, so look while the tone goes on.
    QVERIFY(QTest::qWaitFor(
        [&] {
            exchange(*device, 0.1);
            return device->inputLevel().peak() > 0.1f && device->outputLevel().peak() > 0.3f;
        },
        3000));
    device->close();
}

void TestQtAudioDevicePulse::headsetUnpluggedAndPluggedMidCall()
{
    plugHeadset();
    QTRY_VERIFY_WITH_TIMEOUT(hasDevice(QMediaDevices::audioOutputs(), "relais_headset"), 10000);
    AudioPreferences prefs;
    prefs.outputId = "relais_headset";
    prefs.inputId = "relais_headset_mic";
    QtAudioDevice device(prefs);
    QSignalSpy outputs(&device, &QtAudioDevice::outputDeviceChanged);
    QSignalSpy problems(&device, &QtAudioDevice::deviceProblem);
    QString error;
    QVERIFY2(device.open(AudioFormat{8000, 20}, &error), qPrintable(error));
    QCOMPARE(device.outputDeviceName(), QStringLiteral("Headset"));
    QVERIFY(toneComesBack(device));

    // Unplugged: the call goes on, on the speakers.
    unplugHeadset();
    QTRY_COMPARE_WITH_TIMEOUT(device.outputDeviceName(), QStringLiteral("Speakers"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(device.inputDeviceName(), QStringLiteral("SpeakersMic"), 10000);
    QVERIFY(!problems.isEmpty());
    qInfo() << "problem:" << problems.constLast().at(0).toString();
    // The input fell back too (to the speakers' microphone), so the tone comes round again.
    QVERIFY(toneComesBack(device));

    // Plugged back: the chosen headset is taken back.
    plugHeadset();
    QTRY_COMPARE_WITH_TIMEOUT(device.outputDeviceName(), QStringLiteral("Headset"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(device.inputDeviceName(), QStringLiteral("HeadsetMic"), 10000);
    QVERIFY(toneComesBack(device));
    device.close();
}

void TestQtAudioDevicePulse::modelFollowsTheServer()
{
    AudioDeviceModel model(AudioDeviceModel::Kind::Outputs);
    // The test before unplugged its headset; on a loaded machine the news may not be in yet.
    QTRY_COMPARE_WITH_TIMEOUT(model.rowForId("relais_headset"), 0, 10000);
    const int before = model.rowCount();
    plugHeadset();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowForId("relais_headset") > 0, 10000);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.data(model.index(model.rowForId("relais_headset")), Qt::DisplayRole).toString(),
             QStringLiteral("Headset"));
    unplugHeadset();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before, 10000);
}

void TestQtAudioDevicePulse::ringerRingsOnTheChosenOutput()
{
    plugHeadset();
    QTRY_VERIFY_WITH_TIMEOUT(hasDevice(QMediaDevices::audioOutputs(), "relais_headset"), 10000);
    Ringer ringer;
    ringer.setDeviceId("relais_headset");
    QSignalSpy ringing(&ringer, &Ringer::ringingChanged);
    QString error;
    QVERIFY2(ringer.start(CallTones::Tone::Ring, &error), qPrintable(error));
    QVERIFY(ringer.isRinging());
    QCOMPARE(ringing.size(), 1);
    QCOMPARE(ringer.deviceDescription(), QStringLiteral("Headset"));
    // The server sees a stream playing into the headset sink.
    const QString headsetIndex = pactl({"list", "short", "sinks"})
                                     .split('\n')
                                     .filter("relais_headset")
                                     .value(0)
                                     .section('\t', 0, 0);
    QVERIFY(!headsetIndex.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(pactl({"list", "short", "sink-inputs"})
                                 .contains(QRegularExpression("^\\d+\\t" + headsetIndex + "\\t",
                                                              QRegularExpression::MultilineOption)),
                             10000);
    unplugHeadset();
    QTRY_COMPARE_WITH_TIMEOUT(ringer.deviceDescription(), QStringLiteral("Speakers"), 10000);
    QVERIFY(ringer.isRinging());
    ringer.stop();
    QVERIFY(!ringer.isRinging());
    QCOMPARE(ringing.size(), 2);
}

QTEST_GUILESS_MAIN(TestQtAudioDevicePulse)
#include "tst_qt_audio_device_pulse.moc"

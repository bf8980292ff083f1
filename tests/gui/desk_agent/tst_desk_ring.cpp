// The ring of a voice offer on the ringer chosen in the phone's settings, on real parts: a
// private PulseAudio with two outputs (the default "Speakers" and a "Ringer"), the desk's
// embedded phone on real sound devices with the ringer set to "Ringer", relais-dispatch --demo
// and a caller on its trunk. The offer toast pops while a stream plays into the Ringer sink (the
// sound server says so), not into the speakers; answering stops the ring.
#include "EnginePhone.h"
#include "FileAudioDevice.h"
#include "PrivatePulse.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "VoiceDesk.h"

#include "agent/AgentWindow.h"
#include "agent/OfferToast.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"

#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/Session.h>
#include <relais/softphone/Softphone.h>

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {
constexpr int kLong = 20000;

QString pactl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// The index pactl gives a sink, by name.
QString sinkIndex(const QString &name)
{
    for (const QString &line : pactl({"list", "short", "sinks"}).split('\n'))
        if (line.section('\t', 1, 1) == name)
            return line.section('\t', 0, 0);
    return {};
}

// True when some stream plays into that sink.
bool playsInto(const QString &index)
{
    return pactl({"list", "short", "sink-inputs"})
        .contains(
            QRegularExpression("^\\d+\\t" + index + "\\t", QRegularExpression::MultilineOption));
}
} // namespace

class TestDeskRing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PrivatePulse m_pulse;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<softphone::CallInfo>();
        qRegisterMetaType<softphone::CallEndReason>();
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("config"));
        QString error;
        bool missing = false;
        if (!m_pulse.start(&error, &missing)) {
            if (missing)
                QSKIP("PulseAudio (pulseaudio, pulseaudio-utils) is not installed");
            QFAIL(qPrintable(error + "\n" + m_pulse.log()));
        }
        QVERIFY(!pactl({"load-module", "module-null-sink", "sink_name=relais_ringer",
                        "sink_properties=device.description=Ringer"})
                     .isEmpty());
        // Qt lists no monitor sources: a remapped one stands for the headset's microphone.
        QVERIFY(!pactl({"load-module", "module-remap-source", "master=relais_speakers.monitor",
                        "source_name=relais_mic", "source_properties=device.description=Mic"})
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!QMediaDevices::audioInputs().isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [] {
                for (const auto &d : QMediaDevices::audioOutputs())
                    if (d.id() == "relais_ringer")
                        return true;
                return false;
            }(),
            15000);
    }

    void voiceOfferRingsOnTheChosenRinger()
    {
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("desk_ring"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.output()));
        QVERIFY(server.sipPort() != 0);

        // The desk's phone on the sound server's devices; the agent chose "Ringer" to ring.
        app::EnginePhone::Options options;
        options.listenAddress = QStringLiteral("127.0.0.1");
        app::EnginePhone phone(options);
        QVERIFY2(phone.outputs(), qPrintable("no sound devices: " + phone.audioFallbackReason()));
        phone.setDevices({}, {}, QByteArrayLiteral("relais_ringer"));
        QCOMPARE(phone.ringerId(), QByteArrayLiteral("relais_ringer"));
        VoiceDesk desk(&phone);
        QVERIFY2(desk.start(server.ctiUrl(), QStringLiteral("agent1"), &error), qPrintable(error));
        app::DeskCore &core = desk.core;
        ui::AgentWindow &window = *desk.window;

        const QString ringerSink = sinkIndex(QStringLiteral("relais_ringer"));
        const QString speakersSink = sinkIndex(QStringLiteral("relais_speakers"));
        QVERIFY(!ringerSink.isEmpty() && !speakersSink.isEmpty());
        QVERIFY(!playsInto(ringerSink));

        // A caller on the trunk dials the general queue.
        TrunkCaller caller(1000.0, QString());
        const QString callId = caller.dial(QStringLiteral("1920"), server.sipPort(), &error);
        QVERIFY2(!callId.isEmpty(), qPrintable(error));

        // The toast pops and the ring plays into the chosen ringer, not the speakers.
        ui::OfferToast *toast = window.offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible(), kLong);
        QCOMPARE(core.interactions()->offer()->channel(), QStringLiteral("voice"));
        QTRY_VERIFY_WITH_TIMEOUT(phone.isRinging(), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(playsInto(ringerSink), 10000);
        QVERIFY(!playsInto(speakersSink));

        // Answered: the ring stops (the call's own audio may now play on the headset).
        QTest::mouseClick(toast->answerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Established,
                                  kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!playsInto(ringerSink), 10000);
        caller.phone.hangup(callId);
        QTRY_COMPARE_WITH_TIMEOUT(phone.currentCall().state, app::PhoneCall::State::Idle, kLong);
        phone.unregisterAccount();
        server.terminate();
    }
};

QTEST_MAIN(TestDeskRing)
#include "tst_desk_ring.moc"

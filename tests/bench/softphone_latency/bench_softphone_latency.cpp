// Added one-way latency, tone in to tone out: a 1 kHz burst enters side A's microphone and the
// bench times when it leaves side B's earpiece, for two relais engines and for two baresip
// 1.0.0 peers with their default settings, both through the same sound server.
//
// A private PulseAudio holds four null sinks: air_a (what A's microphone hears: A captures
// air_a_mic), ear_b (B's earpiece: B plays into it), and void_a / void_b (A's earpiece, B's
// microphone: silence). The bench plays the bursts into air_a and records air_a_mic and
// ear_b_mic at the same time, timing every chunk on one monotonic clock, so each burst's
// onset at A's microphone and at B's earpiece are both known on one time base; the difference
// is the latency the two peers add, device buffers, jitter buffer and network included.
// The relais engines use QtAudioDevice (Qt Multimedia, the desk's own headset path); baresip
// uses its alsa module through ALSA's pulse plugin (PULSE_SOURCE / PULSE_SINK pick the
// devices). Both run on loopback, one call, no loss.
#include "BaresipProcess.h"
#include "PulseServer.h"
#include "TimedRecorder.h"
#include "ToneCheck.h"

#include "QtAudioDevice.h"
#include "relais/softphone/Softphone.h"

#include <QAudioSink>
#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace relais::softphone;

namespace {

constexpr int kProbeRate = 48000;
constexpr double kToneHz = 1000.0;
constexpr int kBurstMs = 200;
constexpr int kPeriodMs = 1200;

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

template <typename F> bool waitUntil(F done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

struct Result
{
    std::vector<double> latencies; // ms, one per burst found at both ends
    QString error;
};

// Plays `bursts` bursts into air_a; returns each burst's latency from air_a to ear_b.
Result probe(int bursts)
{
    Result result;
    QElapsedTimer clock;
    clock.start();
    TimedRecorder reference("air_a_mic", kProbeRate, clock);
    TimedRecorder far("ear_b_mic", kProbeRate, clock);
    if (!reference.start(&result.error) || !far.start(&result.error))
        return result;

    QByteArray signal;
    const int total = kProbeRate * (500 + bursts * kPeriodMs) / 1000;
    signal.resize(qsizetype(total) * 2);
    auto *pcm = reinterpret_cast<std::int16_t *>(signal.data());
    for (int i = 0; i < total; ++i) {
        const int ms = i * 1000 / kProbeRate - 500;
        const bool on = ms >= 0 && ms % kPeriodMs < kBurstMs;
        pcm[i] = on ? std::int16_t(0.3 * 32767 * std::sin(2 * M_PI * kToneHz * i / kProbeRate)) : 0;
    }
    QAudioDevice air;
    for (const QAudioDevice &d : QMediaDevices::audioOutputs())
        if (d.id() == "air_a")
            air = d;
    QAudioFormat format;
    format.setSampleRate(kProbeRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QAudioSink sink(air, format);
    QBuffer buffer(&signal);
    buffer.open(QIODevice::ReadOnly);
    wait(300);
    sink.start(&buffer);
    wait(500 + bursts * kPeriodMs + 1000);
    sink.stop();
    reference.stop();
    far.stop();

    ToneCheck in, out;
    in.setSamples(reference.samples(), kProbeRate);
    out.setSamples(far.samples(), kProbeRate);
    double from = 0.0;
    for (int n = 0; n < bursts; ++n) {
        in.setWindowMs(from, from + kPeriodMs);
        const double onsetIn = in.onsetMs(kToneHz);
        if (onsetIn < 0)
            break;
        from = onsetIn + kPeriodMs / 2.0;
        const double atMic = reference.firstSampleMs() + onsetIn;
        const double start = atMic - far.firstSampleMs() - 50.0;
        out.setWindowMs(std::max(0.0, start), start + kPeriodMs - 200.0);
        const double onsetOut = out.onsetMs(kToneHz);
        if (onsetOut < 0)
            continue;
        result.latencies.push_back(far.firstSampleMs() + onsetOut - atMic);
    }
    if (result.latencies.empty())
        result.error = QStringLiteral("no burst came through (%1 ms recorded at B)")
                           .arg(out.durationMs(), 0, 'f', 0);
    return result;
}

Result relaisEngines(const QString &codec, int bursts, int jitterMinMs)
{
    Result result;
    AudioPreferences prefsA, prefsB;
    prefsA.inputId = "air_a_mic";
    prefsA.outputId = "void_a";
    prefsB.inputId = "void_b_mic";
    prefsB.outputId = "ear_b";
    QtAudioDevice deviceA(prefsA), deviceB(prefsB);
    Softphone a, b;
    for (auto [phone, user] : {std::pair{&a, "alice"}, std::pair{&b, "bob"}}) {
        SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.contactUser = QString::fromLatin1(user);
        config.audioCodecs = {codec};
        config.jitterMinMs = jitterMinMs;
        config.qualityIntervalMs = 0;
        if (!phone->start(config, &result.error))
            return result;
    }
    a.setAudioDevice(&deviceA);
    b.setAudioDevice(&deviceB);
    QObject::connect(&b, &Softphone::incomingCall, &b,
                     [&b](const CallInfo &call) { b.answer(call.id); });
    const QString out =
        a.dial(QStringLiteral("sip:bob@127.0.0.1:%1").arg(b.localPort(SipTransport::Udp)));
    if (!waitUntil(
            [&] {
                const auto call = a.call(out);
                return call && call->state == CallState::Established;
            },
            10000)) {
        result.error = QStringLiteral("the relais call was not established");
        return result;
    }
    wait(1500);
    result = probe(bursts);
    a.hangup(out);
    wait(300);
    a.setAudioDevice(nullptr);
    b.setAudioDevice(nullptr);
    a.stop();
    b.stop();
    return result;
}

Result baresipPeers(const QString &codec, int bursts)
{
    Result result;
    const QString server = QString::fromUtf8(qgetenv("PULSE_SERVER"));
    BaresipProcess caller, callee;
    BaresipProcess::Options a;
    a.user = QStringLiteral("alice");
    a.autoAnswer = false;
    a.audioCodecs = codec;
    a.audioDriver = QStringLiteral("alsa");
    a.audioDevice = QStringLiteral("pulse");
    a.environment = {QStringLiteral("PULSE_SOURCE=air_a.monitor"),
                     QStringLiteral("PULSE_SINK=void_a")};
    BaresipProcess::Options b = a;
    b.user = QStringLiteral("bob");
    b.autoAnswer = true;
    b.environment = {QStringLiteral("PULSE_SOURCE=void_b.monitor"),
                     QStringLiteral("PULSE_SINK=ear_b")};
    if (!caller.start(a, &result.error) || !callee.start(b, &result.error))
        return result;
    if (!caller.command(QStringLiteral("dial"), callee.uri()) ||
        caller.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) < 0) {
        result.error = QStringLiteral("the baresip call was not established:\n") + caller.log();
        return result;
    }
    wait(1500);
    result = probe(bursts);
    if (result.latencies.empty())
        result.error +=
            QStringLiteral("\ncaller:\n%1\ncallee:\n%2").arg(caller.log(), callee.log());
    caller.command(QStringLiteral("hangup"));
    return result;
}

void print(const char *who, const QString &codec, const Result &r)
{
    if (r.latencies.empty()) {
        std::printf("%-28s %-5s  failed: %s\n", who, qPrintable(codec), qPrintable(r.error));
        return;
    }
    std::vector<double> v = r.latencies;
    std::sort(v.begin(), v.end());
    std::printf("%-28s %-5s  bursts %2zu  median %6.1f ms  min %6.1f  max %6.1f\n", who,
                qPrintable(codec), v.size(), v[v.size() / 2], v.front(), v.back());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<CallInfo>();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Added one-way latency: relais engines versus baresip 1.0.0"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("bursts"), QStringLiteral("Bursts per run."),
                      QStringLiteral("n"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("codecs"), QStringLiteral("Codecs, comma-separated."),
                      QStringLiteral("list"), QStringLiteral("PCMU,opus")});
    parser.addOption({QStringLiteral("jitter-min"),
                      QStringLiteral("relais jitter buffer start depth in ms (0: default)."),
                      QStringLiteral("ms"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("only"), QStringLiteral("relais or baresip."), QStringLiteral("peer")});
    parser.addOption(
        {QStringLiteral("calibrate"),
         QStringLiteral("Measure PulseAudio's module-loopback at this latency instead."),
         QStringLiteral("ms"), QStringLiteral("0")});
    parser.process(app);
    const int bursts = std::max(1, parser.value(QStringLiteral("bursts")).toInt());
    const int jitterMin = parser.value(QStringLiteral("jitter-min")).toInt();
    const QString only = parser.value(QStringLiteral("only"));

    PulseServer pulse;
    QString error;
    if (!pulse.start({QStringLiteral("air_a"), QStringLiteral("ear_b"), QStringLiteral("void_a"),
                      QStringLiteral("void_b")},
                     &error)) {
        std::printf("skipped: %s\n", qPrintable(error));
        return 0;
    }
    if (!waitUntil([] { return QMediaDevices::audioOutputs().size() >= 4; }, 15000)) {
        std::printf("skipped: Qt Multimedia does not see the PulseAudio sinks\n");
        return 0;
    }
    bool ok = true;
    // The harness itself: PulseAudio's own loopback with a set latency stands in for the peers.
    const int calibrate = parser.value(QStringLiteral("calibrate")).toInt();
    if (calibrate > 0) {
        const QString module =
            pulse.pactl({QStringLiteral("load-module"), QStringLiteral("module-loopback"),
                         QStringLiteral("source=air_a.monitor"), QStringLiteral("sink=ear_b"),
                         QStringLiteral("latency_msec=%1").arg(calibrate)});
        wait(1500);
        print("pulseaudio module-loopback", QStringLiteral("%1ms").arg(calibrate), probe(bursts));
        pulse.pactl({QStringLiteral("unload-module"), module});
        return 0;
    }
    for (const QString &codec : parser.value(QStringLiteral("codecs")).split(QLatin1Char(','))) {
        if (only.isEmpty() || only == QLatin1String("relais")) {
            const Result r = relaisEngines(codec, bursts, jitterMin);
            print("relais engine -> engine", codec, r);
            ok = ok && !r.latencies.empty();
        }
        if ((only.isEmpty() || only == QLatin1String("baresip")) &&
            !BaresipProcess::executable().isEmpty()) {
            const Result r = baresipPeers(codec, bursts);
            print("baresip -> baresip", codec, r);
            ok = ok && !r.latencies.empty();
        }
    }
    return ok ? 0 : 1;
}

// What a real caller (baresip, its sndfile dump of what it received) hears from relais-dispatch:
// the IVR's language prompt, then silence while the IVR waits (the timeout counted from the
// prompt's end), then the menu; in a queue, the welcome, the music on hold, and the
// announcement coming back after the queue's interval. Audio is compared with the prompt
// files by loudness envelope (50 ms RMS), so a wrong prompt, silence or noise all fail.
#include "BaresipProcess.h"
#include "ServerProcess.h"
#include "TestEnv.h"
#include "WavFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

constexpr double kWindowMs = 50.0;
constexpr double kSilentDbfs = -50.0;

// The level of each 50 ms window, in dBFS.
std::vector<double> envelope(const WavFile &wav)
{
    const std::vector<float> &s = wav.samples();
    const std::size_t n = std::size_t(wav.sampleRate() * kWindowMs / 1000.0);
    std::vector<double> out;
    for (std::size_t at = 0; n && at + n <= s.size(); at += n) {
        double sum = 0;
        for (std::size_t i = at; i < at + n; ++i)
            sum += double(s[i]) * s[i];
        out.push_back(10.0 * std::log10(sum / double(n) + 1e-12));
    }
    return out;
}

std::vector<double> load(const QString &path)
{
    WavFile w;
    QString error;
    if (!w.load(path, &error))
        qWarning() << "cannot read" << path << error;
    return envelope(w);
}

// First window from `from` whose level is above silence; -1 if none.
int firstSound(const std::vector<double> &env, int from = 0)
{
    for (int i = std::max(0, from); i < int(env.size()); ++i) {
        if (env[std::size_t(i)] > kSilentDbfs)
            return i;
    }
    return -1;
}

// The end of the sound starting at `from`: the first window followed by `gapMs` of silence.
int soundEnd(const std::vector<double> &env, int from, double gapMs)
{
    const int gap = int(gapMs / kWindowMs);
    int last = from;
    for (int i = from; i < int(env.size()); ++i) {
        if (env[std::size_t(i)] > kSilentDbfs)
            last = i;
        else if (i - last >= gap)
            break;
    }
    return last + 1;
}

// Pearson correlation of `heard` from window `at` with `file` over `length` windows, best
// over lags of ±300 ms (network and jitter buffer delay).
double likeness(const std::vector<double> &heard, int at, const std::vector<double> &file,
                int fileFrom, int length, int maxLag = 6)
{
    double best = -1.0;
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        int n = 0;
        for (int i = 0; i < length; ++i) {
            const int h = at + lag + i, f = fileFrom + i;
            if (h < 0 || h >= int(heard.size()) || f >= int(file.size()))
                continue;
            const double x = std::max(heard[std::size_t(h)], -70.0);
            const double y = std::max(file[std::size_t(f)], -70.0);
            sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
            ++n;
        }
        if (n < length / 2)
            continue;
        const double cov = sxy - sx * sy / n;
        const double var = (sxx - sx * sx / n) * (syy - sy * sy / n);
        if (var > 0)
            best = std::max(best, cov / std::sqrt(var));
    }
    return best;
}

QString prompt(const char *name)
{
    return QStringLiteral(RELAIS_BUILD_PROMPTS_DIR "/") + QLatin1String(name);
}

} // namespace

class TstVoicePrompts : public QObject
{
    Q_OBJECT
private:
    // Calls `number` from baresip for `listenMs` and returns the envelope of what it heard.
    std::vector<double> listen(ServerProcess &server, const QString &number, int listenMs)
    {
        BaresipProcess caller;
        BaresipProcess::Options options;
        options.toneHz = 0; // the caller says nothing
        options.audioCodecs = QStringLiteral("PCMA");
        QString error;
        if (!caller.start(options, &error)) {
            qWarning() << error;
            return {};
        }
        caller.command(QStringLiteral("dial"),
                       QStringLiteral("sip:%1@127.0.0.1:%2").arg(number).arg(server.sipPort()));
        if (caller.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000) < 0) {
            qWarning() << caller.log() << server.output();
            return {};
        }
        QTest::qWait(listenMs);
        caller.command(QStringLiteral("hangup"));
        caller.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000);
        return load(caller.decodedWav());
    }

private slots:
    void initTestCase()
    {
        if (BaresipProcess::executable().isEmpty())
            QSKIP("baresip is not installed");
    }

    // 1919: the language prompt as the file has it, silence for the node's 6 s timeout
    // counted from the prompt's end, then the default branch's French menu.
    void ivrPromptThenTimeoutThenMenu()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_prompts_ivr", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        ServerProcess server;
        QVERIFY2(server.start(db), qPrintable(server.output()));

        const std::vector<double> language = load(prompt("language.wav"));
        const std::vector<double> menu = load(prompt("fr/menu.wav"));
        const std::vector<double> heard = listen(server, "1919", 15000);
        QVERIFY(heard.size() > 200);

        const int start = firstSound(heard);
        QVERIFY2(start >= 0 && start < 40, "no prompt within 2 s of the answer");
        const int end = soundEnd(heard, start, 2000);
        const int promptLength =
            soundEnd(language, firstSound(language), 2000) - firstSound(language);
        QVERIFY2(std::abs((end - start) - promptLength) <= 8, // 400 ms
                 qPrintable(QStringLiteral("heard %1 ms of prompt, the file has %2 ms")
                                .arg((end - start) * kWindowMs)
                                .arg(promptLength * kWindowMs)));
        const double like = likeness(heard, start, language, firstSound(language), promptLength);
        QVERIFY2(like > 0.8, qPrintable(QStringLiteral("likeness %1").arg(like)));

        const int next = firstSound(heard, end);
        QVERIFY2(next > 0, "nothing after the timeout");
        // The language file's silent tail, the timeout, then the menu file's silent head.
        const int languageEnd = soundEnd(language, firstSound(language), 2000);
        const double expectedMs =
            (int(language.size()) - languageEnd + firstSound(menu)) * kWindowMs + 6000;
        const double silenceMs = (next - end) * kWindowMs;
        QVERIFY2(std::abs(silenceMs - expectedMs) < 500,
                 qPrintable(QStringLiteral("%1 ms of silence before the menu, expected %2 ms "
                                           "(6000 ms timeout after the prompt)")
                                .arg(silenceMs)
                                .arg(expectedMs)));
        const double menuLike = likeness(heard, next, menu, firstSound(menu), 60);
        QVERIFY2(menuLike > 0.8, qPrintable(QStringLiteral("menu likeness %1").arg(menuLike)));
        QVERIFY(server.terminate());
    }

    // 1920 (queue general, its announcement every 8 s here): the welcome, the music on hold
    // from its start right after it, then the announcement 8 s after the caller was queued.
    void queueWelcomeMusicThenAnnouncement()
    {
        QTemporaryDir dir;
        QString error;
        const QString db = TestEnv::freshDatabase("voice_prompts_queue", dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        const QString config = TestEnv::demoConfigWith(
            dir, {{R"(announcement_interval = 20)", QStringLiteral("announcement_interval = 8")},
                  {R"(overflow_delay = 10$)", QStringLiteral("overflow_delay = 600")}});
        ServerProcess server;
        QVERIFY2(server.start(db, {"--config", config}), qPrintable(server.output()));

        const std::vector<double> welcome = load(prompt("fr/welcome.wav"));
        const std::vector<double> music = load(prompt("music.wav"));
        const std::vector<double> announcement = load(prompt("fr/announcement.wav"));
        const std::vector<double> heard = listen(server, "1920", 14000);
        QVERIFY(heard.size() > 200);

        const int start = firstSound(heard);
        QVERIFY2(start >= 0 && start < 40, "no welcome within 2 s of the answer");
        const int played = start - firstSound(welcome); // where the welcome file began
        const double welcomeLike = likeness(heard, start, welcome, firstSound(welcome),
                                            int(welcome.size()) - firstSound(welcome) - 8);
        QVERIFY2(welcomeLike > 0.8,
                 qPrintable(QStringLiteral("welcome likeness %1").arg(welcomeLike)));

        const int musicAt = played + int(welcome.size());
        const int musicLength = int(8000 / kWindowMs) - int(welcome.size()) - 6;
        double level = 0;
        for (int i = musicAt; i < musicAt + musicLength; ++i)
            level += heard[std::size_t(i)] / musicLength;
        QVERIFY2(level > -40, qPrintable(QStringLiteral("music at %1 dBFS").arg(level)));
        const double musicLike = likeness(heard, musicAt, music, 0, musicLength);
        QVERIFY2(musicLike > 0.7, qPrintable(QStringLiteral("music likeness %1").arg(musicLike)));
        // Not the welcome again, nor the announcement.
        QVERIFY(likeness(heard, musicAt, announcement, firstSound(announcement), musicLength) <
                musicLike);

        const int announcedAt = played + int(8000 / kWindowMs);
        const double announcementLike =
            likeness(heard, announcedAt, announcement, 0, int(4000 / kWindowMs), 10);
        QVERIFY2(announcementLike > 0.8,
                 qPrintable(QStringLiteral("announcement likeness %1").arg(announcementLike)));
        QVERIFY(server.terminate());
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TstVoicePrompts t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_voice_prompts.moc"

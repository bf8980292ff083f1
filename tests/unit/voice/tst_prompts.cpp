#include "config/ConfigLoader.h"

#include <QFile>
#include <QtEndian>
#include <QtTest>
#include <cmath>

using namespace relais::config;

namespace {

struct Wav
{
    int rate = 0;
    int channels = 0;
    int bits = 0;
    int format = 0;
    QList<qint16> samples;
};

// The RIFF chunks of a PCM WAV file, enough to check what make-prompts.sh wrote.
std::optional<Wav> readWav(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray b = f.readAll();
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE")
        return std::nullopt;
    Wav w;
    qsizetype pos = 12;
    while (pos + 8 <= b.size()) {
        const QByteArray id = b.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(b.constData() + pos + 4);
        const char *body = b.constData() + pos + 8;
        if (pos + 8 + qsizetype(size) > b.size())
            return std::nullopt;
        if (id == "fmt ") {
            w.format = qFromLittleEndian<quint16>(body);
            w.channels = qFromLittleEndian<quint16>(body + 2);
            w.rate = int(qFromLittleEndian<quint32>(body + 4));
            w.bits = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data") {
            for (quint32 i = 0; i + 1 < size; i += 2)
                w.samples.append(qFromLittleEndian<qint16>(body + i));
        }
        pos += 8 + qsizetype(size) + (size & 1);
    }
    return w;
}

double rms(const QList<qint16> &s)
{
    double sum = 0;
    for (qint16 v : s)
        sum += double(v) * v;
    return s.isEmpty() ? 0 : std::sqrt(sum / double(s.size()));
}

void checkTelephoneWav(const QString &path, double minSeconds)
{
    const std::optional<Wav> w = readWav(path);
    QVERIFY2(w, qPrintable(path + " is missing or not a WAV file"));
    QCOMPARE(w->format, 1); // PCM
    QCOMPARE(w->rate, 8000);
    QCOMPARE(w->channels, 1);
    QCOMPARE(w->bits, 16);
    QVERIFY2(w->samples.size() >= minSeconds * 8000, qPrintable(path + " is too short"));
    // Audible, not silence (full scale is 32767).
    QVERIFY2(rms(w->samples) > 500,
             qPrintable(path + QStringLiteral(" is too quiet: RMS %1").arg(rms(w->samples))));
}

} // namespace

class TstPrompts : public QObject
{
    Q_OBJECT
private slots:
    // Every prompt the demo site plays exists in the build tree as 8 kHz mono PCM, not silence.
    void demoPromptsAreBuilt()
    {
        const Config c = demoConfig();
        QStringList prompts;
        for (const IvrDef &ivr : c.ivrs) {
            for (const IvrNode &n : ivr.nodes)
                prompts.append(n.prompt);
        }
        for (const QueueVoice &v : c.queueVoice)
            prompts << v.welcomePrompt << v.announcementPrompt << v.musicOnHold;
        prompts.removeDuplicates();
        QVERIFY(prompts.size() >= 10);
        for (const QString &p : prompts)
            checkTelephoneWav(QStringLiteral(RELAIS_BUILD_PROMPTS_DIR "/") + p, 1.0);
    }

    void bothLanguagesHaveEveryPrompt()
    {
        for (const char *name :
             {"menu", "welcome", "announcement", "selfcare", "callback-offer", "callback-thanks"}) {
            for (const char *lang : {"fr", "en"})
                checkTelephoneWav(
                    QStringLiteral(RELAIS_BUILD_PROMPTS_DIR "/%1/%2.wav").arg(lang, name), 1.0);
        }
    }

    // The tone before a callback request: short, loud enough, language-neutral.
    void beepIsBuilt()
    {
        checkTelephoneWav(QStringLiteral(RELAIS_BUILD_PROMPTS_DIR "/beep.wav"), 0.3);
    }

    // Music on hold is long enough to loop without being tiresome, and it changes: the loudness
    // of its 2-second chords differs, unlike a steady tone.
    void musicIsMusic()
    {
        const QString path = QStringLiteral(RELAIS_BUILD_PROMPTS_DIR "/music.wav");
        checkTelephoneWav(path, 10.0);
        const std::optional<Wav> w = readWav(path);
        QVERIFY(w);
        QList<double> levels;
        for (qsizetype at = 0; at + 4000 <= w->samples.size(); at += 4000)
            levels.append(rms(w->samples.mid(at, 4000)));
        const auto [lo, hi] = std::minmax_element(levels.begin(), levels.end());
        QVERIFY2(*hi > 2 * *lo, qPrintable(QStringLiteral("levels %1..%2").arg(*lo).arg(*hi)));
    }
};

QTEST_APPLESS_MAIN(TstPrompts)
#include "tst_prompts.moc"

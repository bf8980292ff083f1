// The caller's audio device: prompts in order then music that keeps its place, a finished
// report once per sequence, shared decoded prompts, and a capture that ends on silence or at
// its length limit.
#include "voice/CallerAudio.h"
#include "voice/PromptLibrary.h"

#include "WavReader.h"
#include "WavWriter.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace relais;
using namespace relais::voice;

namespace {

constexpr std::size_t kFrame = 160; // 20 ms at 8 kHz

Clip constantClip(std::int16_t value, std::size_t samples)
{
    return std::make_shared<const Pcm>(samples, value);
}

QString writeWav(const QTemporaryDir &dir, const QString &name, int rate, std::int16_t value,
                 std::size_t samples)
{
    const QString path = dir.filePath(name);
    softphone::WavWriter w;
    QString error;
    if (!w.open(path, rate, 1, &error))
        return {};
    const std::vector<std::int16_t> pcm(samples, value);
    w.write(pcm.data(), pcm.size());
    w.close();
    return path;
}

std::vector<std::int16_t> readFrames(CallerAudio &audio, int frames)
{
    std::vector<std::int16_t> out(std::size_t(frames) * kFrame);
    for (int i = 0; i < frames; ++i)
        audio.read(out.data() + std::size_t(i) * kFrame, kFrame);
    return out;
}

std::vector<std::int16_t> tone(double hz, std::size_t samples, double amplitude)
{
    std::vector<std::int16_t> s(samples);
    for (std::size_t i = 0; i < samples; ++i)
        s[i] = std::int16_t(amplitude * 32767 * std::sin(2 * M_PI * hz * double(i) / 8000.0));
    return s;
}

} // namespace

class TstCallerAudio : public QObject
{
    Q_OBJECT
private slots:
    void opensOnlyAt8kHz()
    {
        CallerAudio audio;
        QString error;
        QVERIFY(!audio.open({16000, 20}, &error));
        QVERIFY(error.contains("8000"));
        QVERIFY(audio.open({8000, 20}, &error));
    }

    // X then Y, reported finished once, at the frame where Y ends; then the music loops.
    void playsInOrderThenMusic()
    {
        CallerAudio audio;
        QList<quint64> finished;
        audio.setFinishedHandler([&](quint64 token) { finished.append(token); });
        QString error;
        QVERIFY(audio.open({8000, 20}, &error));
        audio.setMusic(constantClip(7, 100));
        audio.play({constantClip(1, 250), nullptr, constantClip(2, 150)}, 42);
        QVERIFY(audio.isPlayingSequence());
        const std::vector<std::int16_t> out = readFrames(audio, 4);
        QCOMPARE(out[0], 1);
        QCOMPARE(out[249], 1);
        QCOMPARE(out[250], 2);
        QCOMPARE(out[399], 2);
        QCOMPARE(out[400], 7); // music right after
        QCOMPARE(out[499], 7);
        QCOMPARE(out[500], 7); // looped
        QCOMPARE(finished, QList<quint64>{42});
        QVERIFY(!audio.isPlayingSequence());
        readFrames(audio, 10);
        QCOMPARE(finished.size(), 1);
    }

    // An announcement interrupts the music, which then goes on where it was.
    void musicKeepsItsPlace()
    {
        CallerAudio audio;
        QString error;
        QVERIFY(audio.open({8000, 20}, &error));
        Pcm ramp(1000);
        for (std::size_t i = 0; i < ramp.size(); ++i)
            ramp[i] = std::int16_t(i);
        audio.setMusic(std::make_shared<const Pcm>(ramp));
        std::vector<std::int16_t> out = readFrames(audio, 2); // music 0..319
        QCOMPARE(out[319], 319);
        audio.play({constantClip(-5, kFrame)}, 1);
        out = readFrames(audio, 2);
        QCOMPARE(out[0], -5);
        QCOMPARE(out[kFrame], 320); // back where it left off
        audio.stopPlaying();
        out = readFrames(audio, 1);
        QCOMPARE(*std::max_element(out.begin(), out.end()), 0);
    }

    // A new sequence replaces the one playing; only the new token is reported.
    void replacingASequence()
    {
        CallerAudio audio;
        QList<quint64> finished;
        audio.setFinishedHandler([&](quint64 token) { finished.append(token); });
        QString error;
        QVERIFY(audio.open({8000, 20}, &error));
        audio.play({constantClip(1, 8000)}, 1);
        readFrames(audio, 3);
        audio.play({constantClip(2, 200)}, 2);
        const std::vector<std::int16_t> out = readFrames(audio, 2);
        QCOMPARE(out[0], 2);
        QCOMPARE(out[200], 0); // no music: silence
        QCOMPARE(finished, QList<quint64>{2});
    }

    // Each file is decoded once, at 8 kHz whatever its rate, and shared between calls.
    void libraryLoadsOnceAndConverts()
    {
        QTemporaryDir dir;
        QVERIFY(!writeWav(dir, "a.wav", 8000, 1000, 8000).isEmpty());
        QVERIFY(!writeWav(dir, "b.wav", 16000, 1000, 16000).isEmpty());
        PromptLibrary library(dir.path());
        QString error;
        const Clip a1 = library.clip("a.wav", &error);
        QVERIFY2(a1, qPrintable(error));
        QCOMPARE(a1.get(), library.clip(dir.filePath("a.wav")).get());
        const Clip b = library.clip("b.wav", &error);
        QVERIFY(b);
        QVERIFY(qAbs(qint64(b->size()) - 8000) < 50);
        QVERIFY(!library.clip("missing.wav", &error));
        QVERIFY2(error.contains("missing.wav"), qPrintable(error));
        QCOMPARE(library.preload({"a.wav", "missing.wav"}).size(), 1);
        const Clip beep = library.beep();
        QCOMPARE(beep->size(), std::size_t(3200));
        QVERIFY(*std::max_element(beep->begin(), beep->end()) > 5000);
        QCOMPARE(library.silence(100)->size(), std::size_t(800));
    }

    // Speech is written to the file; 3 s of silence after it ends the capture.
    void captureEndsOnSilence()
    {
        QTemporaryDir dir;
        CallerAudio audio;
        std::optional<CallerAudio::Capture> ended;
        audio.setCaptureHandler([&](const CallerAudio::Capture &c) { ended = c; });
        QString error;
        QVERIFY(audio.open({8000, 20}, &error));
        const QString path = dir.filePath("request.wav");
        QVERIFY2(audio.startCapture(path, {}, &error), qPrintable(error));
        QVERIFY(audio.isCapturing());
        const std::vector<std::int16_t> speech = tone(440, kFrame * 50, 0.3); // 1 s
        for (int i = 0; i < 50; ++i)
            audio.write(speech.data() + std::size_t(i) * kFrame, kFrame);
        const std::vector<std::int16_t> quiet(kFrame, 20);
        int frames = 0;
        while (!ended && frames < 1000) {
            audio.write(quiet.data(), kFrame);
            ++frames;
        }
        QVERIFY(ended);
        QCOMPARE(frames, 150); // 3 s
        QCOMPARE(ended->end, CallerAudio::Capture::End::Silence);
        QCOMPARE(ended->speechMs, 1000);
        QCOMPARE(ended->durationMs, 4000);
        QCOMPARE(ended->path, path);
        QVERIFY(!audio.isCapturing());
        QVERIFY(!audio.stopCapture());
        const std::vector<std::int16_t> written = softphone::WavReader::load(path, 8000, &error);
        QCOMPARE(written.size(), std::size_t(4 * 8000));
        QCOMPARE(written[100], speech[100]);
    }

    void captureStopsAtItsLimitOrWhenAsked()
    {
        QTemporaryDir dir;
        CallerAudio audio;
        std::optional<CallerAudio::Capture> ended;
        audio.setCaptureHandler([&](const CallerAudio::Capture &c) { ended = c; });
        QString error;
        QVERIFY(audio.open({8000, 20}, &error));
        CallerAudio::CaptureRules rules;
        rules.maxMs = 1000;
        QVERIFY(audio.startCapture(dir.filePath("long.wav"), rules, &error));
        const std::vector<std::int16_t> speech = tone(300, kFrame, 0.3);
        for (int i = 0; i < 100 && !ended; ++i)
            audio.write(speech.data(), kFrame);
        QVERIFY(ended);
        QCOMPARE(ended->end, CallerAudio::Capture::End::MaxLength);
        QCOMPARE(ended->durationMs, 1000);

        ended.reset();
        QVERIFY(audio.startCapture(dir.filePath("short.wav"), {}, &error));
        audio.write(speech.data(), kFrame);
        const std::optional<CallerAudio::Capture> stopped = audio.stopCapture();
        QVERIFY(stopped);
        QCOMPARE(stopped->end, CallerAudio::Capture::End::Stopped);
        QCOMPARE(stopped->durationMs, 20);
        QVERIFY(!ended); // the handler is for captures that end by themselves
        QVERIFY(!audio.startCapture(dir.filePath("no/such/dir/x.wav"), {}, &error));
    }
};

QTEST_GUILESS_MAIN(TstCallerAudio)
#include "tst_calleraudio.moc"

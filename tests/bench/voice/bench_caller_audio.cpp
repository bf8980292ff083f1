// How much of one core 240 callers hearing prompts and music cost: 240 CallerAudio devices
// sharing the demo's decoded prompts, each read and written one 20 ms frame per tick (what the
// media clock does), over 60 s of call time. Prints CPU per call and for all 240 at once.
// Usage: bench_caller_audio [calls] [seconds]
#include "voice/CallerAudio.h"
#include "voice/PromptLibrary.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace relais::voice;

namespace {
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? std::atoi(argv[1]) : 240;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 60;
    PromptLibrary library(QStringLiteral(RELAIS_BUILD_PROMPTS_DIR));
    QString error;
    const Clip welcome = library.clip(QStringLiteral("fr/welcome.wav"), &error);
    const Clip announcement = library.clip(QStringLiteral("fr/announcement.wav"), &error);
    const Clip music = library.clip(QStringLiteral("music.wav"), &error);
    if (!welcome || !announcement || !music) {
        std::fprintf(stderr, "bench_caller_audio: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    std::vector<std::unique_ptr<CallerAudio>> audios;
    quint64 finished = 0;
    for (int i = 0; i < calls; ++i) {
        auto a = std::make_unique<CallerAudio>();
        a->setFinishedHandler([&finished](quint64) { ++finished; });
        a->open({8000, 20}, &error);
        a->setMusic(music);
        a->play({welcome}, 1);
        // One caller in ten records a callback request meanwhile.
        if (i % 10 == 0)
            a->startCapture(dir.filePath(QStringLiteral("c%1.wav").arg(i)), {}, &error);
        audios.push_back(std::move(a));
    }
    std::vector<std::int16_t> frame(160), in(160, 1000);
    const int ticks = seconds * 50;
    const double start = cpuSeconds();
    for (int t = 0; t < ticks; ++t) {
        for (int i = 0; i < calls; ++i) {
            CallerAudio &a = *audios[std::size_t(i)];
            if (t % 1000 == 500) // an announcement every 20 s
                a.play({announcement}, 2);
            a.read(frame.data(), frame.size());
            a.write(in.data(), in.size());
        }
    }
    const double cpu = cpuSeconds() - start;
    std::printf("calls %d, call time %d s, cpu %.3f s, %.2f us per call per 20 ms frame, "
                "%.3f %% of one core for all %d calls, %llu sequences finished\n",
                calls, seconds, cpu, cpu * 1e6 / double(ticks) / calls, 100.0 * cpu / seconds,
                calls, static_cast<unsigned long long>(finished));
    return 0;
}

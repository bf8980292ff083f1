#pragma once
// A 20 ms (ptime) tick on libre's timers that does not drift: each deadline is computed from
// the start time, not from when the previous tick ran, and late ticks are caught up.
#include "../Libre.h"

#include <cstdint>
#include <functional>

namespace relais::softphone::media {

class MediaClock
{
public:
    MediaClock();
    ~MediaClock();
    MediaClock(const MediaClock &) = delete;
    MediaClock &operator=(const MediaClock &) = delete;

    void start(int periodMs, std::function<void()> tick);
    void stop();
    [[nodiscard]] bool isRunning() const { return running_; }

private:
    static void onTimer(void *arg);
    void schedule();

    struct tmr tmr_;
    std::function<void()> tick_;
    std::uint64_t startMs_ = 0;
    std::uint64_t ticks_ = 0;
    int periodMs_ = 20;
    bool running_ = false;
};

} // namespace relais::softphone::media

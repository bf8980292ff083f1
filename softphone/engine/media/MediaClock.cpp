#include "MediaClock.h"

namespace relais::softphone::media {

MediaClock::MediaClock()
{
    tmr_init(&tmr_);
}

MediaClock::~MediaClock()
{
    tmr_cancel(&tmr_);
}

void MediaClock::start(int periodMs, std::function<void()> tick)
{
    stop();
    periodMs_ = periodMs > 0 ? periodMs : 20;
    tick_ = std::move(tick);
    startMs_ = tmr_jiffies();
    ticks_ = 0;
    running_ = true;
    schedule();
}

void MediaClock::stop()
{
    running_ = false;
    tmr_cancel(&tmr_);
}

void MediaClock::schedule()
{
    const std::uint64_t deadline = startMs_ + (ticks_ + 1) * std::uint64_t(periodMs_);
    const std::uint64_t now = tmr_jiffies();
    tmr_start(&tmr_, deadline > now ? deadline - now : 0, &MediaClock::onTimer, this);
}

void MediaClock::onTimer(void *arg)
{
    auto *self = static_cast<MediaClock *>(arg);
    const std::uint64_t now = tmr_jiffies();
    // Catch up after a stall, but never more than a few frames in one go.
    int budget = 5;
    while (self->running_ && budget-- > 0 &&
           self->startMs_ + (self->ticks_ + 1) * std::uint64_t(self->periodMs_) <= now) {
        ++self->ticks_;
        self->tick_();
    }
    if (self->running_) {
        if (budget < 0) // too far behind: restart the schedule from now
            self->startMs_ = now - self->ticks_ * std::uint64_t(self->periodMs_);
        self->schedule();
    }
}

} // namespace relais::softphone::media

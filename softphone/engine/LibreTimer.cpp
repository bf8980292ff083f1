#include "LibreTimer.h"
#include "Libre.h"

namespace relais::softphone {

LibreTimer::LibreTimer() : tmr_(std::make_unique<struct tmr>())
{
    tmr_init(tmr_.get());
}

LibreTimer::~LibreTimer()
{
    tmr_cancel(tmr_.get());
}

void LibreTimer::start(int ms, std::function<void()> callback)
{
    callback_ = std::move(callback);
    tmr_start(tmr_.get(), uint64_t(std::max(0, ms)), &LibreTimer::onTimeout, this);
}

void LibreTimer::cancel()
{
    tmr_cancel(tmr_.get());
    callback_ = nullptr;
}

bool LibreTimer::isActive() const
{
    return tmr_isrunning(tmr_.get());
}

void LibreTimer::onTimeout(void *arg)
{
    auto *self = static_cast<LibreTimer *>(arg);
    // A copy: the callback may destroy this timer.
    auto callback = self->callback_;
    if (callback)
        callback();
}

} // namespace relais::softphone

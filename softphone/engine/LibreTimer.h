#pragma once
// A libre timer with a C++ callback. Libre thread only; the callback may delete the timer.
#include <functional>
#include <memory>

struct tmr;

namespace relais::softphone {

class LibreTimer
{
public:
    LibreTimer();
    ~LibreTimer();
    LibreTimer(const LibreTimer &) = delete;
    LibreTimer &operator=(const LibreTimer &) = delete;

    void start(int ms, std::function<void()> callback);
    void cancel();
    [[nodiscard]] bool isActive() const;

private:
    static void onTimeout(void *arg);

    std::unique_ptr<struct tmr> tmr_;
    std::function<void()> callback_;
};

} // namespace relais::softphone

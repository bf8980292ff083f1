#pragma once
// Remembers which thread owns an object and checks it at every entry point. A wrong-thread
// call is a programming error: by default it aborts in debug builds and logs in release builds;
// tests install their own handler to observe it.
#include <atomic>
#include <functional>
#include <thread>

namespace relais::softphone {

class ThreadAffinity
{
public:
    using ViolationHandler = std::function<void(const char *where)>;

    ThreadAffinity() = default;
    ThreadAffinity(const ThreadAffinity &) = delete;
    ThreadAffinity &operator=(const ThreadAffinity &) = delete;

    void bindToCurrentThread();
    void unbind();
    [[nodiscard]] bool isBound() const;
    [[nodiscard]] bool isCurrent() const;

    // True on the owning thread. Otherwise reports `where` to the violation handler and
    // returns false so the caller can refuse the call instead of corrupting state.
    bool check(const char *where) const;

    // Set before other threads can call check().
    void setViolationHandler(ViolationHandler handler);

private:
    std::atomic<std::thread::id> owner_{};
    ViolationHandler handler_;
};

} // namespace relais::softphone

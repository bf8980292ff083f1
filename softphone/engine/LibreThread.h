#pragma once
// The one thread that runs libre. Everything that touches libre runs here: the thread calls
// libre_init(), raises libre's descriptor limit, runs the owner's setup hook, then re_main().
// Other threads hand it work with post(): the task is copied to the heap and pushed through a
// libre mqueue, so it runs on this thread in the order it was posted. stop() asks the owner's
// shutdown hook to close things gracefully (it ends the loop with quitLoop()), then the
// teardown hook frees what is left, libre is closed on this thread, and the caller joins it.
#include "ThreadAffinity.h"

#include <QString>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_set>

struct mqueue;

namespace relais::softphone {

class LibreThread
{
public:
    using Task = std::function<void()>;

    struct Options
    {
        QString name = QStringLiteral("libre");
        int maxFds = 4096;          // libre's descriptor table (fd numbers must stay below it)
        bool raiseFileLimit = true; // raise RLIMIT_NOFILE's soft limit towards maxFds
    };

    // All three run on the libre thread.
    struct Hooks
    {
        std::function<bool(QString *error)> setup; // after libre_init; false aborts start()
        std::function<void()> shutdown; // on stop(); must end with quitLoop() (now or later)
        std::function<void()> teardown; // after the loop ended, before libre_close()
    };

    LibreThread();
    ~LibreThread();
    LibreThread(const LibreThread &) = delete;
    LibreThread &operator=(const LibreThread &) = delete;

    // Owner thread. Blocks until the setup hook has run; false (with a reason) if it failed.
    bool start(const Options &options, Hooks hooks, QString *error);
    // Owner thread. Runs the shutdown hook, waits for the loop to end and joins. Idempotent.
    void stop();
    [[nodiscard]] bool isRunning() const;

    // Any thread. False when the thread is not running or is shutting down (task dropped).
    bool post(Task task);

    // Libre thread only: ends re_main() (used by the shutdown hook when it is done).
    void quitLoop();

    [[nodiscard]] bool isCurrent() const { return libreAffinity_.isCurrent(); }
    // Checks used by the engine's classes: libre side, owner side.
    ThreadAffinity &libreAffinity() { return libreAffinity_; }
    ThreadAffinity &ownerAffinity() { return ownerAffinity_; }

    // Tasks pushed but not yet run (for tests and diagnostics).
    [[nodiscard]] std::size_t pendingTasks() const;
    [[nodiscard]] int maxFds() const { return options_.maxFds; }

private:
    enum MessageId { RunTask = 1, Quit = 2 };

    void run(std::promise<QString> *ready);
    void closeQueue();
    static void onMessage(int id, void *data, void *arg);
    static void raiseFileLimit(int wanted);

    Options options_;
    Hooks hooks_;
    std::thread thread_;
    ThreadAffinity libreAffinity_;
    ThreadAffinity ownerAffinity_;

    mutable std::mutex mutex_; // guards queue_, accepting_, inFlight_
    struct mqueue *queue_ = nullptr;
    bool accepting_ = false;
    std::unordered_set<Task *> inFlight_;
};

} // namespace relais::softphone

#include "LibreThread.h"
#include "Libre.h"

#include <QDebug>
#include <pthread.h>
#include <sys/resource.h>

namespace relais::softphone {

namespace {

// libre_init()/libre_close() are process-wide (random seed, OpenSSL, sockets) while the loop
// itself is per thread (re_thread_init): several LibreThreads may live in one process (two
// engines in a test, the server's SIP side beside a desk in a demo), so the process-wide part
// is counted. This is the only process-wide state of the engine, and it mirrors libre's own.
std::mutex libraryMutex;
int libraryUsers = 0;

int acquireLibrary()
{
    std::lock_guard lock(libraryMutex);
    if (libraryUsers == 0) {
        const int err = libre_init();
        if (err)
            return err;
    }
    ++libraryUsers;
    return 0;
}

void releaseLibrary()
{
    std::lock_guard lock(libraryMutex);
    if (--libraryUsers == 0)
        libre_close();
}

QString errorText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

} // namespace

LibreThread::LibreThread() = default;

LibreThread::~LibreThread()
{
    stop();
}

bool LibreThread::start(const Options &options, Hooks hooks, QString *error)
{
    if (thread_.joinable()) {
        if (error)
            *error = QStringLiteral("the libre thread is already running");
        return false;
    }
    options_ = options;
    hooks_ = std::move(hooks);
    ownerAffinity_.bindToCurrentThread();

    std::promise<QString> ready;
    std::future<QString> readyResult = ready.get_future();
    thread_ = std::thread([this, &ready] { run(&ready); });
    const QString failure = readyResult.get();
    if (!failure.isEmpty()) {
        thread_.join();
        if (error)
            *error = failure;
        return false;
    }
    return true;
}

void LibreThread::stop()
{
    if (!thread_.joinable())
        return;
    if (!ownerAffinity_.check("LibreThread::stop"))
        return;
    {
        std::lock_guard lock(mutex_);
        if (accepting_) {
            accepting_ = false;
            const int err = mqueue_push(queue_, Quit, nullptr);
            if (err)
                qCritical("relais.softphone: cannot ask the libre thread to quit: %s",
                          qPrintable(errorText(err)));
        }
    }
    thread_.join();
    ownerAffinity_.unbind();
}

bool LibreThread::isRunning() const
{
    std::lock_guard lock(mutex_);
    return accepting_;
}

bool LibreThread::post(Task task)
{
    std::lock_guard lock(mutex_);
    if (!accepting_ || !queue_)
        return false;
    auto *payload = new Task(std::move(task));
    inFlight_.insert(payload);
    const int err = mqueue_push(queue_, RunTask, payload);
    if (err) {
        inFlight_.erase(payload);
        delete payload;
        return false;
    }
    return true;
}

void LibreThread::quitLoop()
{
    if (!libreAffinity_.check("LibreThread::quitLoop"))
        return;
    re_cancel();
}

std::size_t LibreThread::pendingTasks() const
{
    std::lock_guard lock(mutex_);
    return inFlight_.size();
}

void LibreThread::onMessage(int id, void *data, void *arg)
{
    auto *self = static_cast<LibreThread *>(arg);
    if (id == RunTask) {
        auto *task = static_cast<Task *>(data);
        {
            std::lock_guard lock(self->mutex_);
            self->inFlight_.erase(task);
        }
        try {
            (*task)();
        } catch (const std::exception &e) {
            qCritical("relais.softphone: a libre-thread task threw: %s", e.what());
        } catch (...) {
            qCritical("relais.softphone: a libre-thread task threw");
        }
        delete task;
    } else if (id == Quit) {
        if (self->hooks_.shutdown)
            self->hooks_.shutdown();
        else
            self->quitLoop();
    }
}

void LibreThread::raiseFileLimit(int wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t target = std::min<rlim_t>(rlim_t(wanted), limit.rlim_max);
    if (limit.rlim_cur >= target)
        return;
    limit.rlim_cur = target;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
        qWarning("relais.softphone: cannot raise the descriptor limit to %d", int(target));
}

void LibreThread::closeQueue()
{
    std::unordered_set<Task *> leftovers;
    struct mqueue *queue = nullptr;
    {
        std::lock_guard lock(mutex_);
        accepting_ = false;
        queue = queue_;
        queue_ = nullptr;
        leftovers.swap(inFlight_);
    }
    mem_deref(queue);
    // Pushed but never read: the pipe went away with the queue, the payloads are still ours.
    for (Task *task : leftovers)
        delete task;
}

void LibreThread::run(std::promise<QString> *ready)
{
    libreAffinity_.bindToCurrentThread();
    pthread_setname_np(pthread_self(), options_.name.left(15).toUtf8().constData());

    // A loop of this thread's own, so that several LibreThreads can share the process.
    int err = re_thread_init();
    if (err && err != EALREADY) {
        ready->set_value(QStringLiteral("re_thread_init failed: %1").arg(errorText(err)));
        libreAffinity_.unbind();
        return;
    }
    err = acquireLibrary();
    if (err) {
        re_thread_close();
        ready->set_value(QStringLiteral("libre_init failed: %1").arg(errorText(err)));
        libreAffinity_.unbind();
        return;
    }
    if (options_.raiseFileLimit)
        raiseFileLimit(options_.maxFds);
    // Must come before the first fd_listen() (the queue's pipe is the first).
    err = fd_setsize(options_.maxFds);

    struct mqueue *queue = nullptr;
    if (!err)
        err = mqueue_alloc(&queue, &LibreThread::onMessage, this);
    QString failure;
    if (err)
        failure = QStringLiteral("cannot set up the libre thread: %1").arg(errorText(err));
    else if (hooks_.setup) {
        // Only a false return is a failure: a hook may leave the message of a step it retried.
        QString message;
        if (!hooks_.setup(&message))
            failure = message.isEmpty() ? QStringLiteral("the SIP stack could not start") : message;
    }

    if (failure.isEmpty()) {
        {
            std::lock_guard lock(mutex_);
            queue_ = queue;
            accepting_ = true;
        }
        ready->set_value(QString());
        ready = nullptr; // the owner's promise is gone once start() returned
        err = re_main(nullptr);
        if (err)
            qCritical("relais.softphone: the libre loop ended with an error: %s",
                      qPrintable(errorText(err)));
        closeQueue();
        if (hooks_.teardown)
            hooks_.teardown();
    } else {
        mem_deref(queue);
        if (hooks_.teardown)
            hooks_.teardown();
    }

    fd_setsize(0);
    re_thread_close();
    releaseLibrary();
    libreAffinity_.unbind();
    if (ready)
        ready->set_value(failure);
}

} // namespace relais::softphone

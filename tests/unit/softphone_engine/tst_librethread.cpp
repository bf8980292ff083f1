// The libre bridge: tasks in through the mqueue, results back as queued Qt calls, shutdown on
// the libre thread, thread-affinity checks on both sides, libre's descriptor limit raised.
#include "engine/Libre.h"
#include "engine/LibreThread.h"

#include <QObject>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <unistd.h>
#include <vector>

using relais::softphone::LibreThread;

namespace {

LibreThread::Options testOptions()
{
    LibreThread::Options options;
    options.name = QStringLiteral("libre-test");
    return options;
}

// A libre timer owned by the libre thread (freed in teardown).
struct LoopTimer
{
    struct tmr tmr;
    std::function<void()> fire;
    LoopTimer() { tmr_init(&tmr); }
    ~LoopTimer() { tmr_cancel(&tmr); }
    void start(int ms, std::function<void()> f)
    {
        fire = std::move(f);
        tmr_start(
            &tmr, ms, [](void *arg) { static_cast<LoopTimer *>(arg)->fire(); }, this);
    }
};

} // namespace

class TestLibreThread : public QObject
{
    Q_OBJECT

private slots:
    void tasksRunOnTheLibreThread();
    void tasksKeepTheirOrderPerPoster();
    void eventsComeBackAsQueuedCalls();
    void setupFailureIsReported();
    void aSetupThatRetriedAndSucceededStarts();
    void shutdownRunsOnTheLibreThreadAndWaitsForTheLoop();
    void postAfterStopIsRefusedAndNothingLeaks();
    void affinityChecksCatchWrongThreadCalls();
    void twoLoopsLiveSideBySide();
    void descriptorLimitIsRaised();
    void aThrowingTaskDoesNotKillTheLoop();
};

void TestLibreThread::tasksRunOnTheLibreThread()
{
    LibreThread thread;
    QString error;
    QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));
    QVERIFY(thread.isRunning());
    QVERIFY(!thread.isCurrent());

    std::atomic<bool> ranOnLibre{false};
    std::atomic<std::thread::id> where{};
    QVERIFY(thread.post([&] {
        ranOnLibre = thread.isCurrent();
        where = std::this_thread::get_id();
    }));
    QTRY_VERIFY(where.load() != std::thread::id{});
    QVERIFY(ranOnLibre.load());
    QVERIFY(where.load() != std::this_thread::get_id());
    thread.stop();
    QVERIFY(!thread.isRunning());
}

void TestLibreThread::tasksKeepTheirOrderPerPoster()
{
    LibreThread thread;
    QString error;
    QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));

    constexpr int posters = 4;
    constexpr int perPoster = 500;
    // Only touched on the libre thread.
    std::vector<int> lastSeen(posters, -1);
    std::atomic<int> outOfOrder{0};
    std::atomic<int> done{0};
    std::vector<std::thread> threads;
    for (int p = 0; p < posters; ++p) {
        threads.emplace_back([&, p] {
            for (int i = 0; i < perPoster; ++i) {
                // A full pipe refuses a post: retry, the loop is draining it.
                while (!thread.post([&, p, i] {
                    if (lastSeen[p] != i - 1)
                        ++outOfOrder;
                    lastSeen[p] = i;
                    ++done;
                }))
                    std::this_thread::yield();
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QTRY_COMPARE(done.load(), posters * perPoster);
    QCOMPARE(outOfOrder.load(), 0);
    thread.stop();
}

void TestLibreThread::eventsComeBackAsQueuedCalls()
{
    LibreThread thread;
    QString error;
    QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));

    QObject receiver;
    QString received;
    QThread *deliveredOn = nullptr;
    QVERIFY(thread.post([&thread, &receiver, &received, &deliveredOn] {
        const QString value = QStringLiteral("call-%1").arg(thread.isCurrent() ? 1 : 0);
        QMetaObject::invokeMethod(
            &receiver,
            [value, &received, &deliveredOn] {
                received = value;
                deliveredOn = QThread::currentThread();
            },
            Qt::QueuedConnection);
    }));
    QTRY_COMPARE(received, QStringLiteral("call-1"));
    QCOMPARE(deliveredOn, QThread::currentThread());
    thread.stop();
}

void TestLibreThread::setupFailureIsReported()
{
    LibreThread thread;
    bool tornDown = false;
    LibreThread::Hooks hooks;
    hooks.setup = [](QString *error) {
        *error = QStringLiteral("port 5060 is taken");
        return false;
    };
    hooks.teardown = [&] { tornDown = true; };
    QString error;
    QVERIFY(!thread.start(testOptions(), hooks, &error));
    QCOMPARE(error, QStringLiteral("port 5060 is taken"));
    QVERIFY(tornDown);
    QVERIFY(!thread.isRunning());
    QVERIFY(!thread.post([] {}));

    // The same object starts cleanly afterwards.
    QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));
    thread.stop();
}

void TestLibreThread::aSetupThatRetriedAndSucceededStarts()
{
    LibreThread thread;
    LibreThread::Hooks hooks;
    hooks.setup = [](QString *error) {
        *error = QStringLiteral("port 5060 is taken"); // the first try's message
        return true;                                   // the second try worked
    };
    QString error;
    QVERIFY2(thread.start(testOptions(), hooks, &error), qPrintable(error));
    QVERIFY(thread.isRunning());
    thread.stop();
}

void TestLibreThread::shutdownRunsOnTheLibreThreadAndWaitsForTheLoop()
{
    LibreThread thread;
    std::unique_ptr<LoopTimer> timer;
    std::vector<QString> steps; // written on the libre thread, read after join
    bool allOnLibre = true;
    LibreThread::Hooks hooks;
    hooks.setup = [&](QString *) {
        timer = std::make_unique<LoopTimer>();
        steps.push_back(QStringLiteral("setup"));
        return true;
    };
    hooks.shutdown = [&] {
        allOnLibre = allOnLibre && thread.isCurrent();
        steps.push_back(QStringLiteral("shutdown"));
        // A graceful close that needs the loop a while longer (an unregister, a BYE...).
        timer->start(150, [&] {
            steps.push_back(QStringLiteral("closed"));
            thread.quitLoop();
        });
    };
    hooks.teardown = [&] {
        allOnLibre = allOnLibre && thread.isCurrent();
        steps.push_back(QStringLiteral("teardown"));
        timer.reset();
    };
    QString error;
    QVERIFY2(thread.start(testOptions(), hooks, &error), qPrintable(error));
    thread.stop();
    const std::vector<QString> expected{QStringLiteral("setup"), QStringLiteral("shutdown"),
                                        QStringLiteral("closed"), QStringLiteral("teardown")};
    QCOMPARE(steps, expected);
    QVERIFY(allOnLibre);
    QVERIFY(!timer);
}

void TestLibreThread::postAfterStopIsRefusedAndNothingLeaks()
{
    auto token = std::make_shared<int>(42);
    {
        LibreThread thread;
        QString error;
        QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));
        for (int i = 0; i < 100; ++i)
            QVERIFY(thread.post([token] { (void)*token; }));
        thread.stop();
        QCOMPARE(thread.pendingTasks(), std::size_t(0));
        QVERIFY(!thread.post([token] {}));
        thread.stop(); // idempotent
    }
    QCOMPARE(token.use_count(), 1L);
}

void TestLibreThread::affinityChecksCatchWrongThreadCalls()
{
    LibreThread thread;
    QString error;
    QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));

    std::atomic<int> violations{0};
    QString lastWhere;
    // Installed before any other thread calls check().
    thread.libreAffinity().setViolationHandler([&](const char *where) {
        ++violations;
        lastWhere = QString::fromLatin1(where);
    });
    thread.ownerAffinity().setViolationHandler([&](const char *where) {
        ++violations;
        lastWhere = QString::fromLatin1(where);
    });

    // Libre-only calls from the Qt thread are refused and reported.
    QVERIFY(!thread.libreAffinity().check("SipCall::answer"));
    QCOMPARE(violations.load(), 1);
    QCOMPARE(lastWhere, QStringLiteral("SipCall::answer"));
    thread.quitLoop(); // refused: the loop must keep running
    QCOMPARE(violations.load(), 2);
    QCOMPARE(lastWhere, QStringLiteral("LibreThread::quitLoop"));
    std::atomic<bool> stillRunning{false};
    QVERIFY(thread.post([&] { stillRunning = true; }));
    QTRY_VERIFY(stillRunning.load());

    // Owner-side checks from the libre thread are reported too; libre-side ones pass there.
    std::atomic<bool> libreCheck{false};
    std::atomic<bool> ownerCheck{true};
    std::atomic<bool> checked{false};
    QVERIFY(thread.post([&] {
        libreCheck = thread.libreAffinity().check("handler");
        ownerCheck = thread.ownerAffinity().check("Softphone::dial");
        checked = true;
    }));
    QTRY_VERIFY(checked.load());
    QVERIFY(libreCheck.load());
    QVERIFY(!ownerCheck.load());
    QCOMPARE(violations.load(), 3);
    QCOMPARE(lastWhere, QStringLiteral("Softphone::dial"));
    thread.stop();
}

void TestLibreThread::twoLoopsLiveSideBySide()
{
    LibreThread first;
    LibreThread second;
    QString error;
    QVERIFY2(first.start(testOptions(), {}, &error), qPrintable(error));
    QVERIFY2(second.start(testOptions(), {}, &error), qPrintable(error));

    // A timer started on each loop fires on that loop's thread.
    auto timerOn = [](LibreThread &thread, std::atomic<int> &fired,
                      std::unique_ptr<LoopTimer> &holder) {
        return thread.post([&thread, &fired, &holder] {
            holder = std::make_unique<LoopTimer>();
            holder->start(20, [&thread, &fired] {
                if (thread.isCurrent())
                    ++fired;
            });
        });
    };
    std::atomic<int> firedFirst{0};
    std::atomic<int> firedSecond{0};
    std::unique_ptr<LoopTimer> timerFirst;
    std::unique_ptr<LoopTimer> timerSecond;
    QVERIFY(timerOn(first, firedFirst, timerFirst));
    QVERIFY(timerOn(second, firedSecond, timerSecond));
    QTRY_COMPARE(firedFirst.load(), 1);
    QTRY_COMPARE(firedSecond.load(), 1);

    QVERIFY(first.post([&] { timerFirst.reset(); }));
    first.stop();
    std::atomic<bool> secondAlive{false};
    QVERIFY(second.post([&] {
        timerSecond.reset();
        secondAlive = true;
    }));
    QTRY_VERIFY(secondAlive.load());
    second.stop();
}

void TestLibreThread::descriptorLimitIsRaised()
{
    LibreThread thread;
    QString error;
    LibreThread::Options options = testOptions();
    options.maxFds = 4096;
    QVERIFY2(thread.start(options, {}, &error), qPrintable(error));

    // A descriptor numbered above the usual 1024 can be watched by libre's loop.
    int fds[2];
    QCOMPARE(pipe(fds), 0);
    const int high = 3000;
    if (dup2(fds[0], high) != high)
        QSKIP("the hard descriptor limit is below 3001 on this machine");
    std::atomic<int> listenResult{-1};
    std::atomic<bool> readable{false};
    QVERIFY(thread.post([&] {
        listenResult = fd_listen(
            high, FD_READ,
            [](int flags, void *arg) {
                if (flags & FD_READ)
                    static_cast<std::atomic<bool> *>(arg)->store(true);
            },
            &readable);
    }));
    QTRY_COMPARE(listenResult.load(), 0);
    QCOMPARE(write(fds[1], "x", 1), ssize_t(1));
    QTRY_VERIFY(readable.load());
    std::atomic<bool> closed{false};
    QVERIFY(thread.post([&] {
        fd_close(high);
        closed = true;
    }));
    QTRY_VERIFY(closed.load());
    thread.stop();
    close(high);
    close(fds[0]);
    close(fds[1]);
}

void TestLibreThread::aThrowingTaskDoesNotKillTheLoop()
{
    LibreThread thread;
    QString error;
    QVERIFY2(thread.start(testOptions(), {}, &error), qPrintable(error));
    QTest::ignoreMessage(QtCriticalMsg, "relais.softphone: a libre-thread task threw: boom");
    QVERIFY(thread.post([] { throw std::runtime_error("boom"); }));
    std::atomic<bool> after{false};
    QVERIFY(thread.post([&] { after = true; }));
    QTRY_VERIFY(after.load());
    thread.stop();
}

QTEST_GUILESS_MAIN(TestLibreThread)
#include "tst_librethread.moc"

// The ring between the audio hardware and the engine: silence when empty, drops when full.
#include "SampleRing.h"

#include <QElapsedTimer>
#include <QtTest>
#include <numeric>
#include <thread>

using relais::softphone::SampleRing;

class TestSampleRing : public QObject
{
    Q_OBJECT
private slots:
    void readWhenEmptyGivesSilenceAtOnce()
    {
        SampleRing ring(160);
        std::vector<std::int16_t> out(160, 1234);
        QCOMPARE(ring.read(out.data(), out.size()), std::size_t(0));
        QVERIFY(std::all_of(out.begin(), out.end(), [](auto s) { return s == 0; }));
        QCOMPARE(ring.silenceSamples(), std::uint64_t(160));
    }

    void partialReadPadsWithSilence()
    {
        SampleRing ring(100);
        std::vector<std::int16_t> in{1, 2, 3};
        ring.write(in.data(), in.size());
        std::vector<std::int16_t> out(5, 99);
        QCOMPARE(ring.read(out.data(), out.size()), std::size_t(3));
        QCOMPARE(out, (std::vector<std::int16_t>{1, 2, 3, 0, 0}));
        QCOMPARE(ring.available(), std::size_t(0));
    }

    void keepsOrderAcrossTheWrap()
    {
        SampleRing ring(7);
        std::int16_t next = 0, expect = 0;
        for (int round = 0; round < 20; ++round) {
            std::int16_t in[5];
            for (auto &s : in)
                s = next++;
            QCOMPARE(ring.write(in, 5), std::size_t(0));
            std::int16_t out[5];
            QCOMPARE(ring.read(out, 5), std::size_t(5));
            for (auto s : out)
                QCOMPARE(s, expect++);
        }
    }

    void overflowDropsTheOldestInsteadOfBlocking()
    {
        SampleRing ring(10);
        std::vector<std::int16_t> in(25);
        std::iota(in.begin(), in.end(), std::int16_t(0));
        ring.write(in.data(), 8);                               // 0..7
        QCOMPARE(ring.write(in.data() + 8, 6), std::size_t(4)); // 8..13: 0..3 dropped
        std::vector<std::int16_t> out(10);
        QCOMPARE(ring.read(out.data(), 10), std::size_t(10));
        QCOMPARE(out.front(), std::int16_t(4));
        QCOMPARE(out.back(), std::int16_t(13));
        // A single write larger than the ring keeps its newest samples.
        QCOMPARE(ring.write(in.data(), 25), std::size_t(15));
        QCOMPARE(ring.read(out.data(), 10), std::size_t(10));
        QCOMPARE(out.front(), std::int16_t(15));
        QCOMPARE(ring.droppedSamples(), std::uint64_t(19));
    }

    void producerFasterThanConsumerNeverStalls()
    {
        // A writer with nobody reading must not wait for room: it finishes its 1,000 writes
        // into a full ring and the ring still holds exactly its capacity.
        SampleRing ring(320);
        std::vector<std::int16_t> frame(160, 7);
        std::thread writer([&] {
            for (int i = 0; i < 1000; ++i)
                ring.write(frame.data(), frame.size());
        });
        writer.join();
        QCOMPARE(ring.available(), std::size_t(320));
        QCOMPARE(ring.droppedSamples(), std::uint64_t(1000 * 160 - 320));
    }

    void concurrentWriterAndReaderSeeAContinuousSequence()
    {
        SampleRing ring(4000);
        constexpr int kTotal = 200000;
        std::thread writer([&] {
            std::int16_t buf[80];
            int v = 0;
            while (v < kTotal) {
                while (ring.available() > 3000)
                    std::this_thread::yield();
                for (auto &s : buf)
                    s = std::int16_t(v++ & 0x7fff);
                ring.write(buf, 80);
            }
        });
        int expect = 0;
        std::int16_t buf[64];
        while (expect < kTotal) {
            const auto n = ring.read(buf, 64);
            for (std::size_t i = 0; i < n; ++i) {
                if (buf[i] != std::int16_t(expect & 0x7fff)) {
                    writer.join();
                    QFAIL(qPrintable(QStringLiteral("sample %1 out of order").arg(expect)));
                }
                ++expect;
            }
        }
        writer.join();
        QCOMPARE(ring.droppedSamples(), std::uint64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSampleRing)
#include "tst_sample_ring.moc"

// The media's jitter buffer on its own: order restored, late frames concealed, the depth
// bounded, and extra depth left by a burst given back once the jitter is gone.
#include "engine/media/JitterBuffer.h"

#include <QtTest>

using relais::softphone::media::JitterBuffer;

class TstJitterBuffer : public QObject
{
    Q_OBJECT

private slots:
    void reordersAndConceals();
    void dropsBeyondMaxDepth();
    void givesBackDepthAfterABurst();
    void keepsTheConfiguredMinimum();
    void survivesSequenceWrap();

private:
    static void put(JitterBuffer &jb, std::uint16_t seq)
    {
        const std::uint8_t byte = std::uint8_t(seq);
        jb.put(seq, &byte, 1);
    }
    // The sequence's low byte that get() returned, or -1 for a frame to conceal.
    static int get(JitterBuffer &jb)
    {
        std::vector<std::uint8_t> payload;
        return jb.get(payload) ? int(payload.at(0)) : -1;
    }
};

void TstJitterBuffer::reordersAndConceals()
{
    JitterBuffer jb;
    jb.configure(2, 4);
    put(jb, 11);
    QCOMPARE(get(jb), -1); // not started: one frame is under the start depth
    put(jb, 10);
    QCOMPARE(get(jb), 10);
    QCOMPARE(get(jb), 11);
    put(jb, 13);
    QCOMPARE(get(jb), -1); // 12 is missing: concealed
    QCOMPARE(get(jb), 13);
    put(jb, 12); // too late now: ignored
    QCOMPARE(jb.depthFrames(), 0);
}

void TstJitterBuffer::dropsBeyondMaxDepth()
{
    JitterBuffer jb;
    jb.configure(1, 3);
    for (std::uint16_t s = 0; s < 6; ++s)
        put(jb, s);
    QCOMPARE(jb.depthFrames(), 3);
    QCOMPARE(jb.dropped(), 3u);
    QCOMPARE(get(jb), 3);
}

void TstJitterBuffer::givesBackDepthAfterABurst()
{
    JitterBuffer jb;
    jb.configure(1, 4);
    std::uint16_t seq = 0;
    // A burst leaves three frames queued, then packets come one per tick again.
    for (int i = 0; i < 3; ++i)
        put(jb, seq++);
    int ticks = 0;
    while (ticks < 5 * JitterBuffer::kShrinkWindow) {
        put(jb, seq++);
        QVERIFY(get(jb) >= 0);
        ++ticks;
        if (jb.depthFrames() == 0)
            break;
    }
    QCOMPARE(jb.depthFrames(), 0);
    QCOMPARE(jb.shrunk(), 3u);
    QVERIFY(ticks <= 3 * JitterBuffer::kShrinkWindow + 1);
}

void TstJitterBuffer::keepsTheConfiguredMinimum()
{
    JitterBuffer jb;
    jb.configure(2, 4);
    std::uint16_t seq = 0;
    // Started at two frames, then one in and one out per tick: the start depth is kept.
    put(jb, seq++);
    put(jb, seq++);
    for (int i = 0; i < 4 * JitterBuffer::kShrinkWindow; ++i) {
        QVERIFY(get(jb) >= 0);
        put(jb, seq++);
    }
    QCOMPARE(jb.shrunk(), 0u);
    QCOMPARE(jb.depthFrames(), 2);
}

void TstJitterBuffer::survivesSequenceWrap()
{
    JitterBuffer jb;
    jb.configure(1, 3);
    put(jb, 65535);
    QCOMPARE(get(jb), 255);
    put(jb, 1);
    put(jb, 0);
    QCOMPARE(get(jb), 0);
    QCOMPARE(get(jb), 1);
}

QTEST_GUILESS_MAIN(TstJitterBuffer)
#include "tst_jitter_buffer.moc"

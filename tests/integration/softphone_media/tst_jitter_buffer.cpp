// The media's jitter buffer on its own: order restored, late frames concealed, the depth
// bounded, grown by late packets until the network's jitter fits, and extra depth (a burst's,
// or the jitter's once it is gone) given back.
#include "engine/media/JitterBuffer.h"

#include <QtTest>
#include <algorithm>
#include <functional>
#include <map>

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
    void absorbsSteadyJitterAfterAMoment();
    void growsOneFramePerLatePacket();
    void aCopyOfAPlayedFrameIsNotLate();
    void growsNoFurtherThanTheMaximum();
    void shrinksBackWhenTheJitterStops();

private:
    // The network and the media clock, one 20 ms tick at a time: packet n leaves at tick n and
    // arrives `delay(n)` ticks later; each tick the packets due arrive, then one frame is taken.
    struct Stream
    {
        Stream(JitterBuffer &buffer, std::function<int(int)> delayOf)
            : jb(buffer), delay(std::move(delayOf))
        {
        }
        JitterBuffer &jb;
        std::function<int(int)> delay;
        std::multimap<int, int> inFlight; // arrival tick -> sequence
        int tick = 0;
        bool heard = false;
        int concealed = 0; // ticks with nothing to play once the first frame was heard
        int maxDepth = 0;  // most frames held at once

        void run(int ticks)
        {
            for (const int end = tick + ticks; tick < end; ++tick) {
                inFlight.emplace(tick + delay(tick), tick);
                while (!inFlight.empty() && inFlight.begin()->first <= tick) {
                    put(jb, std::uint16_t(inFlight.begin()->second));
                    inFlight.erase(inFlight.begin());
                    maxDepth = std::max(maxDepth, jb.depthFrames());
                }
                const bool played = get(jb) >= 0;
                heard = heard || played;
                concealed += heard && !played ? 1 : 0;
            }
        }
    };
    // Every fifth packet 60 ms (three frames) late, the others on time.
    static int sixtyMsLateEveryFifth(int n) { return n % 5 == 2 ? 3 : 0; }

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

void TstJitterBuffer::absorbsSteadyJitterAfterAMoment()
{
    // 40 ms start depth, 120 ms at most; the network's jitter is 60 ms.
    JitterBuffer jb;
    jb.configure(2, 6);
    Stream stream{jb, sixtyMsLateEveryFifth};
    stream.run(JitterBuffer::kShrinkWindow); // the first second: the buffer adapts
    const int whileAdapting = stream.concealed;
    QVERIFY2(whileAdapting > 0, "40 ms cannot hold a packet 60 ms late");
    // Two late packets: each grew the depth by a frame (and cost one more concealed frame),
    // which makes the 80 ms a packet 60 ms late needs (it comes as the next but three is due).
    QCOMPARE(jb.late(), 2u);
    QCOMPARE(jb.targetFrames(), 4);
    QCOMPARE(whileAdapting, 4);
    stream.run(4 * JitterBuffer::kShrinkWindow);
    // Nothing is lost any more: every frame is played, none concealed, none late; and the
    // depth is kept while the jitter lasts.
    QCOMPARE(stream.concealed, whileAdapting);
    QCOMPARE(jb.late(), 2u);
    QCOMPARE(jb.targetFrames(), 4);
    QCOMPARE(jb.shrunk(), 0u);
    QCOMPARE(jb.dropped(), 0u);
}

void TstJitterBuffer::growsOneFramePerLatePacket()
{
    JitterBuffer jb;
    jb.configure(1, 3);
    QCOMPARE(jb.targetFrames(), 1);
    put(jb, 0);
    QCOMPARE(get(jb), 0);
    QCOMPARE(get(jb), -1); // 1 is not here: concealed
    put(jb, 1);            // too late to be played
    QCOMPARE(jb.late(), 1u);
    QCOMPARE(jb.targetFrames(), 2);
    QCOMPARE(jb.depthFrames(), 0);
    put(jb, 2);
    QCOMPARE(get(jb), -1); // one frame more of delay: 2 waits a tick
    // ...and is not handed out for forward error correction: it does not follow a gap.
    QVERIFY(jb.peek() == nullptr);
    put(jb, 3);
    QCOMPARE(jb.depthFrames(), 2); // two frames held as one is taken: the new depth
    QCOMPARE(get(jb), 2);
    put(jb, 4);
    QCOMPARE(get(jb), 3);
    // 5 is later than the new depth covers: one frame more again.
    QCOMPARE(get(jb), 4);
    put(jb, 6);
    QCOMPARE(get(jb), -1);
    QVERIFY(jb.peek() != nullptr && jb.peek()->at(0) == 6); // after a gap: for FEC
    put(jb, 5);
    QCOMPARE(jb.late(), 2u);
    QCOMPARE(jb.targetFrames(), 3);
    put(jb, 7);
    QCOMPARE(get(jb), -1);
    put(jb, 8);
    QCOMPARE(jb.depthFrames(), 3);
    QCOMPARE(get(jb), 6);
    // At the maximum a late packet is still counted but the depth stays.
    put(jb, 9);
    QCOMPARE(get(jb), 7);
    QCOMPARE(get(jb), 8);
    QCOMPARE(get(jb), 9);
    QCOMPARE(get(jb), -1);
    put(jb, 10);
    QCOMPARE(jb.late(), 3u);
    QCOMPARE(jb.targetFrames(), 3);
    put(jb, 11);
    QCOMPARE(get(jb), 11); // no frame added this time
}

void TstJitterBuffer::aCopyOfAPlayedFrameIsNotLate()
{
    JitterBuffer jb;
    jb.configure(1, 3);
    put(jb, 0);
    QCOMPARE(get(jb), 0);
    put(jb, 0); // the network delivered it twice
    put(jb, 1);
    QCOMPARE(get(jb), 1);
    QCOMPARE(jb.late(), 0u);
    QCOMPARE(jb.targetFrames(), 1);
}

void TstJitterBuffer::growsNoFurtherThanTheMaximum()
{
    // 100 ms late every tenth packet, more than the 80 ms maximum holds.
    JitterBuffer jb;
    jb.configure(2, 4);
    Stream stream{jb, [](int n) { return n % 10 == 5 ? 5 : 0; }};
    stream.run(5 * JitterBuffer::kShrinkWindow);
    QCOMPARE(jb.targetFrames(), 4);
    QVERIFY(stream.maxDepth <= 4);
    // Two late packets grew the depth to the maximum; the others are still late (and
    // concealed), one every 200 ms, but grow it no further. Concealed: a frame per late
    // packet, the two frames that grew the depth, and the last slot if its packet is still
    // on its way.
    QVERIFY2(jb.late() >= 20u, qPrintable(QString::number(jb.late())));
    const int grown = 2;
    QVERIFY2(
        stream.concealed >= int(jb.late()) + grown &&
            stream.concealed <= int(jb.late()) + grown + 1,
        qPrintable(QStringLiteral("%1 concealed, %2 late").arg(stream.concealed).arg(jb.late())));
    QCOMPARE(jb.dropped(), 0u);
}

void TstJitterBuffer::shrinksBackWhenTheJitterStops()
{
    JitterBuffer jb;
    jb.configure(2, 6);
    bool jitter = true;
    Stream stream{jb, [&jitter](int n) { return jitter ? sixtyMsLateEveryFifth(n) : 0; }};
    stream.run(2 * JitterBuffer::kShrinkWindow);
    QCOMPARE(jb.targetFrames(), 4);
    const int concealed = stream.concealed;
    jitter = false;
    // Slowly: a frame a second at most, once a whole second went by without need of it.
    int ticks = 0;
    while (jb.targetFrames() > 2 && ticks < 5 * JitterBuffer::kShrinkWindow) {
        stream.run(1);
        ++ticks;
    }
    QCOMPARE(jb.targetFrames(), 2);
    QCOMPARE(jb.shrunk(), 2u);
    QVERIFY2(ticks > JitterBuffer::kShrinkWindow && ticks <= 3 * JitterBuffer::kShrinkWindow,
             qPrintable(QString::number(ticks)));
    // Back at the start depth, nothing concealed on the way, and it stays there.
    stream.run(3 * JitterBuffer::kShrinkWindow);
    QCOMPARE(stream.concealed, concealed);
    QCOMPARE(jb.targetFrames(), 2);
    QCOMPARE(jb.shrunk(), 2u);
    QCOMPARE(jb.late(), 2u);
}

QTEST_GUILESS_MAIN(TstJitterBuffer)
#include "tst_jitter_buffer.moc"

#pragma once
// Orders received audio payloads by RTP sequence and hands out one frame per media tick.
// The depth adapts between `minFrames` and `maxFrames` as the network's jitter comes and goes:
// - playback starts once the target depth is buffered (`minFrames` at first);
// - a packet that comes after its slot was concealed is late: it is not played, and the target
//   grows by one frame (up to `maxFrames`) by concealing one more frame without taking one, so
//   a network with more jitter than the start depth stops losing audio after a moment;
// - a depth that only ever grew would keep the extra delay for the rest of the call: when a
//   frame or more beyond the start depth was left over after every get() for a whole second,
//   the oldest one is dropped and the target shrinks by one frame (never below `minFrames`);
// - beyond `maxFrames` buffered the oldest are dropped.
#include <cstdint>
#include <map>
#include <set>
#include <vector>

namespace relais::softphone::media {

class JitterBuffer
{
public:
    void configure(int minFrames, int maxFrames);
    void reset();
    void put(std::uint16_t sequence, const std::uint8_t *payload, std::size_t size);
    // The next frame's payload; false when it is missing (lost or late: conceal it).
    bool get(std::vector<std::uint8_t> &payload);
    // After get() returned false: the frame that follows the missing one, if it is here
    // already (for a codec's forward error correction); null otherwise.
    [[nodiscard]] const std::vector<std::uint8_t> *peek() const;
    [[nodiscard]] int depthFrames() const { return int(frames_.size()); }
    // The depth the buffer aims at: frames held when the next one is taken, jitter aside.
    [[nodiscard]] int targetFrames() const { return target_; }
    [[nodiscard]] std::uint64_t dropped() const { return dropped_; }
    // Frames dropped to bring the depth back down after the jitter went away.
    [[nodiscard]] std::uint64_t shrunk() const { return shrunk_; }
    // Packets that came after their slot was concealed (not played; each grew the target
    // while it was under the maximum). A copy of a frame already played is not counted.
    [[nodiscard]] std::uint64_t late() const { return late_; }
    static constexpr int kShrinkWindow = 50; // gets (1 s at 20 ms)
    static constexpr int kLateHorizon = 64;  // concealed slots remembered, in frames

private:
    // Sequence numbers unwrapped to 64 bits so the map orders them across a wrap.
    std::int64_t unwrap(std::uint16_t sequence);
    void concealSlot();
    void onLate();
    void shrinkWhenIdleDepth();

    std::map<std::int64_t, std::vector<std::uint8_t>> frames_;
    std::set<std::int64_t> concealed_; // slots concealed lately (a packet for one is late)
    int minFrames_ = 1;
    int maxFrames_ = 3;
    int target_ = 1;
    int growth_ = 0;        // frames still to conceal without taking one (the target grew)
    bool inserted_ = false; // the last get() was such a frame
    bool playing_ = false;
    bool haveNext_ = false;
    std::int64_t next_ = 0;
    bool haveLast_ = false;
    std::int64_t last_ = 0;
    int misses_ = 0;
    std::uint64_t dropped_ = 0;
    std::uint64_t shrunk_ = 0;
    std::uint64_t late_ = 0;
    int windowGets_ = 0;
    int windowMinSpare_ = 0; // fewest frames left after a get() in the current window
};

} // namespace relais::softphone::media

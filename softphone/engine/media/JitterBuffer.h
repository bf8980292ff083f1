#pragma once
// Orders received audio payloads by RTP sequence and hands out one frame per media tick.
// Playback starts once `minFrames` are buffered; beyond `maxFrames` the oldest are dropped,
// so the depth adapts between the two as the network's jitter comes and goes. A depth that
// only ever grows would keep a burst's extra delay for the rest of the call: when a frame or
// more was left over after every get() for a whole second, the oldest one is dropped.
#include <cstdint>
#include <map>
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
    [[nodiscard]] std::uint64_t dropped() const { return dropped_; }
    // Frames dropped to bring the depth back down after the jitter went away.
    [[nodiscard]] std::uint64_t shrunk() const { return shrunk_; }
    static constexpr int kShrinkWindow = 50; // gets (1 s at 20 ms)

private:
    // Sequence numbers unwrapped to 64 bits so the map orders them across a wrap.
    std::int64_t unwrap(std::uint16_t sequence);
    void shrinkWhenIdleDepth();

    std::map<std::int64_t, std::vector<std::uint8_t>> frames_;
    int minFrames_ = 1;
    int maxFrames_ = 3;
    bool playing_ = false;
    bool haveNext_ = false;
    std::int64_t next_ = 0;
    bool haveLast_ = false;
    std::int64_t last_ = 0;
    int misses_ = 0;
    std::uint64_t dropped_ = 0;
    std::uint64_t shrunk_ = 0;
    int windowGets_ = 0;
    int windowMinSpare_ = 0; // fewest frames left after a get() in the current window
};

} // namespace relais::softphone::media

#include "JitterBuffer.h"

#include <algorithm>

namespace relais::softphone::media {

void JitterBuffer::configure(int minFrames, int maxFrames)
{
    minFrames_ = std::max(1, minFrames);
    maxFrames_ = std::max(minFrames_ + 1, maxFrames);
}

void JitterBuffer::reset()
{
    frames_.clear();
    playing_ = false;
    haveNext_ = false;
    haveLast_ = false;
    misses_ = 0;
    windowGets_ = 0;
}

std::int64_t JitterBuffer::unwrap(std::uint16_t sequence)
{
    if (!haveLast_) {
        haveLast_ = true;
        last_ = sequence;
        return last_;
    }
    const auto delta = std::int16_t(std::uint16_t(sequence - std::uint16_t(last_)));
    const std::int64_t value = last_ + delta;
    if (value > last_)
        last_ = value;
    return value;
}

void JitterBuffer::put(std::uint16_t sequence, const std::uint8_t *payload, std::size_t size)
{
    const std::int64_t seq = unwrap(sequence);
    if (haveNext_ && seq < next_)
        return; // too late, already concealed
    frames_[seq].assign(payload, payload + size);
    while (int(frames_.size()) > maxFrames_) {
        frames_.erase(frames_.begin());
        ++dropped_;
        if (haveNext_)
            next_ = frames_.begin()->first;
    }
}

bool JitterBuffer::get(std::vector<std::uint8_t> &payload)
{
    if (!playing_) {
        if (int(frames_.size()) < minFrames_)
            return false;
        playing_ = true;
        next_ = frames_.begin()->first;
        haveNext_ = true;
    }
    auto it = frames_.find(next_);
    if (it == frames_.end()) {
        // A gap: skip ahead if later frames are waiting, else the stream paused (hold, DTX)
        // and playback restarts once the buffer refills.
        ++next_;
        if (frames_.empty() && ++misses_ > maxFrames_) {
            playing_ = false;
            haveNext_ = false;
            misses_ = 0;
        }
        while (!frames_.empty() && frames_.begin()->first < next_)
            frames_.erase(frames_.begin());
        return false;
    }
    misses_ = 0;
    payload.swap(it->second);
    frames_.erase(it);
    ++next_;
    shrinkWhenIdleDepth();
    return true;
}

void JitterBuffer::shrinkWhenIdleDepth()
{
    // Spare frames: those beyond the one the next get() needs, counted only when in sequence.
    int spare = 0;
    for (auto it = frames_.begin(); it != frames_.end() && it->first == next_ + spare; ++it)
        ++spare;
    windowMinSpare_ = windowGets_ == 0 ? spare : std::min(windowMinSpare_, spare);
    if (++windowGets_ < kShrinkWindow)
        return;
    if (windowMinSpare_ >= minFrames_ && !frames_.empty() && frames_.begin()->first == next_) {
        frames_.erase(frames_.begin());
        ++next_;
        ++shrunk_;
    }
    windowGets_ = 0;
}

const std::vector<std::uint8_t> *JitterBuffer::peek() const
{
    if (!playing_ || !haveNext_)
        return nullptr;
    const auto it = frames_.find(next_);
    return it == frames_.end() ? nullptr : &it->second;
}

} // namespace relais::softphone::media

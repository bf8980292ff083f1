#include "JitterBuffer.h"

#include <algorithm>

namespace relais::softphone::media {

void JitterBuffer::configure(int minFrames, int maxFrames)
{
    minFrames_ = std::max(1, minFrames);
    maxFrames_ = std::max(minFrames_ + 1, maxFrames);
    target_ = minFrames_;
}

void JitterBuffer::reset()
{
    frames_.clear();
    concealed_.clear();
    playing_ = false;
    haveNext_ = false;
    haveLast_ = false;
    misses_ = 0;
    windowGets_ = 0;
    target_ = minFrames_;
    growth_ = 0;
    inserted_ = false;
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
    if (haveNext_ && seq < next_) {
        if (concealed_.erase(seq) > 0)
            onLate();
        return; // too late (or a copy of a frame played already)
    }
    frames_[seq].assign(payload, payload + size);
    while (int(frames_.size()) > maxFrames_) {
        frames_.erase(frames_.begin());
        ++dropped_;
        if (haveNext_)
            next_ = frames_.begin()->first;
    }
}

void JitterBuffer::onLate()
{
    ++late_;
    if (target_ >= maxFrames_)
        return;
    ++target_;
    ++growth_;
}

void JitterBuffer::concealSlot()
{
    concealed_.insert(next_);
    ++next_;
    while (!concealed_.empty() && *concealed_.begin() < next_ - kLateHorizon)
        concealed_.erase(concealed_.begin());
}

bool JitterBuffer::get(std::vector<std::uint8_t> &payload)
{
    inserted_ = false;
    if (!playing_) {
        // The target depth, learnt from the jitter so far, is rebuilt after a pause too.
        if (int(frames_.size()) < target_)
            return false;
        playing_ = true;
        next_ = frames_.begin()->first;
        haveNext_ = true;
    }
    if (growth_ > 0) {
        // One more frame of delay: a frame is concealed and the next one waits a tick.
        --growth_;
        inserted_ = true;
        return false;
    }
    auto it = frames_.find(next_);
    if (it == frames_.end()) {
        // A gap: skip ahead if later frames are waiting, else the stream paused (hold, DTX)
        // and playback restarts once the buffer refills.
        concealSlot();
        if (frames_.empty() && ++misses_ > maxFrames_) {
            playing_ = false;
            haveNext_ = false;
            misses_ = 0;
            growth_ = 0;
            concealed_.clear();
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
        target_ = std::max(minFrames_, target_ - 1);
    }
    windowGets_ = 0;
}

const std::vector<std::uint8_t> *JitterBuffer::peek() const
{
    // After a frame of added delay the next one follows a frame played already.
    if (!playing_ || !haveNext_ || inserted_)
        return nullptr;
    const auto it = frames_.find(next_);
    return it == frames_.end() ? nullptr : &it->second;
}

} // namespace relais::softphone::media

#include "voice/CallRecorder.h"

#include "engine/media/G711Codec.h"

#include <algorithm>

namespace relais::voice {

namespace {
constexpr int kRate = 8000;
constexpr std::size_t kMaxLag = kRate / 10; // 100 ms
} // namespace

bool CallRecorder::open(const QString &path, QString *error)
{
    return writer_.open(path, kRate, 1, error);
}

void CallRecorder::close()
{
    // What is still pending from one side alone is written before the end.
    for (auto &p : pending_) {
        if (writer_.isOpen() && !paused_ && !p.empty())
            writer_.write(p.data(), p.size());
        p.clear();
    }
    writer_.close();
}

void CallRecorder::setPaused(bool paused)
{
    paused_ = paused;
    for (auto &p : pending_)
        p.clear();
}

void CallRecorder::addPcm(Side side, const std::int16_t *samples, std::size_t count)
{
    if (!writer_.isOpen() || paused_)
        return;
    auto &p = pending_[int(side)];
    p.insert(p.end(), samples, samples + count);
    mix();
}

void CallRecorder::addG711(Side side, bool alaw, const std::uint8_t *payload, std::size_t size)
{
    if (!writer_.isOpen() || paused_)
        return;
    softphone::media::G711Codec(alaw).decode(payload, size, decoded_);
    addPcm(side, decoded_.data(), decoded_.size());
}

void CallRecorder::mix()
{
    auto &a = pending_[0];
    auto &b = pending_[1];
    const std::size_t both = std::min(a.size(), b.size());
    if (both > 0) {
        out_.resize(both);
        for (std::size_t i = 0; i < both; ++i)
            out_[i] = std::int16_t(std::clamp(int(a[i]) + int(b[i]), -32768, 32767));
        writer_.write(out_.data(), both);
        a.erase(a.begin(), a.begin() + std::ptrdiff_t(both));
        b.erase(b.begin(), b.begin() + std::ptrdiff_t(both));
    }
    // One side alone (the other sends nothing): do not hold it back for ever.
    for (auto *p : {&a, &b}) {
        if (p->size() > kMaxLag) {
            const std::size_t n = p->size() - kMaxLag / 2;
            writer_.write(p->data(), n);
            p->erase(p->begin(), p->begin() + std::ptrdiff_t(n));
        }
    }
}

} // namespace relais::voice

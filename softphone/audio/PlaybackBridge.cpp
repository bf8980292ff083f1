#include "PlaybackBridge.h"

#include "SampleRing.h"

#include <algorithm>
#include <cstring>

namespace relais::softphone {

PlaybackBridge::PlaybackBridge(const QAudioFormat &hardware, int engineRate, SampleRing *ring,
                               QObject *parent, int primeMs, int maxMs)
    : QIODevice(parent), m_ring(ring), m_prime(std::size_t(engineRate) * primeMs / 1000),
      m_max(std::size_t(engineRate) * maxMs / 1000)
{
    m_converter.setFormats(hardware, engineRate);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 PlaybackBridge::bytesAvailable() const
{
    // Always something to play: silence fills the gaps.
    return QIODevice::bytesAvailable() + m_converter.hardwareFormat().bytesForDuration(20000);
}

qint64 PlaybackBridge::readData(char *data, qint64 maxlen)
{
    const int bpf = m_converter.hardwareFormat().bytesPerFrame();
    if (bpf <= 0)
        return 0;
    maxlen -= maxlen % bpf;
    while (m_pending.size() < maxlen) {
        const qint64 frames = (maxlen - m_pending.size() + bpf - 1) / bpf;
        const std::size_t want = std::max<std::size_t>(
            m_converter.engineSamplesFor(frames), std::size_t(m_converter.engineRate() / 1000));
        m_chunk.resize(want);
        const std::size_t queued = m_ring->available();
        if (queued > m_max)
            m_ring->discard(queued - m_prime);
        if (m_priming && queued >= m_prime)
            m_priming = false;
        if (m_priming) {
            std::fill(m_chunk.begin(), m_chunk.end(), std::int16_t(0));
        } else if (m_ring->read(m_chunk.data(), want) < want) {
            m_priming = true; // ran dry: the tail of this chunk is silence
            ++m_underruns;
        }
        m_converter.fromEngine(m_chunk.data(), want, m_pending);
    }
    std::memcpy(data, m_pending.constData(), size_t(maxlen));
    m_pending.remove(0, qsizetype(maxlen));
    return maxlen;
}

} // namespace relais::softphone

#include "SampleRing.h"

#include <algorithm>
#include <cstring>

namespace relais::softphone {

SampleRing::SampleRing(std::size_t capacity) : m_buffer(std::max<std::size_t>(capacity, 1)) {}

void SampleRing::reset(std::size_t capacity)
{
    std::lock_guard lock(m_mutex);
    m_buffer.assign(std::max<std::size_t>(capacity, 1), 0);
    m_head = 0;
    m_size = 0;
    m_dropped = 0;
    m_silence = 0;
}

void SampleRing::clear()
{
    std::lock_guard lock(m_mutex);
    m_head = 0;
    m_size = 0;
}

std::size_t SampleRing::write(const std::int16_t *in, std::size_t count)
{
    std::lock_guard lock(m_mutex);
    const std::size_t cap = m_buffer.size();
    std::size_t dropped = 0;
    if (count > cap) {
        // Only the newest `cap` samples can survive.
        dropped += count - cap;
        in += count - cap;
        count = cap;
    }
    if (m_size + count > cap)
        dropped += discardLocked(m_size + count - cap);
    std::size_t tail = (m_head + m_size) % cap;
    std::size_t first = std::min(count, cap - tail);
    std::memcpy(m_buffer.data() + tail, in, first * sizeof(std::int16_t));
    std::memcpy(m_buffer.data(), in + first, (count - first) * sizeof(std::int16_t));
    m_size += count;
    if (dropped)
        m_dropped += dropped;
    return dropped;
}

std::size_t SampleRing::read(std::int16_t *out, std::size_t count)
{
    std::lock_guard lock(m_mutex);
    const std::size_t cap = m_buffer.size();
    const std::size_t n = std::min(count, m_size);
    std::size_t first = std::min(n, cap - m_head);
    std::memcpy(out, m_buffer.data() + m_head, first * sizeof(std::int16_t));
    std::memcpy(out + first, m_buffer.data(), (n - first) * sizeof(std::int16_t));
    m_head = (m_head + n) % cap;
    m_size -= n;
    if (n < count) {
        std::fill(out + n, out + count, std::int16_t(0));
        m_silence += count - n;
    }
    return n;
}

std::size_t SampleRing::discard(std::size_t count)
{
    std::lock_guard lock(m_mutex);
    return discardLocked(count);
}

std::size_t SampleRing::discardLocked(std::size_t count)
{
    const std::size_t n = std::min(count, m_size);
    m_head = (m_head + n) % m_buffer.size();
    m_size -= n;
    return n;
}

std::size_t SampleRing::available() const
{
    std::lock_guard lock(m_mutex);
    return m_size;
}

std::size_t SampleRing::capacity() const
{
    std::lock_guard lock(m_mutex);
    return m_buffer.size();
}

} // namespace relais::softphone

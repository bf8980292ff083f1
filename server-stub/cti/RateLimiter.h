#pragma once

#include <QElapsedTimer>
#include <algorithm>

namespace relais::cti {

// A token bucket: `ratePerSecond` requests a second on average, bursts up to `burst`.
class RateLimiter
{
public:
    RateLimiter(int ratePerSecond, int burst)
        : m_rate(std::max(1, ratePerSecond)), m_burst(std::max(1, burst)), m_tokens(m_burst)
    {
        m_clock.start();
    }

    bool allow()
    {
        const qint64 elapsed = m_clock.restart();
        m_tokens = std::min<double>(m_burst, m_tokens + elapsed * m_rate / 1000.0);
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    int m_rate;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace relais::cti

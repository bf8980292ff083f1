#include "LatencyRecorder.h"

#include <algorithm>
#include <cmath>

double LatencyRecorder::percentileMs(double p)
{
    if (m_samples.isEmpty())
        return 0;
    if (!m_sorted) {
        std::sort(m_samples.begin(), m_samples.end());
        m_sorted = true;
    }
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_samples.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, m_samples.size() - 1);
    return double(m_samples.at(index)) / 1e6;
}

#pragma once

#include <QList>
#include <QtGlobal>

// Collects latency samples and answers percentiles (nearest rank).
class LatencyRecorder
{
public:
    void add(qint64 ns)
    {
        m_samples.append(ns);
        m_sorted = false;
    }
    qsizetype count() const { return m_samples.size(); }
    // p in [0, 100]; milliseconds; 0 with no samples.
    double percentileMs(double p);

private:
    QList<qint64> m_samples;
    bool m_sorted = true;
};

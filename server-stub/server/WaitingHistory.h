#pragma once

#include <QJsonObject>
#include <QStringList>
#include <deque>
#include <vector>

namespace relais::server {

// The waiting count of every queue, sampled at a fixed interval over a fixed window (the
// wallboard's "waiting over the last hour"). Kept in memory only: a restart starts it again.
class WaitingHistory
{
public:
    WaitingHistory(QStringList queues, qint64 intervalMs, int capacity);

    // One sample: the waiting count of each queue, in the order given to the constructor.
    void add(qint64 at, std::vector<int> waiting);
    qint64 intervalMs() const { return m_intervalMs; }
    // {intervalMs, at: [...], queues: [{name, waiting: [...]}]}, oldest first; `only` filters
    // the queues (empty: all).
    QJsonObject toJson(const QStringList &only = {}) const;

private:
    struct Sample
    {
        qint64 at = 0;
        std::vector<int> waiting;
    };
    QStringList m_queues;
    qint64 m_intervalMs;
    size_t m_capacity;
    std::deque<Sample> m_samples;
};

} // namespace relais::server

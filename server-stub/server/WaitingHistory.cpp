#include "server/WaitingHistory.h"

#include <QJsonArray>

namespace relais::server {

WaitingHistory::WaitingHistory(QStringList queues, qint64 intervalMs, int capacity)
    : m_queues(std::move(queues)), m_intervalMs(intervalMs), m_capacity(size_t(capacity))
{
}

void WaitingHistory::add(qint64 at, std::vector<int> waiting)
{
    waiting.resize(size_t(m_queues.size()));
    m_samples.push_back(Sample{at, std::move(waiting)});
    while (m_samples.size() > m_capacity)
        m_samples.pop_front();
}

QJsonObject WaitingHistory::toJson(const QStringList &only) const
{
    QJsonArray times;
    for (const Sample &s : m_samples)
        times.append(s.at);
    QJsonArray queues;
    for (int q = 0; q < m_queues.size(); ++q) {
        if (!only.isEmpty() && !only.contains(m_queues[q]))
            continue;
        QJsonArray waiting;
        for (const Sample &s : m_samples)
            waiting.append(s.waiting[size_t(q)]);
        queues.append(QJsonObject{{"name", m_queues[q]}, {"waiting", waiting}});
    }
    return QJsonObject{{"intervalMs", m_intervalMs}, {"at", times}, {"queues", queues}};
}

} // namespace relais::server

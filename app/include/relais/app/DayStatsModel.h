#pragma once

#include <QList>
#include <QObject>

class QJsonObject;

namespace relais::app {

class CtiClient;

// The supervisor's day charts, all watched queues added up: service level and contacts per
// 15-minute interval since midnight (stats.intervals), waiting callers over the last hour
// (stats.waiting_history). load() asks the server; the apply functions read its replies.
class DayStatsModel : public QObject
{
    Q_OBJECT

public:
    explicit DayStatsModel(CtiClient *cti, QObject *parent = nullptr);

    void load();
    void applyIntervals(const QJsonObject &body);
    void applyWaitingHistory(const QJsonObject &body);

    qint64 dayStart() const { return m_dayStart; } // epoch ms of local midnight
    qint64 intervalMs() const { return m_intervalMs; }
    // 96 values; serviceLevel is -1 where nothing was answered or abandoned.
    const QList<double> &serviceLevel() const { return m_serviceLevel; }
    const QList<int> &offered() const { return m_offered; }
    const QList<qint64> &waitingAt() const { return m_waitingAt; }
    const QList<int> &waiting() const { return m_waiting; }

signals:
    void intervalsChanged();
    void waitingChanged();

private:
    CtiClient *m_cti;
    qint64 m_dayStart = 0;
    qint64 m_intervalMs = 900'000;
    QList<double> m_serviceLevel;
    QList<int> m_offered;
    QList<qint64> m_waitingAt;
    QList<int> m_waiting;
};

} // namespace relais::app

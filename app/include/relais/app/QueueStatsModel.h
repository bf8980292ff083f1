#pragma once

#include <relais/protocol/Types.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace relais::app {

// When a queue's figures turn amber and red. The server sends each queue's (queue.list's
// `thresholds`, from its configuration); these defaults are for a server that does not.
struct QueueThresholds
{
    int waitingAmber = 5;
    int waitingRed = 10;
    qint64 longestWaitAmberMs = 60'000;
    qint64 longestWaitRedMs = 120'000;
    double serviceLevelAmber = 80.0; // below: amber
    double serviceLevelRed = 60.0;   // below: red
    double abandonRateAmber = 5.0;   // percent of offered, above: amber
    double abandonRateRed = 10.0;
    qint64 ahtAmberMs = 0; // 0: the average handle time is never coloured
    qint64 ahtRedMs = 0;
    bool operator==(const QueueThresholds &) const = default;
    // A queue.list entry's `thresholds` ({waiting: [amber, red], longestWaitMs, serviceLevel,
    // abandonRate, ahtMs?}); what is missing or malformed keeps the default.
    static QueueThresholds fromJson(const QJsonObject &o);
};

// The supervisor's queue table from stats.queues: one row per queue, one column per figure.
// Updated in place: a snapshot emits dataChanged only for the cells that changed, and inserts
// or removes only the queues that appeared or went.
class QueueStatsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 updatedAt READ updatedAt NOTIFY statsApplied)

public:
    enum Column {
        Name,
        Waiting,
        LongestWait,
        Offered,
        Answered,
        Abandoned,
        ServiceLevel,
        Aht,
        Ready,
        Busy,
        NotReady,
        WrapUp,
        Reserved,
        ColumnCount
    };
    Q_ENUM(Column)
    enum class Level { Normal, Amber, Red };
    Q_ENUM(Level)
    enum Role {
        ValueRole = Qt::UserRole + 1, // the raw number (ms, percent, count)
        LevelRole,                    // int(Level) of this cell
        QueueLevelRole,               // the worst level of the row
        QueueNameRole,
    };
    Q_ENUM(Role)

    explicit QueueStatsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A stats.queues body's "queues" array (the whole set being watched).
    void applyStats(const QJsonArray &queues, qint64 at = 0);
    void clear();

    void setDefaultThresholds(const QueueThresholds &t);
    void setThresholds(const QString &queue, const QueueThresholds &t);
    QueueThresholds thresholds(const QString &queue) const;

    int count() const { return int(m_rows.size()); }
    qint64 updatedAt() const { return m_updatedAt; }
    const QList<protocol::QueueStats> &stats() const { return m_rows; }
    int rowOf(const QString &queue) const { return m_index.value(queue, -1); }
    Level level(int row, int column) const;

signals:
    void countChanged();
    void statsApplied();

private:
    static QVariant value(const protocol::QueueStats &s, int column);
    QString text(const protocol::QueueStats &s, int column) const;

    QList<protocol::QueueStats> m_rows;
    QHash<QString, int> m_index;
    QueueThresholds m_default;
    QHash<QString, QueueThresholds> m_thresholds;
    qint64 m_updatedAt = 0;
};

} // namespace relais::app

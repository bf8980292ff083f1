#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>
#include <QTimer>

namespace relais::app {

class AgentGridModel;
class QueueStatsModel;

// The supervisor's KPI tiles, computed from the queue table (all watched queues together):
// waiting, longest wait, offered, answered, abandoned, abandon rate, service level (weighted),
// average handle time (weighted), agents by state. Agents are counted once each, from the agent
// grid when it is given (an agent serving three queues is one agent, not three): those who
// serve at least one watched queue. The supervisor picks which tiles are shown
// and in which order (setIndicators); a snapshot changes only the tiles whose value changed.
class KpiModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QStringList indicators READ indicators WRITE setIndicators NOTIFY indicatorsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        ValueRole, // raw number
        TextRole,  // formatted
        LevelRole, // 0 normal, 1 amber, 2 red
    };
    Q_ENUM(Role)

    explicit KpiModel(QueueStatsModel *queues, QObject *parent = nullptr);
    // The agent tiles then count distinct agents from the grid instead of adding up the
    // queues' per-state counts.
    void setAgents(AgentGridModel *agents);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Every indicator id, in the default order.
    static QStringList availableIndicators();
    static QString label(const QString &id);
    QStringList indicators() const { return m_ids; }
    // Which tiles, in which order (unknown ids are dropped). A reset: the layout changes.
    void setIndicators(const QStringList &ids);
    double value(const QString &id) const { return m_values.value(id); }
    int level(const QString &id) const { return m_levels.value(id); }
    void recompute();

signals:
    void indicatorsChanged();

private:
    QString text(const QString &id) const;

    QueueStatsModel *m_queues;
    AgentGridModel *m_agents = nullptr;
    QTimer m_agentsChanged; // a count after the agent grid's batch, not one per row
    QStringList m_ids;
    QHash<QString, double> m_values;
    QHash<QString, int> m_levels;
};

} // namespace relais::app

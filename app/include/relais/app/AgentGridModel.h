#pragma once

#include <relais/protocol/Enums.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace relais::app {

// The supervisor's agent grid from agent.state events: name, state, reason, time in state,
// current interaction, handled today, team. One event touches one row (a hash lookup and one
// dataChanged); the time-in-state column is refreshed once a second with a single dataChanged
// over the column. Filtering and sorting: AgentFilterProxyModel.
class AgentGridModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QStringList teams READ teams NOTIFY facetsChanged)
    Q_PROPERTY(QStringList skills READ skills NOTIFY facetsChanged)
    Q_PROPERTY(QStringList queues READ queues NOTIFY facetsChanged)

public:
    enum Column {
        Name,
        State,
        Reason,
        TimeInState,
        CurrentInteraction,
        HandledToday,
        Team,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole,     // wire name
        StateNameRole, // tr()
        ReasonRole,    // id
        ReasonLabelRole,
        SinceRole, // epoch ms (server clock)
        TimeInStateMsRole,
        TeamRole,
        QueuesRole, // QStringList
        SkillsRole, // QStringList
        CurrentInteractionRole,
        HandledTodayRole, // -1: unknown
        AhtTodayMsRole,   // average handle time today (0: none)
        WorkCountRole,    // interactions in hand
        SortRole,         // a raw, comparable value for the cell's column
    };
    Q_ENUM(Role)

    struct Agent
    {
        QString id;
        QString name;
        protocol::AgentState state = protocol::AgentState::LoggedOut;
        QString reason;
        qint64 since = 0;
        QString team;
        QStringList queues;
        QStringList skills;
        QString currentInteraction;
        int handledToday = -1;
        qint64 ahtTodayMs = 0;
        int workCount = 0;
        // The lists as they came: most events repeat them, and comparing is cheaper than
        // rebuilding and sorting 100 queue names an event.
        QJsonArray skillsSeen;
        QJsonArray queuesSeen;
    };

    explicit AgentGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One agent.state body. Unknown agents are appended.
    void applyAgentState(const QJsonObject &body);
    // Many at once (agent.list, the subscription's snapshot): new agents in one insertion.
    void applyAgentStates(const QJsonArray &bodies);
    void clear();

    // Which skills each queue requires (queue.list): an agent's queues are derived from its
    // skills when the server does not name them.
    void setQueueSkills(const QHash<QString, QStringList> &requiredSkills);

    int count() const { return int(m_agents.size()); }
    const Agent *agent(const QString &id) const;
    const Agent &agentAt(int row) const { return m_agents.at(row); }
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    QStringList teams() const;
    QStringList skills() const;
    QStringList queues() const;

    // The clock (epoch ms, the server's when known) times in state are computed against.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    void refreshTimes();

signals:
    void countChanged();
    void facetsChanged();

private:
    // Fills `a` from the body; returns the columns that changed as a range.
    bool update(Agent &a, const QJsonObject &body, int *first, int *last);
    QStringList derivedQueues(const QStringList &skills) const;
    QVariant cell(const Agent &a, int column) const;
    QVariant sortValue(const Agent &a, int column) const;
    void noteFacets(const Agent &a);

    QList<Agent> m_agents;
    QHash<QString, int> m_rows;
    QHash<QString, QStringList> m_queueSkills;
    QSet<QString> m_teams, m_skills, m_queues;
    QTimer m_timer;
    std::function<qint64()> m_now;
};

} // namespace relais::app

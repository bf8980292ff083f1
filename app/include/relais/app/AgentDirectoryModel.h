#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <QTimer>

namespace relais::app {

class CtiClient;

// The colleagues an interaction may be transferred to (agent.directory): name, id and state,
// and whether a transfer to them would be offered now (`reachable`: signed in, and for a call
// a phone registered). Unreachable rows are neither enabled nor selectable. Filled from the
// server's reply; refresh() asks again, and while the picker is open setLive() keeps asking, so a
// colleague who becomes ready (or leaves) shows so without reopening it.
class AgentDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Column { NameColumn, IdColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole, // the wire name: ready, busy, not_ready, logged_out…
        TeamRole,
        ReachableRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString agentId;
        QString name;
        QString state;
        QString team;
        bool reachable = false;
    };

    explicit AgentDirectoryModel(CtiClient *cti, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Asks the server for the directory, for an interaction of `channel` ("voice" makes a
    // colleague without a registered phone unreachable); empty: any channel. The rows are
    // replaced when the reply comes (an older reply is dropped).
    Q_INVOKABLE void refresh(const QString &channel = {});
    // Refreshes now, then every `intervalMs` until setLive(false) (or a refresh for another
    // channel). The rows of a refresh that lists the same colleagues in the same order are
    // updated in place (dataChanged), so a view keeps its selection and scroll position.
    void setLive(bool live, const QString &channel = {}, int intervalMs = 3000);
    bool isLive() const { return m_live.isActive(); }
    // The `agents` array of an agent.directory reply (entries without an agentId are skipped).
    void setAgents(const QJsonArray &agents);

    bool isLoading() const { return m_pending > 0; }
    // Why the last refresh failed, empty when it did not.
    QString error() const { return m_error; }
    const Entry *entry(int row) const;
    // The row of an agent, -1 when not listed.
    int rowOf(const QString &agentId) const;

signals:
    void loadingChanged();
    // A refresh ended (the rows are the new ones, or error() says why not).
    void loaded();

private:
    CtiClient *m_cti;
    QList<Entry> m_entries;
    QString m_error;
    qint64 m_generation = 0;
    int m_pending = 0;
    QTimer m_live;
    QString m_liveChannel;
};

} // namespace relais::app

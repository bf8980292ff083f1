#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QTimer>
#include <functional>

namespace relais::app {

class CtiClient;
class QueueStatsModel;

// The interactions waiting in the watched queues (queue.waiting), for the supervisor to move one
// to another queue or agent: queue, channel, customer (or where it came from), time waited,
// priority, state (queued, or offered to an agent). While active (the supervisor looks at it)
// it asks the server again when the queue figures change, at most once every kMinRefreshMs
// (longer when many queues are asked: 25 requests a second at most), and only for the queues
// that have someone waiting; the waited times tick every second in
// between. Rows are kept by interaction id (a refresh does not reset the view or its selection).
class WaitingInteractionModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    enum Column { Queue, Channel, From, Waited, Priority, State, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        InteractionIdRole = Qt::UserRole + 1,
        QueueRole,
        ChannelRole, // wire name
        WaitedMsRole,
        PriorityRole,
        StateRole,     // "queued" | "offered"
        OfferedToRole, // agent id, when offered
        KeptForRole,   // agent id it waits for, if any
        SortRole,
    };
    Q_ENUM(Role)

    struct Item
    {
        QString id;
        QString queue;
        QString channel;
        QString from;
        QString customerName;
        qint64 waitedMs = 0;
        qint64 fetchedAt = 0; // local clock (ms) of the reply the figures came in
        int priority = 0;
        QString state;
        QString offeredTo;
        QString keptFor;
    };

    WaitingInteractionModel(CtiClient *cti, QueueStatsModel *queues, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool isActive() const { return m_active; }
    // Active: refreshed now and as the queues change; inactive: no request is sent.
    void setActive(bool active);
    // Asks the server now for every queue with someone waiting (and forgets the others).
    Q_INVOKABLE void refresh();
    // One queue.waiting reply body (also used by tests).
    void applyQueue(const QString &queue, const QJsonArray &interactions);
    void clear();

    int count() const { return int(m_items.size()); }
    const Item &itemAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &interactionId) const;
    // The clock waited times advance with (tests).
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    // Who an agent id is ("Offered to Awa Dossou"); without it the id is shown.
    void setAgentNames(std::function<QString(const QString &)> nameOf)
    {
        m_nameOf = std::move(nameOf);
    }

    static constexpr int kMinRefreshMs = 2000;

signals:
    void countChanged();
    void activeChanged();
    void refreshed();

private:
    void scheduleRefresh();
    qint64 waitedNow(const Item &i) const;
    void removeRow(int row);

    CtiClient *m_cti;
    QueueStatsModel *m_queues;
    QList<Item> m_items;
    QHash<QString, int> m_pending; // queue → requests in flight
    bool m_active = false;
    qint64 m_lastRefresh = 0;
    int m_spacingMs = kMinRefreshMs;
    QTimer m_refreshLater;
    QTimer m_tick;
    std::function<qint64()> m_now;
    std::function<QString(const QString &)> m_nameOf;
};

} // namespace relais::app

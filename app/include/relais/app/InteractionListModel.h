#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>
#include <functional>

namespace relais::app {

// Every open interaction in the agent's hands (the multichannel inbox): channel, customer, last
// message, waiting time, unread count, state. Updated row by row; waiting times are refreshed
// once a second with one dataChanged over the rows (only the time roles).
class InteractionListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChannelRole,     // wire name: chat, voice…
        ChannelNameRole, // tr()
        ChannelIconRole, // "channel-chat"
        CustomerRole,    // the customer's name, else the address it came from
        CustomerIdRole,
        FromRole,
        QueueRole,
        SubjectRole,
        PriorityRole,
        StateRole,     // offered | active | wrap_up
        StateNameRole, // tr()
        LastMessageRole,
        LastMessageFromRole, // customer | agent | system
        LastMessageAtRole,   // epoch ms
        WaitingMsRole,       // how long the customer has been waiting for an answer (0: not)
        AgeMsRole,           // since the interaction arrived
        UnreadRole,
        SipCallIdRole,
    };
    Q_ENUM(Role)

    struct Item
    {
        QString id;
        QString channel;
        QString queue;
        QString from;
        QString subject;
        int priority = 0;
        QString customerId;
        QString customerName;
        QString state;
        QString sipCallId;
        qint64 arrivedAt = 0; // epoch ms (local clock)
        QString lastMessage;
        QString lastMessageFrom;
        qint64 lastMessageAt = 0;
        qint64 awaitingSince = 0; // first unanswered customer message, epoch ms; 0 = none
        int unread = 0;
    };

    explicit InteractionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Inserts a new row or updates an existing one (keeps its messages' unread count).
    void upsert(const Item &item);
    void setState(const QString &id, const QString &state);
    // A message on the interaction; `unread` when the agent is not looking at it.
    void addMessage(const QString &id, const QString &from, const QString &text, qint64 at,
                    bool unread);
    void markRead(const QString &id);
    void remove(const QString &id);
    void clear();

    const Item *item(const QString &id) const;
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }
    QString idAt(int row) const;
    QStringList ids() const;
    int totalUnread() const;

    // For tests: the wall clock (epoch ms) the waiting times are computed against.
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    // Refreshes the waiting times (the 1 s timer calls it).
    void refreshTimes();

signals:
    void countChanged();
    void totalUnreadChanged();

private:
    void changed(int row, const QList<int> &roles);
    void reindexFrom(int row);

    QList<Item> m_items;
    QHash<QString, int> m_rows;
    QTimer m_timer;
    std::function<qint64()> m_now;
};

} // namespace relais::app

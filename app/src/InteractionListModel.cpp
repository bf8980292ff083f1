#include "relais/app/InteractionListModel.h"

#include "relais/app/DisplayNames.h"

#include <QDateTime>

namespace relais::app {

InteractionListModel::InteractionListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &InteractionListModel::refreshTimes);
}

int InteractionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant InteractionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &it = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerRole:
        return it.customerName.isEmpty() ? it.from : it.customerName;
    case Qt::ToolTipRole:
        return tr("%1 — %2 (file %3)")
            .arg(DisplayNames::channel(it.channel),
                 it.customerName.isEmpty() ? it.from : it.customerName, it.queue);
    case IdRole:
        return it.id;
    case ChannelRole:
        return it.channel;
    case ChannelNameRole:
        return DisplayNames::channel(it.channel);
    case ChannelIconRole:
        return DisplayNames::channelIcon(it.channel);
    case CustomerIdRole:
        return it.customerId;
    case FromRole:
        return it.from;
    case QueueRole:
        return it.queue;
    case SubjectRole:
        return it.subject;
    case PriorityRole:
        return it.priority;
    case StateRole:
        return it.state;
    case StateNameRole:
        return DisplayNames::interactionState(it.state);
    case LastMessageRole:
        return it.lastMessage;
    case LastMessageFromRole:
        return it.lastMessageFrom;
    case LastMessageAtRole:
        return it.lastMessageAt;
    case WaitingMsRole:
        return it.awaitingSince ? std::max<qint64>(0, m_now() - it.awaitingSince) : qint64(0);
    case AgeMsRole:
        return std::max<qint64>(0, m_now() - it.arrivedAt);
    case UnreadRole:
        return it.unread;
    case SipCallIdRole:
        return it.sipCallId;
    default:
        return {};
    }
}

QHash<int, QByteArray> InteractionListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "interactionId"},
            {ChannelRole, "channel"},
            {ChannelNameRole, "channelName"},
            {ChannelIconRole, "channelIcon"},
            {CustomerRole, "customer"},
            {CustomerIdRole, "customerId"},
            {FromRole, "from"},
            {QueueRole, "queue"},
            {SubjectRole, "subject"},
            {PriorityRole, "priority"},
            {StateRole, "state"},
            {StateNameRole, "stateName"},
            {LastMessageRole, "lastMessage"},
            {LastMessageFromRole, "lastMessageFrom"},
            {LastMessageAtRole, "lastMessageAt"},
            {WaitingMsRole, "waitingMs"},
            {AgeMsRole, "ageMs"},
            {UnreadRole, "unread"},
            {SipCallIdRole, "sipCallId"}};
}

void InteractionListModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
}

void InteractionListModel::upsert(const Item &item)
{
    const int row = rowOf(item.id);
    if (row < 0) {
        const int at = int(m_items.size());
        beginInsertRows({}, at, at);
        m_items.append(item);
        m_rows.insert(item.id, at);
        endInsertRows();
        if (!m_timer.isActive())
            m_timer.start();
        emit countChanged();
        if (item.unread)
            emit totalUnreadChanged();
        return;
    }
    Item &existing = m_items[row];
    const int unread = existing.unread;
    const QString lastMessage = existing.lastMessage, lastFrom = existing.lastMessageFrom;
    const qint64 lastAt = existing.lastMessageAt, awaiting = existing.awaitingSince;
    existing = item;
    // What the messages told us stays unless the update brings newer news.
    existing.unread = unread;
    if (item.lastMessageAt < lastAt || item.lastMessage.isEmpty()) {
        existing.lastMessage = lastMessage;
        existing.lastMessageFrom = lastFrom;
        existing.lastMessageAt = lastAt;
        existing.awaitingSince = awaiting;
    }
    emit dataChanged(index(row), index(row));
}

void InteractionListModel::setState(const QString &id, const QString &state)
{
    const int row = rowOf(id);
    if (row < 0 || m_items[row].state == state)
        return;
    m_items[row].state = state;
    changed(row, {StateRole, StateNameRole});
}

void InteractionListModel::addMessage(const QString &id, const QString &from, const QString &text,
                                      qint64 at, bool unread)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Item &it = m_items[row];
    it.lastMessage = text;
    it.lastMessageFrom = from;
    it.lastMessageAt = at;
    QList<int> roles{LastMessageRole, LastMessageFromRole, LastMessageAtRole, WaitingMsRole};
    if (from == QLatin1String("customer")) {
        if (!it.awaitingSince)
            it.awaitingSince = at ? at : m_now();
    } else if (from == QLatin1String("agent")) {
        it.awaitingSince = 0;
    }
    if (unread && from == QLatin1String("customer")) {
        ++it.unread;
        roles << UnreadRole;
    }
    changed(row, roles);
    if (roles.contains(UnreadRole))
        emit totalUnreadChanged();
}

void InteractionListModel::markRead(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || m_items[row].unread == 0)
        return;
    m_items[row].unread = 0;
    changed(row, {UnreadRole});
    emit totalUnreadChanged();
}

void InteractionListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const bool hadUnread = m_items[row].unread > 0;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    m_rows.remove(id);
    reindexFrom(row);
    endRemoveRows();
    if (m_items.isEmpty())
        m_timer.stop();
    emit countChanged();
    if (hadUnread)
        emit totalUnreadChanged();
}

void InteractionListModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    m_rows.clear();
    endResetModel();
    m_timer.stop();
    emit countChanged();
    emit totalUnreadChanged();
}

void InteractionListModel::reindexFrom(int row)
{
    for (int r = row; r < m_items.size(); ++r)
        m_rows[m_items[r].id] = r;
}

const InteractionListModel::Item *InteractionListModel::item(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items[row];
}

QString InteractionListModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items[row].id : QString();
}

QStringList InteractionListModel::ids() const
{
    QStringList out;
    for (const Item &it : m_items)
        out << it.id;
    return out;
}

int InteractionListModel::totalUnread() const
{
    int n = 0;
    for (const Item &it : m_items)
        n += it.unread;
    return n;
}

void InteractionListModel::refreshTimes()
{
    if (m_items.isEmpty())
        return;
    emit dataChanged(index(0), index(int(m_items.size()) - 1), {WaitingMsRole, AgeMsRole});
}

} // namespace relais::app

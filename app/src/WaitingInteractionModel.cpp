#include "relais/app/WaitingInteractionModel.h"

#include "relais/app/CtiClient.h"
#include "relais/app/DisplayNames.h"
#include "relais/app/QueueStatsModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace relais::app {

WaitingInteractionModel::WaitingInteractionModel(CtiClient *cti, QueueStatsModel *queues,
                                                 QObject *parent)
    : QAbstractTableModel(parent), m_cti(cti), m_queues(queues),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_refreshLater.setSingleShot(true);
    connect(&m_refreshLater, &QTimer::timeout, this, &WaitingInteractionModel::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_items.isEmpty())
            emit dataChanged(index(0, Waited), index(int(m_items.size()) - 1, Waited));
    });
    connect(m_queues, &QueueStatsModel::statsApplied, this, [this] {
        if (m_active)
            scheduleRefresh();
    });
}

int WaitingInteractionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WaitingInteractionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 WaitingInteractionModel::waitedNow(const Item &i) const
{
    return i.waitedMs + std::max<qint64>(0, m_now() - i.fetchedAt);
}

QVariant WaitingInteractionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &i = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Queue:
            return i.queue;
        case Channel:
            return DisplayNames::channel(i.channel);
        case From:
            if (i.customerName.isEmpty())
                return i.from;
            return i.from.isEmpty() || i.from == i.customerName
                       ? i.customerName
                       : QStringLiteral("%1 (%2)").arg(i.customerName, i.from);
        case Waited:
            return DisplayNames::duration(waitedNow(i));
        case Priority:
            return QLocale().toString(i.priority);
        case State:
            if (i.state == QLatin1String("offered"))
                return tr("Offered to %1").arg(m_nameOf ? m_nameOf(i.offeredTo) : i.offeredTo);
            if (!i.keptFor.isEmpty())
                return tr("Kept for %1").arg(m_nameOf ? m_nameOf(i.keptFor) : i.keptFor);
            return tr("Waiting");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Waited || index.column() == Priority
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    case InteractionIdRole:
        return i.id;
    case QueueRole:
        return i.queue;
    case ChannelRole:
        return i.channel;
    case WaitedMsRole:
        return waitedNow(i);
    case PriorityRole:
        return i.priority;
    case StateRole:
        return i.state;
    case OfferedToRole:
        return i.offeredTo;
    case KeptForRole:
        return i.keptFor;
    case SortRole:
        if (index.column() == Waited)
            return waitedNow(i);
        if (index.column() == Priority)
            return i.priority;
        return data(index, Qt::DisplayRole).toString().toLower();
    default:
        return {};
    }
}

QVariant WaitingInteractionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Queue:
        return tr("Queue");
    case Channel:
        return tr("Channel");
    case From:
        return tr("Customer");
    case Waited:
        return tr("Waited");
    case Priority:
        return tr("Priority");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void WaitingInteractionModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_tick.start();
        refresh();
    } else {
        m_tick.stop();
        m_refreshLater.stop();
    }
    emit activeChanged();
}

void WaitingInteractionModel::scheduleRefresh()
{
    if (m_refreshLater.isActive())
        return;
    const qint64 since = m_now() - m_lastRefresh;
    m_refreshLater.start(int(std::clamp<qint64>(m_spacingMs - since, 0, m_spacingMs)));
}

void WaitingInteractionModel::refresh()
{
    m_refreshLater.stop();
    m_lastRefresh = m_now();
    int asked = 0;
    for (const protocol::QueueStats &s : m_queues->stats()) {
        if (s.waiting <= 0 && s.agents.reserved <= 0) {
            applyQueue(s.name, {}); // nobody waits there: nothing to ask
            continue;
        }
        if (m_pending.value(s.name) > 0)
            continue; // the answer on its way will do
        m_pending[s.name]++;
        ++asked;
        const QString queue = s.name;
        m_cti->request(QStringLiteral("queue.waiting"), {{"queue", queue}}, this,
                       [this, queue](const CtiResult &r) {
                           m_pending[queue]--;
                           if (r.ok)
                               applyQueue(queue,
                                          r.body.value(QStringLiteral("interactions")).toArray());
                           else if (r.error.isServer(protocol::ErrorCode::NotFound))
                               applyQueue(queue, {});
                           emit refreshed();
                       });
    }
    // Many queues with people waiting: the next round waits longer, so that the requests stay
    // well under the server's rate limit (25 a second at most).
    m_spacingMs = std::max(kMinRefreshMs, asked * 40);
    // Queues no longer watched.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (m_queues->rowOf(m_items[row].queue) < 0)
            removeRow(row);
    }
}

void WaitingInteractionModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

int WaitingInteractionModel::rowOf(const QString &interactionId) const
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].id == interactionId)
            return r;
    }
    return -1;
}

void WaitingInteractionModel::applyQueue(const QString &queue, const QJsonArray &interactions)
{
    const int before = count();
    const qint64 now = m_now();
    QList<Item> fresh;
    QSet<QString> ids;
    for (const QJsonValue &v : interactions) {
        const QJsonObject o = v.toObject();
        Item i;
        i.id = o.value(QStringLiteral("id")).toString();
        if (i.id.isEmpty())
            continue;
        i.queue = queue;
        i.channel = o.value(QStringLiteral("channel")).toString();
        i.from = o.value(QStringLiteral("from")).toString();
        i.customerName =
            o.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();
        i.waitedMs = qint64(o.value(QStringLiteral("waitedMs")).toDouble());
        i.fetchedAt = now;
        i.priority = o.value(QStringLiteral("priority")).toInt();
        i.state = o.value(QStringLiteral("state")).toString();
        i.offeredTo = o.value(QStringLiteral("offeredTo")).toString();
        i.keptFor = o.value(QStringLiteral("keptFor")).toString();
        ids.insert(i.id);
        fresh << i;
    }
    // Gone from this queue (answered, abandoned, moved): out. An interaction moved here from
    // another queue leaves its old row too.
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        const Item &i = m_items[row];
        if ((i.queue == queue && !ids.contains(i.id)) || (i.queue != queue && ids.contains(i.id)))
            removeRow(row);
    }
    QList<Item> added;
    for (const Item &i : std::as_const(fresh)) {
        const int row = rowOf(i.id);
        if (row < 0) {
            added << i;
            continue;
        }
        m_items[row] = i;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int from = count();
        beginInsertRows({}, from, from + int(added.size()) - 1);
        m_items.append(added);
        endInsertRows();
    }
    if (count() != before)
        emit countChanged();
}

void WaitingInteractionModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
    emit countChanged();
}

} // namespace relais::app

#include "relais/app/QueueStatsModel.h"

#include "relais/app/DisplayNames.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace relais::app {

using protocol::QueueStats;

QueueThresholds QueueThresholds::fromJson(const QJsonObject &o)
{
    QueueThresholds t;
    // [amber, red] of two numbers, else nothing.
    auto pair = [&o](const char *key, auto *amber, auto *red) {
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
            return;
        using T = std::remove_pointer_t<decltype(amber)>;
        *amber = T(a[0].toDouble());
        *red = T(a[1].toDouble());
    };
    pair("waiting", &t.waitingAmber, &t.waitingRed);
    pair("longestWaitMs", &t.longestWaitAmberMs, &t.longestWaitRedMs);
    pair("serviceLevel", &t.serviceLevelAmber, &t.serviceLevelRed);
    pair("abandonRate", &t.abandonRateAmber, &t.abandonRateRed);
    pair("ahtMs", &t.ahtAmberMs, &t.ahtRedMs);
    return t;
}

QueueStatsModel::QueueStatsModel(QObject *parent) : QAbstractTableModel(parent) {}

int QueueStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueStatsModel::value(const QueueStats &s, int column)
{
    switch (column) {
    case Name:
        return s.name;
    case Waiting:
        return s.waiting;
    case LongestWait:
        return s.longestWaitMs;
    case Offered:
        return s.offered;
    case Answered:
        return s.answered;
    case Abandoned:
        return s.abandoned;
    case ServiceLevel:
        return s.serviceLevel;
    case Aht:
        return s.ahtMs;
    case Ready:
        return s.agents.ready;
    case Busy:
        return s.agents.busy;
    case NotReady:
        return s.agents.notReady;
    case WrapUp:
        return s.agents.wrapUp;
    case Reserved:
        return s.agents.reserved;
    default:
        return {};
    }
}

QString QueueStatsModel::text(const QueueStats &s, int column) const
{
    switch (column) {
    case Name:
        return s.name;
    case LongestWait:
    case Aht:
        return DisplayNames::duration(value(s, column).toLongLong());
    case ServiceLevel:
        return QStringLiteral("%1 %").arg(QLocale().toString(s.serviceLevel, 'f', 0));
    default:
        return QLocale().toString(value(s, column).toInt());
    }
}

QueueStatsModel::Level QueueStatsModel::level(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return Level::Normal;
    const QueueStats &s = m_rows[row];
    const QueueThresholds t = thresholds(s.name);
    switch (column) {
    case Waiting:
        return s.waiting >= t.waitingRed     ? Level::Red
               : s.waiting >= t.waitingAmber ? Level::Amber
                                             : Level::Normal;
    case LongestWait:
        return s.longestWaitMs >= t.longestWaitRedMs     ? Level::Red
               : s.longestWaitMs >= t.longestWaitAmberMs ? Level::Amber
                                                         : Level::Normal;
    case ServiceLevel:
        return s.serviceLevel < t.serviceLevelRed     ? Level::Red
               : s.serviceLevel < t.serviceLevelAmber ? Level::Amber
                                                      : Level::Normal;
    case Aht:
        if (t.ahtRedMs <= 0 || s.ahtMs <= 0)
            return Level::Normal;
        return s.ahtMs >= t.ahtRedMs     ? Level::Red
               : s.ahtMs >= t.ahtAmberMs ? Level::Amber
                                         : Level::Normal;
    case Abandoned: {
        if (s.offered <= 0)
            return Level::Normal;
        const double rate = 100.0 * s.abandoned / s.offered;
        return rate >= t.abandonRateRed     ? Level::Red
               : rate >= t.abandonRateAmber ? Level::Amber
                                            : Level::Normal;
    }
    default:
        return Level::Normal;
    }
}

QVariant QueueStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const QueueStats &s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value(s, index.column());
    case LevelRole:
        return int(level(index.row(), index.column()));
    case QueueLevelRole: {
        int worst = 0;
        for (int c : {Waiting, LongestWait, ServiceLevel, Abandoned, Aht})
            worst = std::max(worst, int(level(index.row(), c)));
        return worst;
    }
    case QueueNameRole:
        return s.name;
    default:
        return {};
    }
}

QVariant QueueStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("File");
    case Waiting:
        return tr("En attente");
    case LongestWait:
        return tr("Attente max.");
    case Offered:
        return tr("Présentés");
    case Answered:
        return tr("Traités");
    case Abandoned:
        return tr("Abandons");
    case ServiceLevel:
        return tr("Niveau de service");
    case Aht:
        return tr("DMT");
    case Ready:
        return tr("Prêts");
    case Busy:
        return tr("Occupés");
    case NotReady:
        return tr("En pause");
    case WrapUp:
        return tr("Post-traitement");
    case Reserved:
        return tr("Offre en cours");
    default:
        return {};
    }
}

QHash<int, QByteArray> QueueStatsModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {ValueRole, "value"},
            {LevelRole, "level"},
            {QueueLevelRole, "queueLevel"},
            {QueueNameRole, "queue"}};
}

void QueueStatsModel::applyStats(const QJsonArray &queues, qint64 at)
{
    QSet<QString> seen;
    QList<QueueStats> added;
    for (const QJsonValue &v : queues) {
        std::optional<QueueStats> s = QueueStats::fromJson(v.toObject());
        if (!s)
            continue;
        seen.insert(s->name);
        const int row = rowOf(s->name);
        if (row < 0) {
            added << *s;
            continue;
        }
        QueueStats &old = m_rows[row];
        if (old == *s)
            continue;
        int first = ColumnCount, last = -1;
        for (int c = Waiting; c < ColumnCount; ++c) {
            if (value(old, c) != value(*s, c)) {
                first = std::min(first, c);
                last = std::max(last, c);
            }
        }
        const int worstBefore = data(index(row, Name), QueueLevelRole).toInt();
        old = *s;
        // The row's level is read on the name cell too.
        if (last >= 0 && data(index(row, Name), QueueLevelRole).toInt() != worstBefore)
            first = Name;
        if (last >= 0)
            emit dataChanged(index(row, first), index(row, last));
    }
    // Queues no longer watched.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (seen.contains(m_rows[row].name))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (m_index.size() != m_rows.size() || !added.isEmpty()) {
        if (!added.isEmpty()) {
            const int from = int(m_rows.size());
            beginInsertRows({}, from, from + int(added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
        m_index.clear();
        for (int r = 0; r < m_rows.size(); ++r)
            m_index.insert(m_rows[r].name, r);
        emit countChanged();
    }
    m_updatedAt = at;
    emit statsApplied();
}

void QueueStatsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
    emit countChanged();
}

void QueueStatsModel::setDefaultThresholds(const QueueThresholds &t)
{
    m_default = t;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {LevelRole, QueueLevelRole});
}

void QueueStatsModel::setThresholds(const QString &queue, const QueueThresholds &t)
{
    m_thresholds.insert(queue, t);
    const int row = rowOf(queue);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {LevelRole, QueueLevelRole});
}

QueueThresholds QueueStatsModel::thresholds(const QString &queue) const
{
    return m_thresholds.value(queue, m_default);
}

} // namespace relais::app

#include "relais/app/AgentDirectoryModel.h"

#include "relais/app/CtiClient.h"
#include "relais/app/DisplayNames.h"

#include <relais/protocol/Protocol.h>

#include <QJsonObject>

#include <algorithm>

namespace relais::app {

using namespace relais::protocol;

AgentDirectoryModel::AgentDirectoryModel(CtiClient *cti, QObject *parent)
    : QAbstractTableModel(parent), m_cti(cti), m_live(this)
{
    connect(&m_live, &QTimer::timeout, this, [this] {
        // One question at a time: a slow server is not asked again before it answered.
        if (m_pending == 0)
            refresh(m_liveChannel);
    });
}

void AgentDirectoryModel::setLive(bool live, const QString &channel, int intervalMs)
{
    if (!live) {
        m_live.stop();
        return;
    }
    m_liveChannel = channel;
    m_live.start(intervalMs);
    refresh(channel);
}

int AgentDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AgentDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AgentDirectoryModel::Entry *AgentDirectoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AgentDirectoryModel::rowOf(const QString &agentId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).agentId == agentId)
            return i;
    }
    return -1;
}

QVariant AgentDirectoryModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e->name;
        case IdColumn:
            return e->agentId;
        case StateColumn:
            return DisplayNames::agentState(e->state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (e->reachable)
            return {};
        return e->state == QLatin1String("logged_out")
                   ? tr("%1 n'est pas connecté·e : le transfert ne peut pas lui être proposé")
                         .arg(e->name)
                   : tr("%1 ne peut pas recevoir ce transfert maintenant (aucun téléphone "
                        "enregistré)")
                         .arg(e->name);
    case AgentIdRole:
        return e->agentId;
    case NameRole:
        return e->name;
    case StateRole:
        return e->state;
    case TeamRole:
        return e->team;
    case ReachableRole:
        return e->reachable;
    default:
        return {};
    }
}

QVariant AgentDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Nom");
    case IdColumn:
        return tr("Identifiant");
    case StateColumn:
        return tr("État");
    default:
        return {};
    }
}

Qt::ItemFlags AgentDirectoryModel::flags(const QModelIndex &index) const
{
    const Entry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return Qt::NoItemFlags;
    if (!e->reachable)
        return Qt::ItemNeverHasChildren; // greyed, cannot be chosen
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AgentDirectoryModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {AgentIdRole, "agentId"}, {NameRole, "name"},
            {StateRole, "state"},         {TeamRole, "team"},       {ReachableRole, "reachable"}};
}

void AgentDirectoryModel::setAgents(const QJsonArray &agents)
{
    QList<Entry> entries;
    for (const QJsonValue &v : agents) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.agentId = o.value(QStringLiteral("agentId")).toString();
        if (e.agentId.isEmpty())
            continue;
        e.name = o.value(QStringLiteral("name")).toString(e.agentId);
        if (e.name.isEmpty())
            e.name = e.agentId;
        e.state = o.value(QStringLiteral("state")).toString();
        e.team = o.value(QStringLiteral("team")).toString();
        e.reachable = o.value(QStringLiteral("reachable")).toBool();
        entries << e;
    }
    // Those who can take the transfer first: the agent should not scroll past the signed-out.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.reachable && !b.reachable; });
    const bool sameRows =
        entries.size() == m_entries.size() &&
        std::equal(entries.begin(), entries.end(), m_entries.begin(),
                   [](const Entry &a, const Entry &b) { return a.agentId == b.agentId; });
    if (sameRows) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AgentDirectoryModel::refresh(const QString &channel)
{
    if (m_live.isActive() && channel != m_liveChannel)
        m_live.stop();
    const qint64 generation = ++m_generation;
    QJsonObject fields;
    if (!channel.isEmpty())
        fields.insert(QStringLiteral("channel"), channel);
    if (++m_pending == 1)
        emit loadingChanged();
    m_cti->request(QLatin1String(msg::AgentDirectory), fields, this,
                   [this, generation](const CtiResult &r) {
                       if (--m_pending == 0)
                           emit loadingChanged();
                       if (generation != m_generation)
                           return; // a newer refresh is on its way
                       if (r.ok) {
                           m_error.clear();
                           setAgents(r.body.value(QStringLiteral("agents")).toArray());
                       } else {
                           m_error = tr("Annuaire indisponible : %1").arg(r.error.message);
                           if (m_live.isActive()) {
                               emit loaded(); // the last rows stay until it answers again
                               return;
                           }
                           beginResetModel();
                           m_entries.clear();
                           endResetModel();
                       }
                       emit loaded();
                   });
}

} // namespace relais::app

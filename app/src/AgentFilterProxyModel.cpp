#include "relais/app/AgentFilterProxyModel.h"

#include "relais/app/AgentGridModel.h"

namespace relais::app {

AgentFilterProxyModel::AgentFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AgentGridModel::SortRole);
    setDynamicSortFilter(true);
}

void AgentFilterProxyModel::set(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    invalidateFilter();
    emit filterChanged();
}

void AgentFilterProxyModel::setTeam(const QString &team)
{
    set(m_team, team);
}

void AgentFilterProxyModel::setQueue(const QString &queue)
{
    set(m_queue, queue);
}

void AgentFilterProxyModel::setSkill(const QString &skill)
{
    set(m_skill, skill);
}

void AgentFilterProxyModel::setState(const QString &wireState)
{
    set(m_state, wireState);
}

void AgentFilterProxyModel::setText(const QString &text)
{
    set(m_text, text.trimmed());
}

bool AgentFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_team.isEmpty() && i.data(AgentGridModel::TeamRole).toString() != m_team)
        return false;
    if (!m_state.isEmpty() && i.data(AgentGridModel::StateRole).toString() != m_state)
        return false;
    if (!m_queue.isEmpty() && !i.data(AgentGridModel::QueuesRole).toStringList().contains(m_queue))
        return false;
    if (!m_skill.isEmpty() && !i.data(AgentGridModel::SkillsRole).toStringList().contains(m_skill))
        return false;
    if (!m_text.isEmpty() &&
        !i.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive) &&
        !i.data(AgentGridModel::AgentIdRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AgentFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        const int c = QString::localeAwareCompare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else if (l != r) {
        return l.toLongLong() < r.toLongLong();
    }
    // Ties in a stable order: by name.
    const QModelIndex ln = left.sibling(left.row(), AgentGridModel::Name);
    const QModelIndex rn = right.sibling(right.row(), AgentGridModel::Name);
    return QString::localeAwareCompare(ln.data().toString(), rn.data().toString()) < 0;
}

} // namespace relais::app

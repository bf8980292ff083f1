#include "relais/app/AgentGridModel.h"

#include "relais/app/DisplayNames.h"

#include <QDateTime>
#include <QMap>

namespace relais::app {

using protocol::AgentState;

namespace {
QStringList skillNames(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << (s.isObject() ? s.toObject().value(QStringLiteral("name")).toString()
                             : s.toString());
    out.removeAll(QString());
    out.sort();
    return out;
}

QString interactionText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return {};
    const QString channel = DisplayNames::channel(o.value(QStringLiteral("channel")).toString());
    const QString queue = o.value(QStringLiteral("queue")).toString();
    return queue.isEmpty() ? channel : QStringLiteral("%1 · %2").arg(channel, queue);
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList out(set.begin(), set.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}
} // namespace

AgentGridModel::AgentGridModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AgentGridModel::refreshTimes);
}

int AgentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

int AgentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentGridModel::cell(const Agent &a, int column) const
{
    switch (column) {
    case Name:
        return a.name.isEmpty() ? a.id : a.name;
    case State:
        return DisplayNames::agentState(a.state);
    case Reason:
        return a.state == AgentState::NotReady ? DisplayNames::reason(a.reason) : QString();
    case TimeInState:
        return a.since > 0 ? DisplayNames::duration(m_now() - a.since) : QString();
    case CurrentInteraction:
        return a.currentInteraction;
    case HandledToday:
        return a.handledToday >= 0 ? QString::number(a.handledToday) : QStringLiteral("—");
    case Team:
        return a.team;
    default:
        return {};
    }
}

QVariant AgentGridModel::sortValue(const Agent &a, int column) const
{
    switch (column) {
    case State:
        return int(a.state);
    case TimeInState:
        return a.since > 0 ? m_now() - a.since : qint64(-1);
    case HandledToday:
        return a.handledToday;
    default:
        return cell(a, column).toString().toLower();
    }
}

QVariant AgentGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agents.size())
        return {};
    const Agent &a = m_agents[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cell(a, index.column());
    case SortRole:
        return sortValue(a, index.column());
    case AgentIdRole:
        return a.id;
    case NameRole:
        return a.name;
    case StateRole:
        return protocol::toString(a.state);
    case StateNameRole:
        return DisplayNames::agentState(a.state);
    case ReasonRole:
        return a.reason;
    case ReasonLabelRole:
        return DisplayNames::reason(a.reason);
    case SinceRole:
        return a.since;
    case TimeInStateMsRole:
        return a.since > 0 ? m_now() - a.since : qint64(0);
    case TeamRole:
        return a.team;
    case QueuesRole:
        return a.queues;
    case SkillsRole:
        return a.skills;
    case CurrentInteractionRole:
        return a.currentInteraction;
    case HandledTodayRole:
        return a.handledToday;
    case AhtTodayMsRole:
        return a.ahtTodayMs;
    case WorkCountRole:
        return a.workCount;
    default:
        return {};
    }
}

QVariant AgentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Conseiller");
    case State:
        return tr("État");
    case Reason:
        return tr("Motif");
    case TimeInState:
        return tr("Depuis");
    case CurrentInteraction:
        return tr("Interaction en cours");
    case HandledToday:
        return tr("Traités aujourd'hui");
    case Team:
        return tr("Équipe");
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentGridModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {AgentIdRole, "agentId"},
            {NameRole, "name"},
            {StateRole, "state"},
            {StateNameRole, "stateName"},
            {ReasonRole, "reason"},
            {ReasonLabelRole, "reasonLabel"},
            {SinceRole, "since"},
            {TimeInStateMsRole, "timeInStateMs"},
            {TeamRole, "team"},
            {QueuesRole, "queues"},
            {SkillsRole, "skills"},
            {CurrentInteractionRole, "currentInteraction"},
            {HandledTodayRole, "handledToday"},
            {AhtTodayMsRole, "ahtTodayMs"},
            {WorkCountRole, "workCount"}};
}

QStringList AgentGridModel::derivedQueues(const QStringList &skills) const
{
    QStringList out;
    for (auto it = m_queueSkills.constBegin(); it != m_queueSkills.constEnd(); ++it) {
        bool all = true;
        for (const QString &s : it.value())
            all = all && skills.contains(s);
        if (all)
            out << it.key();
    }
    out.sort();
    return out;
}

bool AgentGridModel::update(Agent &a, const QJsonObject &body, int *first, int *last)
{
    *first = ColumnCount;
    *last = -1;
    auto touch = [&](int column) {
        *first = std::min(*first, column);
        *last = std::max(*last, column);
    };
    const QString name = body.value(QStringLiteral("name")).toString();
    if (!name.isEmpty() && name != a.name) {
        a.name = name;
        touch(Name);
    }
    const std::optional<AgentState> state =
        protocol::agentStateFromString(body.value(QStringLiteral("state")).toString());
    if (state && *state != a.state) {
        a.state = *state;
        touch(State);
        touch(Reason);
    }
    const QString reason = body.value(QStringLiteral("reason")).toString();
    if (reason != a.reason) {
        a.reason = reason;
        touch(Reason);
    }
    const qint64 since = qint64(body.value(QStringLiteral("since")).toDouble());
    if (since != a.since) {
        a.since = since;
        touch(TimeInState);
    }
    // What the contract's agent.state does not carry (yet) is taken when present.
    bool facets = false;
    if (body.contains(QStringLiteral("team"))) {
        const QString team = body.value(QStringLiteral("team")).toString();
        if (team != a.team) {
            a.team = team;
            touch(Team);
            facets = true;
        }
    }
    const QJsonValue skillsValue = body.value(QStringLiteral("skills"));
    if (!skillsValue.isUndefined() && skillsValue.toArray() != a.skillsSeen) {
        a.skillsSeen = skillsValue.toArray();
        const QStringList skills = skillNames(skillsValue);
        if (skills != a.skills) {
            a.skills = skills;
            facets = true;
            if (!body.contains(QStringLiteral("queues")))
                a.queues = derivedQueues(skills);
        }
    }
    const QJsonValue queuesValue = body.value(QStringLiteral("queues"));
    if (!queuesValue.isUndefined() && queuesValue.toArray() != a.queuesSeen) {
        a.queuesSeen = queuesValue.toArray();
        QStringList queues;
        for (const QJsonValue &q : a.queuesSeen)
            queues << q.toString();
        queues.sort();
        if (queues != a.queues) {
            a.queues = queues;
            facets = true;
        }
    }
    if (body.contains(QStringLiteral("interactions"))) {
        // Work in hand: the active one first, then what is offered or in wrap-up.
        const QJsonArray work = body.value(QStringLiteral("interactions")).toArray();
        QJsonValue shown(QJsonValue::Undefined);
        for (const char *state : {"active", "offered", "wrap_up"}) {
            for (const QJsonValue &w : work) {
                if (shown.isUndefined() &&
                    w.toObject().value(QStringLiteral("state")).toString() == QLatin1String(state))
                    shown = w;
            }
        }
        if (shown.isUndefined() && !work.isEmpty())
            shown = work.first();
        QString text = interactionText(shown);
        if (work.size() > 1)
            text = tr("%1 (+%2)").arg(text).arg(work.size() - 1);
        if (text != a.currentInteraction) {
            a.currentInteraction = text;
            touch(CurrentInteraction);
        }
        if (int(work.size()) != a.workCount)
            a.workCount = int(work.size());
    } else if (body.contains(QStringLiteral("currentInteraction"))) {
        const QString text = interactionText(body.value(QStringLiteral("currentInteraction")));
        if (text != a.currentInteraction) {
            a.currentInteraction = text;
            touch(CurrentInteraction);
        }
    }
    // A free agent has nothing in hand, whatever was shown before.
    if (a.state != AgentState::Busy && a.state != AgentState::WrapUp &&
        a.state != AgentState::Reserved && !a.currentInteraction.isEmpty()) {
        a.currentInteraction.clear();
        touch(CurrentInteraction);
    }
    if (body.contains(QStringLiteral("handledToday"))) {
        const int handled = body.value(QStringLiteral("handledToday")).toInt(-1);
        if (handled != a.handledToday) {
            a.handledToday = handled;
            touch(HandledToday);
        }
    }
    if (body.contains(QStringLiteral("ahtTodayMs")))
        a.ahtTodayMs = qint64(body.value(QStringLiteral("ahtTodayMs")).toDouble());
    return facets;
}

void AgentGridModel::noteFacets(const Agent &a)
{
    bool changed = false;
    if (!a.team.isEmpty() && !m_teams.contains(a.team)) {
        m_teams.insert(a.team);
        changed = true;
    }
    for (const QString &s : a.skills) {
        if (!m_skills.contains(s)) {
            m_skills.insert(s);
            changed = true;
        }
    }
    for (const QString &q : a.queues) {
        if (!m_queues.contains(q)) {
            m_queues.insert(q);
            changed = true;
        }
    }
    if (changed)
        emit facetsChanged();
}

void AgentGridModel::applyAgentState(const QJsonObject &body)
{
    applyAgentStates(QJsonArray{body});
}

void AgentGridModel::applyAgentStates(const QJsonArray &bodies)
{
    QList<Agent> added;
    QHash<QString, int> addedIndex;
    // One dataChanged per changed row for the whole batch, however often the agent changed.
    QMap<int, std::pair<int, int>> changed;
    for (const QJsonValue &v : bodies) {
        const QJsonObject body = v.toObject();
        const QString id = body.value(QStringLiteral("agentId")).toString();
        if (id.isEmpty())
            continue;
        int first = 0, last = 0;
        const int row = rowOf(id);
        if (row >= 0) {
            Agent &a = m_agents[row];
            if (update(a, body, &first, &last))
                noteFacets(a);
            if (last >= 0) {
                auto it = changed.find(row);
                if (it == changed.end())
                    changed.insert(row, {first, last});
                else
                    *it = {std::min(it->first, first), std::max(it->second, last)};
            }
            continue;
        }
        const auto pending = addedIndex.constFind(id);
        Agent &a = pending != addedIndex.constEnd() ? added[*pending] : added.emplaceBack();
        if (pending == addedIndex.constEnd()) {
            a.id = id;
            addedIndex.insert(id, int(added.size()) - 1);
        }
        update(a, body, &first, &last);
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        emit dataChanged(index(it.key(), it->first), index(it.key(), it->second));
    if (added.isEmpty())
        return;
    const int from = int(m_agents.size());
    beginInsertRows({}, from, from + int(added.size()) - 1);
    for (Agent &a : added) {
        m_rows.insert(a.id, int(m_agents.size()));
        m_agents.append(std::move(a));
    }
    endInsertRows();
    for (int r = from; r < m_agents.size(); ++r)
        noteFacets(m_agents[r]);
    if (!m_timer.isActive())
        m_timer.start();
    emit countChanged();
}

void AgentGridModel::clear()
{
    beginResetModel();
    m_agents.clear();
    m_rows.clear();
    endResetModel();
    m_timer.stop();
    emit countChanged();
}

void AgentGridModel::setQueueSkills(const QHash<QString, QStringList> &requiredSkills)
{
    m_queueSkills = requiredSkills;
    for (int r = 0; r < m_agents.size(); ++r) {
        Agent &a = m_agents[r];
        if (a.skills.isEmpty())
            continue;
        const QStringList queues = derivedQueues(a.skills);
        if (queues != a.queues) {
            a.queues = queues;
            noteFacets(a);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1), {QueuesRole});
        }
    }
}

const AgentGridModel::Agent *AgentGridModel::agent(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_agents[row];
}

QStringList AgentGridModel::teams() const
{
    return sorted(m_teams);
}

QStringList AgentGridModel::skills() const
{
    return sorted(m_skills);
}

QStringList AgentGridModel::queues() const
{
    return sorted(m_queues);
}

void AgentGridModel::refreshTimes()
{
    if (m_agents.isEmpty())
        return;
    emit dataChanged(index(0, TimeInState), index(int(m_agents.size()) - 1, TimeInState),
                     {Qt::DisplayRole, SortRole, TimeInStateMsRole});
}

} // namespace relais::app

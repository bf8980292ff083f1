#include "relais/app/KpiModel.h"

#include "relais/app/AgentGridModel.h"
#include "relais/app/DisplayNames.h"
#include "relais/app/QueueStatsModel.h"

#include <QLocale>

#include <algorithm>

namespace relais::app {

KpiModel::KpiModel(QueueStatsModel *queues, QObject *parent)
    : QAbstractListModel(parent), m_queues(queues), m_ids(availableIndicators())
{
    connect(m_queues, &QueueStatsModel::statsApplied, this, &KpiModel::recompute);
    connect(m_queues, &QueueStatsModel::countChanged, this, &KpiModel::recompute);
    recompute();
}

void KpiModel::setAgents(AgentGridModel *agents)
{
    m_agents = agents;
    // State changes, agents added or gone (the time-in-state column ticking alone is ignored):
    // counted again once the batch is applied — a batch of 1,000 agent changes is one
    // dataChanged per agent, and one count, not 1,000.
    m_agentsChanged.setSingleShot(true);
    m_agentsChanged.setInterval(0);
    connect(&m_agentsChanged, &QTimer::timeout, this, &KpiModel::recompute);
    auto later = [this] {
        if (!m_agentsChanged.isActive())
            m_agentsChanged.start();
    };
    connect(
        agents, &QAbstractItemModel::dataChanged, this,
        [later](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
            if ((from.column() <= AgentGridModel::State && to.column() >= AgentGridModel::State) ||
                roles.contains(AgentGridModel::QueuesRole))
                later();
        });
    connect(agents, &QAbstractItemModel::rowsInserted, this, later);
    connect(agents, &QAbstractItemModel::rowsRemoved, this, later);
    connect(agents, &QAbstractItemModel::modelReset, this, later);
    recompute();
}

QStringList KpiModel::availableIndicators()
{
    return {QStringLiteral("waiting"),        QStringLiteral("longestWait"),
            QStringLiteral("serviceLevel"),   QStringLiteral("offered"),
            QStringLiteral("answered"),       QStringLiteral("abandoned"),
            QStringLiteral("abandonRate"),    QStringLiteral("aht"),
            QStringLiteral("agentsReady"),    QStringLiteral("agentsBusy"),
            QStringLiteral("agentsNotReady"), QStringLiteral("agentsWrapUp")};
}

QString KpiModel::label(const QString &id)
{
    if (id == QLatin1String("waiting"))
        return tr("En attente");
    if (id == QLatin1String("longestWait"))
        return tr("Attente la plus longue");
    if (id == QLatin1String("serviceLevel"))
        return tr("Niveau de service");
    if (id == QLatin1String("offered"))
        return tr("Présentés");
    if (id == QLatin1String("answered"))
        return tr("Traités");
    if (id == QLatin1String("abandoned"))
        return tr("Abandons");
    if (id == QLatin1String("abandonRate"))
        return tr("Taux d'abandon");
    if (id == QLatin1String("aht"))
        return tr("Durée moyenne de traitement");
    if (id == QLatin1String("agentsReady"))
        return tr("Conseillers prêts");
    if (id == QLatin1String("agentsBusy"))
        return tr("Conseillers occupés");
    if (id == QLatin1String("agentsNotReady"))
        return tr("Conseillers en pause");
    if (id == QLatin1String("agentsWrapUp"))
        return tr("Conseillers en post-traitement");
    return id;
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QString KpiModel::text(const QString &id) const
{
    const double v = m_values.value(id);
    if (id == QLatin1String("longestWait") || id == QLatin1String("aht"))
        return DisplayNames::duration(qint64(v));
    if (id == QLatin1String("serviceLevel") || id == QLatin1String("abandonRate"))
        return QStringLiteral("%1 %").arg(QLocale().toString(v, 'f', 0));
    return QLocale().toString(qint64(v));
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const QString &id = m_ids[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return text(id);
    case IdRole:
        return id;
    case LabelRole:
        return label(id);
    case ValueRole:
        return m_values.value(id);
    case LevelRole:
        return m_levels.value(id);
    default:
        return {};
    }
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "kpi"},    {LabelRole, "label"},
            {ValueRole, "value"},         {TextRole, "text"}, {LevelRole, "level"}};
}

void KpiModel::setIndicators(const QStringList &ids)
{
    QStringList valid;
    for (const QString &id : ids) {
        if (availableIndicators().contains(id) && !valid.contains(id))
            valid << id;
    }
    if (valid == m_ids)
        return;
    beginResetModel();
    m_ids = valid;
    endResetModel();
    emit indicatorsChanged();
}

void KpiModel::recompute()
{
    double waiting = 0, longest = 0, offered = 0, answered = 0, abandoned = 0;
    double slWeighted = 0, slWeight = 0, ahtWeighted = 0;
    double ready = 0, busy = 0, notReady = 0, wrapUp = 0;
    int waitingLevel = 0, longestLevel = 0, slLevel = 0, abandonLevel = 0, ahtLevel = 0;
    const QList<protocol::QueueStats> &rows = m_queues->stats();
    for (int r = 0; r < rows.size(); ++r) {
        const protocol::QueueStats &s = rows[r];
        waiting += s.waiting;
        longest = std::max(longest, double(s.longestWaitMs));
        offered += s.offered;
        answered += s.answered;
        abandoned += s.abandoned;
        const double handled = s.answered + s.abandoned;
        slWeighted += s.serviceLevel * handled;
        slWeight += handled;
        ahtWeighted += double(s.ahtMs) * s.answered;
        ready += s.agents.ready;
        busy += s.agents.busy + s.agents.reserved;
        notReady += s.agents.notReady;
        wrapUp += s.agents.wrapUp;
        // A tile is as bad as the worst queue behind it.
        waitingLevel = std::max(waitingLevel, int(m_queues->level(r, QueueStatsModel::Waiting)));
        longestLevel =
            std::max(longestLevel, int(m_queues->level(r, QueueStatsModel::LongestWait)));
        slLevel = std::max(slLevel, int(m_queues->level(r, QueueStatsModel::ServiceLevel)));
        abandonLevel = std::max(abandonLevel, int(m_queues->level(r, QueueStatsModel::Abandoned)));
        ahtLevel = std::max(ahtLevel, int(m_queues->level(r, QueueStatsModel::Aht)));
    }
    if (m_agents) {
        // Distinct agents serving at least one watched queue, whatever the number of queues.
        using protocol::AgentState;
        ready = busy = notReady = wrapUp = 0;
        for (int r = 0; r < m_agents->count(); ++r) {
            const AgentGridModel::Agent &a = m_agents->agentAt(r);
            if (a.state == AgentState::LoggedOut)
                continue;
            const bool watched =
                std::any_of(a.queues.cbegin(), a.queues.cend(),
                            [this](const QString &q) { return m_queues->rowOf(q) >= 0; });
            if (!watched)
                continue;
            switch (a.state) {
            case AgentState::Ready:
                ++ready;
                break;
            case AgentState::Busy:
            case AgentState::Reserved:
                ++busy;
                break;
            case AgentState::NotReady:
                ++notReady;
                break;
            case AgentState::WrapUp:
                ++wrapUp;
                break;
            default:
                break;
            }
        }
    }
    const QHash<QString, double> values{
        {QStringLiteral("waiting"), waiting},
        {QStringLiteral("longestWait"), longest},
        {QStringLiteral("serviceLevel"), slWeight > 0 ? slWeighted / slWeight : 100.0},
        {QStringLiteral("offered"), offered},
        {QStringLiteral("answered"), answered},
        {QStringLiteral("abandoned"), abandoned},
        {QStringLiteral("abandonRate"), offered > 0 ? 100.0 * abandoned / offered : 0.0},
        {QStringLiteral("aht"), answered > 0 ? ahtWeighted / answered : 0.0},
        {QStringLiteral("agentsReady"), ready},
        {QStringLiteral("agentsBusy"), busy},
        {QStringLiteral("agentsNotReady"), notReady},
        {QStringLiteral("agentsWrapUp"), wrapUp}};
    const QHash<QString, int> levels{{QStringLiteral("waiting"), waitingLevel},
                                     {QStringLiteral("longestWait"), longestLevel},
                                     {QStringLiteral("serviceLevel"), slLevel},
                                     {QStringLiteral("abandoned"), abandonLevel},
                                     {QStringLiteral("abandonRate"), abandonLevel},
                                     {QStringLiteral("aht"), ahtLevel}};
    for (int row = 0; row < m_ids.size(); ++row) {
        const QString &id = m_ids[row];
        const double v = values.value(id);
        const int l = levels.value(id);
        if (m_values.contains(id) && m_values.value(id) == v && m_levels.value(id) == l)
            continue;
        m_values.insert(id, v);
        m_levels.insert(id, l);
        emit dataChanged(index(row), index(row));
    }
    // Hidden tiles keep their values for when they are shown.
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!m_ids.contains(it.key())) {
            m_values.insert(it.key(), it.value());
            m_levels.insert(it.key(), levels.value(it.key()));
        }
    }
}

} // namespace relais::app

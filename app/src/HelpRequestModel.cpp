#include "relais/app/HelpRequestModel.h"

#include <QDateTime>

namespace relais::app {

namespace {
HelpRequestModel::Request fromJson(const QJsonObject &o)
{
    HelpRequestModel::Request r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.agentId = o.value(QStringLiteral("agentId")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.team = o.value(QStringLiteral("team")).toString();
    r.text = o.value(QStringLiteral("text")).toString();
    r.at = qint64(o.value(QStringLiteral("at")).toDouble());
    return r;
}
} // namespace

HelpRequestModel::HelpRequestModel(QObject *parent) : QAbstractListModel(parent) {}

int HelpRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant HelpRequestModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Request &r = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString time = QDateTime::fromMSecsSinceEpoch(r.at).toString(QStringLiteral("HH:mm"));
        const QString who = r.name.isEmpty() ? r.agentId : r.name;
        return r.text.isEmpty() ? tr("%1 — %2 demande de l'aide").arg(time, who)
                                : tr("%1 — %2 : %3").arg(time, who, r.text);
    }
    case RequestIdRole:
        return r.id;
    case AgentIdRole:
        return r.agentId;
    case NameRole:
        return r.name;
    case TeamRole:
        return r.team;
    case TextRole:
        return r.text;
    case AtRole:
        return r.at;
    default:
        return {};
    }
}

QHash<int, QByteArray> HelpRequestModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {RequestIdRole, "requestId"},
            {AgentIdRole, "agentId"},
            {NameRole, "name"},
            {TeamRole, "team"},
            {TextRole, "text"},
            {AtRole, "at"}};
}

void HelpRequestModel::add(const QJsonObject &request)
{
    const Request r = fromJson(request);
    if (r.id.isEmpty())
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == r.id) {
            m_items[i] = r;
            emit dataChanged(index(i), index(i));
            return;
        }
    }
    const int at = int(m_items.size());
    beginInsertRows({}, at, at);
    m_items.append(r);
    endInsertRows();
    emit countChanged();
}

void HelpRequestModel::setAll(const QJsonArray &requests)
{
    for (const QJsonValue &v : requests)
        add(v.toObject());
}

void HelpRequestModel::remove(const QString &requestId)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == requestId) {
            beginRemoveRows({}, i, i);
            m_items.removeAt(i);
            endRemoveRows();
            emit countChanged();
            return;
        }
    }
}

void HelpRequestModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    emit countChanged();
}

QString HelpRequestModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items[row].id : QString();
}

} // namespace relais::app

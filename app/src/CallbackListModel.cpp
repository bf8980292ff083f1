#include "relais/app/CallbackListModel.h"

#include "relais/app/CtiClient.h"
#include "relais/app/DisplayNames.h"

#include <QJsonArray>

namespace relais::app {

CallbackListModel::CallbackListModel(CtiClient *cti, QObject *parent)
    : QAbstractListModel(parent), m_cti(cti)
{
}

int CallbackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CallbackListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Callback &c = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.customerName.isEmpty() ? c.number : tr("%1 (%2)").arg(c.customerName, c.number);
    case IdRole:
        return c.id;
    case NumberRole:
        return c.number;
    case CustomerRole:
        return c.customerName;
    case QueueRole:
        return c.queue;
    case RequestedAtRole:
        return c.requestedAt;
    case DueAtRole:
        return c.dueAt;
    case DueTextRole:
        return c.dueAt
                   ? QDateTime::fromMSecsSinceEpoch(c.dueAt).toString(QStringLiteral("dd/MM HH:mm"))
                   : tr("Dès que possible");
    case StateRole:
        return c.state;
    case OwnerRole:
        return c.owner;
    case RecordingUrlRole:
        return c.recordingUrl;
    case NotesRole:
        return c.notes;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallbackListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "callbackId"},
            {NumberRole, "number"},
            {CustomerRole, "customer"},
            {QueueRole, "queue"},
            {RequestedAtRole, "requestedAt"},
            {DueAtRole, "dueAt"},
            {DueTextRole, "dueText"},
            {StateRole, "state"},
            {OwnerRole, "owner"},
            {RecordingUrlRole, "recordingUrl"},
            {NotesRole, "notes"}};
}

void CallbackListModel::upsert(const Callback &callback)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == callback.id) {
            m_items[i] = callback;
            emit dataChanged(index(i), index(i));
            return;
        }
    }
    const int at = int(m_items.size());
    beginInsertRows({}, at, at);
    m_items.append(callback);
    endInsertRows();
    emit countChanged();
}

void CallbackListModel::remove(const QString &id)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id) {
            beginRemoveRows({}, i, i);
            m_items.removeAt(i);
            endRemoveRows();
            emit countChanged();
            return;
        }
    }
}

void CallbackListModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    emit countChanged();
}

const CallbackListModel::Callback *CallbackListModel::callback(const QString &id) const
{
    for (const Callback &c : m_items) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void CallbackListModel::refresh()
{
    m_cti->request(QStringLiteral("callback.list"), {}, this, [this](const CtiResult &r) {
        const bool available = r.ok;
        if (available != m_serverList) {
            m_serverList = available;
            emit serverListAvailableChanged();
        }
        if (!r.ok)
            return;
        for (const QJsonValue &v : r.body.value(QStringLiteral("callbacks")).toArray()) {
            const QJsonObject o = v.toObject();
            Callback c;
            c.id = o.value(QStringLiteral("id")).toString();
            c.number = o.value(QStringLiteral("number")).toString();
            c.customerName = o.value(QStringLiteral("customerName")).toString();
            c.queue = o.value(QStringLiteral("queue")).toString();
            c.requestedAt = qint64(o.value(QStringLiteral("requestedAt")).toDouble());
            c.dueAt = qint64(o.value(QStringLiteral("dueAt")).toDouble());
            c.state = o.value(QStringLiteral("state")).toString(QStringLiteral("waiting"));
            c.owner = o.value(QStringLiteral("owner")).toString(QStringLiteral("queue"));
            c.recordingUrl = o.value(QStringLiteral("recordingUrl")).toString();
            c.notes = o.value(QStringLiteral("notes")).toString();
            if (!c.id.isEmpty())
                upsert(c);
        }
    });
}

void CallbackListModel::dial(int row)
{
    if (row < 0 || row >= m_items.size() || m_items[row].number.isEmpty())
        return;
    emit dialRequested(m_items[row].number, m_items[row].id);
}

} // namespace relais::app

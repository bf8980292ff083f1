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
    case Qt::DisplayRole: {
        // Who, then when and where it stands, then the promise made: what the agent scans for.
        const QString who =
            c.customerName.isEmpty() ? c.number : tr("%1 (%2)").arg(c.customerName, c.number);
        QStringList details{data(index, DueTextRole).toString(),
                            data(index, StateNameRole).toString()};
        if (!c.queue.isEmpty())
            details << tr("file %1").arg(c.queue);
        if (c.hasRecording)
            details << tr("demande enregistrée");
        QString text = who + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
        if (!c.notes.isEmpty())
            text += QLatin1Char('\n') + c.notes;
        return text;
    }
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
    case StateNameRole:
        if (c.state == QLatin1String("scheduled"))
            return tr("Programmé");
        if (c.state == QLatin1String("waiting"))
            return tr("À rappeler");
        if (c.state == QLatin1String("offered"))
            return tr("Proposé");
        if (c.state == QLatin1String("active") || c.state == QLatin1String("in_progress"))
            return tr("En cours");
        return c.state;
    case AgentNameRole:
        return c.agentName;
    case OwnerRole:
        return c.owner;
    case RecordingUrlRole:
        return c.recordingUrl;
    case NotesRole:
        return c.notes;
    case HasRecordingRole:
        return c.hasRecording;
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
            {NotesRole, "notes"},
            {HasRecordingRole, "hasRecording"}};
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

CallbackListModel::Callback CallbackListModel::Callback::fromJson(const QJsonObject &o,
                                                                  const QString &owner)
{
    Callback c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.number = o.value(QStringLiteral("number")).toString();
    c.customerName =
        o.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString();
    c.queue = o.value(QStringLiteral("queue")).toString();
    c.requestedAt = qint64(o.value(QStringLiteral("createdAt")).toDouble());
    c.dueAt = qint64(o.value(QStringLiteral("dueAt")).toDouble());
    c.state = o.value(QStringLiteral("state")).toString(QStringLiteral("scheduled"));
    c.owner = owner;
    c.recordingUrl = o.value(QStringLiteral("recordingUrl")).toString();
    c.hasRecording = o.value(QStringLiteral("hasRecording")).toBool();
    c.notes = o.value(QStringLiteral("note")).toString();
    c.agentName = o.value(QStringLiteral("agentName")).toString();
    return c;
}

void CallbackListModel::applyList(const QJsonArray &callbacks, const QString &owner)
{
    for (const QJsonValue &v : callbacks) {
        Callback c = Callback::fromJson(v.toObject(), owner);
        if (c.id.isEmpty())
            continue;
        // An agent's own callback also shows in the queue's list: keep it "mine".
        if (const Callback *known = callback(c.id); known && known->owner == QLatin1String("mine"))
            c.owner = known->owner;
        upsert(c);
    }
}

void CallbackListModel::refresh()
{
    for (const char *scope : {"mine", "queue"}) {
        m_cti->request(QStringLiteral("callback.list"), {{"scope", scope}}, this,
                       [this, owner = QString::fromLatin1(scope)](const CtiResult &r) {
                           const bool available = r.ok;
                           if (available != m_serverList) {
                               m_serverList = available;
                               emit serverListAvailableChanged();
                           }
                           if (r.ok)
                               applyList(r.body.value(QStringLiteral("callbacks")).toArray(),
                                         owner);
                       });
    }
}

void CallbackListModel::cancel(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const QString id = m_items[row].id;
    if (id.startsWith(QLatin1String("scheduled-"))) {
        remove(id); // only the desk knew it
        return;
    }
    m_cti->request(QStringLiteral("callback.cancel"), {{"callbackId", id}}, this,
                   [this, id](const CtiResult &r) {
                       if (r.ok) {
                           remove(id);
                           return;
                       }
                       emit cancelFailed(
                           tr("Annulation du rappel impossible : %1").arg(r.error.message));
                   });
}

void CallbackListModel::dial(int row)
{
    if (row < 0 || row >= m_items.size() || m_items[row].number.isEmpty())
        return;
    emit dialRequested(m_items[row].number, m_items[row].id);
}

bool CallbackListModel::dialById(const QString &id)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id && !m_items[i].number.isEmpty()) {
            dial(i);
            return true;
        }
    }
    return false;
}

} // namespace relais::app

#include "relais/app/ContactHistoryModel.h"

#include "relais/app/DisplayNames.h"

#include <QDateTime>
#include <QLocale>

namespace relais::app {

ContactHistoryModel::ContactHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_label = [](const QString &id) { return DisplayNames::wrapupCode(id); };
}

int ContactHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactHistoryModel::roleData(const protocol::Contact &c, int role) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(c.at);
    switch (role) {
    case AtRole:
        return c.at;
    case DateRole:
        return at.toString(QStringLiteral("dd/MM/yyyy"));
    case TimeRole:
        return at.toString(QStringLiteral("HH:mm"));
    case ChannelRole:
        return protocol::toString(c.channel);
    case ChannelNameRole:
        return DisplayNames::channel(c.channel);
    case QueueRole:
        return c.queue;
    case ReasonRole:
        return c.reason;
    case DispositionRole:
        return c.disposition;
    case DispositionLabelRole:
        return m_label(c.disposition);
    case AgentRole:
        return c.agent;
    case NotesRole:
        return c.notes;
    case InteractionIdRole:
        return c.interactionId;
    case RecordingRole:
        return c.recording;
    case HasRecordingRole:
        return !c.recording.isEmpty() && !c.interactionId.isEmpty();
    default:
        return {};
    }
}

QVariant ContactHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const protocol::Contact &c = m_contacts.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        static const int columnRole[ColumnCount] = {DateRole,  TimeRole,   ChannelNameRole,
                                                    QueueRole, ReasonRole, DispositionLabelRole,
                                                    AgentRole, NotesRole};
        if (index.column() < 0 || index.column() >= ColumnCount)
            return {};
        return roleData(c, columnRole[index.column()]);
    }
    return roleData(c, role);
}

QVariant ContactHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Heure");
    case Channel:
        return tr("Canal");
    case Queue:
        return tr("File");
    case Reason:
        return tr("Motif");
    case Disposition:
        return tr("Qualification");
    case Agent:
        return tr("Conseiller");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactHistoryModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {AtRole, "at"},
            {DateRole, "date"},
            {TimeRole, "time"},
            {ChannelRole, "channel"},
            {ChannelNameRole, "channelName"},
            {QueueRole, "queue"},
            {ReasonRole, "reason"},
            {DispositionRole, "disposition"},
            {DispositionLabelRole, "dispositionLabel"},
            {AgentRole, "agent"},
            {NotesRole, "notes"},
            {InteractionIdRole, "interactionId"},
            {RecordingRole, "recording"},
            {HasRecordingRole, "hasRecording"}};
}

void ContactHistoryModel::setHistory(const QString &customerId,
                                     const QList<protocol::Contact> &contacts)
{
    beginResetModel();
    m_customerId = customerId;
    m_contacts = contacts;
    endResetModel();
    emit countChanged();
}

void ContactHistoryModel::prepend(const protocol::Contact &contact)
{
    beginInsertRows({}, 0, 0);
    m_contacts.prepend(contact);
    endInsertRows();
    emit countChanged();
}

void ContactHistoryModel::clear()
{
    if (m_contacts.isEmpty() && m_customerId.isEmpty())
        return;
    setHistory({}, {});
}

} // namespace relais::app

#pragma once

#include <relais/protocol/Types.h>

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace relais::app {

// A customer's past contacts, newest first: date, time, channel, queue, reason, disposition,
// agent, notes. A table (one column each) with roles for list views; a contact whose call was
// recorded says so (HasRecordingRole, played with recording.get on its interaction).
class ContactHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString customerId READ customerId NOTIFY countChanged)

public:
    enum Column { Date, Time, Channel, Queue, Reason, Disposition, Agent, Notes, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        AtRole = Qt::UserRole + 1, // epoch ms
        DateRole,
        TimeRole,
        ChannelRole,
        ChannelNameRole,
        QueueRole,
        ReasonRole,
        DispositionRole,
        DispositionLabelRole,
        AgentRole,
        NotesRole,
        InteractionIdRole,
        RecordingRole,    // the call's recording on the server (its file name), or empty
        HasRecordingRole, // a recording recording.get can be asked for (kind "call")
    };
    Q_ENUM(Role)

    explicit ContactHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Another customer's history (a reset: the whole table changes).
    void setHistory(const QString &customerId, const QList<protocol::Contact> &contacts);
    // A contact just written (after a wrap-up): one row at the top.
    void prepend(const protocol::Contact &contact);
    void clear();

    int count() const { return int(m_contacts.size()); }
    QString customerId() const { return m_customerId; }
    const QList<protocol::Contact> &contacts() const { return m_contacts; }
    // How a wrap-up code reads (the Session's labels); defaults to DisplayNames.
    void setDispositionLabels(std::function<QString(const QString &)> label)
    {
        m_label = std::move(label);
    }

signals:
    void countChanged();

private:
    QVariant roleData(const protocol::Contact &c, int role) const;

    QString m_customerId;
    QList<protocol::Contact> m_contacts;
    std::function<QString(const QString &)> m_label;
};

} // namespace relais::app

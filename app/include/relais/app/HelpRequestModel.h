#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace relais::app {

// The agents' open help requests, for the supervisor (help.list, help.requested,
// help.resolved), oldest first.
class HelpRequestModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        AgentIdRole,
        NameRole,
        TeamRole,
        TextRole,
        AtRole, // epoch ms
    };
    Q_ENUM(Role)

    struct Request
    {
        QString id;
        QString agentId;
        QString name;
        QString team;
        QString text;
        qint64 at = 0;
    };

    explicit HelpRequestModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void add(const QJsonObject &request);
    void setAll(const QJsonArray &requests);
    void remove(const QString &requestId);
    void clear();
    QString idAt(int row) const;

signals:
    void countChanged();

private:
    QList<Request> m_items;
};

} // namespace relais::app

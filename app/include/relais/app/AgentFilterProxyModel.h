#pragma once

#include <QSortFilterProxyModel>

namespace relais::app {

// The agent grid as the supervisor wants it: filtered by team, queue, skill, state or a piece
// of the name, sorted on any column (numbers as numbers, through AgentGridModel::SortRole).
class AgentFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString team READ team WRITE setTeam NOTIFY filterChanged)
    Q_PROPERTY(QString queue READ queue WRITE setQueue NOTIFY filterChanged)
    Q_PROPERTY(QString skill READ skill WRITE setSkill NOTIFY filterChanged)
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY filterChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)

public:
    explicit AgentFilterProxyModel(QObject *parent = nullptr);

    // Empty: no filter on that facet.
    void setTeam(const QString &team);
    void setQueue(const QString &queue);
    void setSkill(const QString &skill);
    void setState(const QString &wireState);
    void setText(const QString &text);
    QString team() const { return m_team; }
    QString queue() const { return m_queue; }
    QString skill() const { return m_skill; }
    QString state() const { return m_state; }
    QString text() const { return m_text; }

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void set(QString &field, const QString &value);

    QString m_team, m_queue, m_skill, m_state, m_text;
};

} // namespace relais::app

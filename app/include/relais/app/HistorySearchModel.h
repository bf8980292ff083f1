#pragma once

#include <relais/protocol/Types.h>

#include <QAbstractListModel>
#include <QList>

namespace relais::app {

class CtiClient;
class ContactHistoryModel;
class CustomerCard;

// History search by number, name or e-mail (customer.search, 2+ characters); choosing a
// result loads its card and contact history (customer.history).
class HistorySearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query NOTIFY searchFinished)
    Q_PROPERTY(bool searching READ isSearching NOTIFY searchingChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY searchFinished)
    Q_PROPERTY(QString error READ error NOTIFY searchFinished)

public:
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,
        EmailRole,
        SegmentRole,
        LanguageRole,
    };
    Q_ENUM(Role)

    explicit HistorySearchModel(CtiClient *cti, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new search replaces the results when its reply comes (older replies are dropped).
    Q_INVOKABLE void search(const QString &query);
    // Loads the card and history of the result at `row`.
    Q_INVOKABLE void select(int row);
    void clear();

    CustomerCard *customer() const { return m_customer; }
    ContactHistoryModel *history() const { return m_history; }
    QString query() const { return m_query; }
    bool isSearching() const { return m_pending > 0; }
    QString error() const { return m_error; }

signals:
    void searchingChanged();
    void searchFinished();
    void historyLoaded(const QString &customerId);
    void historyFailed(const QString &message);

private:
    CtiClient *m_cti;
    CustomerCard *m_customer;
    ContactHistoryModel *m_history;
    QList<protocol::Customer> m_results;
    QString m_query;
    QString m_error;
    qint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace relais::app

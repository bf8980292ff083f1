#include "relais/app/HistorySearchModel.h"

#include "relais/app/ContactHistoryModel.h"
#include "relais/app/CtiClient.h"
#include "relais/app/CustomerCard.h"

#include <relais/protocol/Protocol.h>

#include <QJsonArray>

namespace relais::app {

using namespace relais::protocol;

HistorySearchModel::HistorySearchModel(CtiClient *cti, QObject *parent)
    : QAbstractListModel(parent), m_cti(cti), m_customer(new CustomerCard(this)),
      m_history(new ContactHistoryModel(this))
{
}

int HistorySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant HistorySearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Customer &c = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts{c.name};
        if (!c.phone.isEmpty())
            parts << c.phone;
        if (!c.email.isEmpty())
            parts << c.email;
        return parts.join(QStringLiteral(" · "));
    }
    case CustomerIdRole:
        return c.id;
    case NameRole:
        return c.name;
    case PhoneRole:
        return c.phone;
    case EmailRole:
        return c.email;
    case SegmentRole:
        return c.segment;
    case LanguageRole:
        return c.language;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistorySearchModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {CustomerIdRole, "customerId"}, {NameRole, "name"},
            {PhoneRole, "phone"},         {EmailRole, "email"},           {SegmentRole, "segment"},
            {LanguageRole, "language"}};
}

void HistorySearchModel::search(const QString &query)
{
    const QString q = query.trimmed();
    const qint64 generation = ++m_generation;
    if (q.size() < 2) {
        m_query = q;
        m_error = q.isEmpty() ? QString() : tr("Saisissez au moins 2 caractères");
        clear();
        emit searchFinished();
        return;
    }
    ++m_pending;
    if (m_pending == 1)
        emit searchingChanged();
    m_cti->request(QLatin1String(msg::CustomerSearch), {{"query", q}}, this,
                   [this, q, generation](const CtiResult &r) {
                       --m_pending;
                       if (m_pending == 0)
                           emit searchingChanged();
                       if (generation != m_generation)
                           return; // a newer search is on its way
                       m_query = q;
                       QList<Customer> results;
                       if (r.ok) {
                           m_error.clear();
                           for (const QJsonValue &v :
                                r.body.value(QStringLiteral("customers")).toArray()) {
                               if (std::optional<Customer> c = Customer::fromJson(v.toObject()))
                                   results << *c;
                           }
                           if (results.isEmpty())
                               m_error = tr("Aucun client ne correspond à « %1 »").arg(q);
                       } else {
                           m_error = tr("Recherche impossible : %1").arg(r.error.message);
                       }
                       beginResetModel();
                       m_results = results;
                       endResetModel();
                       emit searchFinished();
                   });
}

void HistorySearchModel::select(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    const Customer c = m_results.at(row);
    m_customer->setCustomer(c);
    m_history->setHistory(c.id, {});
    m_cti->request(
        QLatin1String(msg::CustomerHistory), {{"customerId", c.id}}, this,
        [this, id = c.id](const CtiResult &r) {
            if (m_customer->customerId() != id)
                return;
            if (!r.ok) {
                emit historyFailed(tr("Historique indisponible : %1").arg(r.error.message));
                return;
            }
            QList<Contact> contacts;
            for (const QJsonValue &v : r.body.value(QStringLiteral("history")).toArray()) {
                if (std::optional<Contact> k = Contact::fromJson(v.toObject()))
                    contacts << *k;
            }
            m_history->setHistory(id, contacts);
            emit historyLoaded(id);
        });
}

void HistorySearchModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

} // namespace relais::app

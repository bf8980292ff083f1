#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace relais::app {

class CtiClient;

// The supervisor's reports (report.queues / report.agents {from, to}): one row per queue (and
// a total line) or per agent, shown as a table and exported as CSV or as an HTML table for a PDF.
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum class Kind { Queues, Agents };
    Q_ENUM(Kind)
    enum Role { ValueRole = Qt::UserRole + 1 }; // raw number (ms, percent, count)

    explicit ReportModel(CtiClient *cti, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Asks the server; `from` to `to` included (one day: the same date twice).
    void load(Kind kind, const QDate &from, const QDate &to);
    // A report.queues / report.agents reply's body (what load() does with it).
    void setReply(Kind kind, const QJsonObject &body);
    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool isLoading() const { return m_loading; }

    // Comma-separated, a header line, raw numbers (durations in seconds, percents), RFC 4180
    // quoting; UTF-8.
    QByteArray toCsv() const;
    // A titled HTML table, for QTextDocument → PDF.
    QString toHtml(const QString &title) const;

signals:
    void loadingChanged();
    void loaded();
    void failed(const QString &message);

private:
    QStringList headers() const;
    QVariant raw(const QJsonObject &row, int column) const;
    QString text(const QJsonObject &row, int column) const;
    bool isDuration(int column) const;

    CtiClient *m_cti;
    Kind m_kind = Kind::Queues;
    QDate m_from, m_to;
    QList<QJsonObject> m_rows;
    bool m_loading = false;
};

} // namespace relais::app

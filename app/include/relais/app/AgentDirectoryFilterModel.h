#pragma once

#include <QSortFilterProxyModel>

namespace relais::app {

// The transfer picker's filter over AgentDirectoryModel: the rows whose name or id contain the
// typed text, ignoring case and accents ("aicha" finds Aïcha Traoré).
class AgentDirectoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit AgentDirectoryFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The first row (from `from`, moving by `step` = ±1) that can be chosen, or -1.
    int selectableRow(int from, int step) const;
    // Lower case without accents, for matching.
    static QString folded(const QString &text);

signals:
    void textChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_folded;
};

} // namespace relais::app

#include "relais/app/AgentDirectoryFilterModel.h"

#include "relais/app/AgentDirectoryModel.h"

namespace relais::app {

AgentDirectoryFilterModel::AgentDirectoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

QString AgentDirectoryFilterModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

void AgentDirectoryFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = folded(text.trimmed());
    invalidateFilter();
    emit textChanged();
}

bool AgentDirectoryFilterModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return folded(i.data(AgentDirectoryModel::NameRole).toString()).contains(m_folded) ||
           folded(i.data(AgentDirectoryModel::AgentIdRole).toString()).contains(m_folded);
}

int AgentDirectoryFilterModel::selectableRow(int from, int step) const
{
    for (int row = from; row >= 0 && row < rowCount(); row += step) {
        if (flags(index(row, 0)) & Qt::ItemIsSelectable)
            return row;
    }
    return -1;
}

} // namespace relais::app

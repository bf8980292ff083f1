#pragma once

#include <QFrame>
#include <QList>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;

namespace relais::ui {

// The KPI tiles in a row: one tile per row of a KpiModel (label, big value, amber/red).
// Rebuilt when the chosen indicators change, updated in place otherwise.
class KpiTilesView : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTilesView(QAbstractItemModel *model, QWidget *parent = nullptr);

    int tileCount() const { return int(m_values.size()); }
    QString valueText(int row) const;
    // Bigger figures for the wallboard.
    void setScale(double scale);

private:
    void rebuild();
    void refresh(int first, int last);

    QAbstractItemModel *m_model;
    QHBoxLayout *m_row;
    QList<QFrame *> m_tiles;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    double m_scale = 1.0;
};

} // namespace relais::ui

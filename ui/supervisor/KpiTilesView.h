#pragma once

#include <QFrame>
#include <QList>

class QAbstractItemModel;
class QGridLayout;
class QLabel;

namespace relais::ui {

// The KPI tiles: one tile per row of a KpiModel (label, big value, amber/red), in one line when
// the width allows every label's longest word, else in two (or more) balanced lines — twelve
// tiles on a 1024-pixel screen take two lines of six rather than clipping their labels.
// Rebuilt when the chosen indicators change, updated in place otherwise.
class KpiTilesView : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTilesView(QAbstractItemModel *model, QWidget *parent = nullptr);

    int tileCount() const { return int(m_values.size()); }
    // How many lines the tiles take now.
    int lineCount() const { return m_lines; }
    QString valueText(int row) const;
    // Bigger figures for the wallboard.
    void setScale(double scale);
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void reflow();
    int minimumTileWidth() const;
    void refresh(int first, int last);

    QAbstractItemModel *m_model;
    QGridLayout *m_grid;
    QList<QFrame *> m_tiles;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    double m_scale = 1.0;
    int m_columns = 0;
    int m_lines = 1;
};

} // namespace relais::ui

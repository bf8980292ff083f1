#include "supervisor/KpiTilesView.h"

#include <relais/app/KpiModel.h>

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace relais::ui {

KpiTilesView::KpiTilesView(QAbstractItemModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_row(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("kpiTiles"));
    m_row->setContentsMargins(6, 6, 6, 6);
    m_row->setSpacing(6);
    connect(model, &QAbstractItemModel::modelReset, this, &KpiTilesView::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &KpiTilesView::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &KpiTilesView::rebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &KpiTilesView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &a, const QModelIndex &b) { refresh(a.row(), b.row()); });
    rebuild();
}

QString KpiTilesView::valueText(int row) const
{
    return row >= 0 && row < m_values.size() ? m_values[row]->text() : QString();
}

void KpiTilesView::setScale(double scale)
{
    m_scale = scale;
    rebuild();
}

void KpiTilesView::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_labels.clear();
    m_values.clear();
    const int n = m_model->rowCount();
    for (int r = 0; r < n; ++r) {
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("kpiTile"));
        auto *col = new QVBoxLayout(tile);
        col->setContentsMargins(int(8 * m_scale), int(4 * m_scale), int(8 * m_scale),
                                int(4 * m_scale));
        col->setSpacing(0);
        auto *label = new QLabel(tile);
        auto *value = new QLabel(tile);
        label->setObjectName(QStringLiteral("kpiLabel"));
        value->setObjectName(QStringLiteral("kpiValue"));
        label->setAlignment(Qt::AlignCenter);
        value->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        col->addWidget(label);
        col->addWidget(value);
        m_row->addWidget(tile, 1);
        m_tiles << tile;
        m_labels << label;
        m_values << value;
    }
    refresh(0, n - 1);
}

void KpiTilesView::refresh(int first, int last)
{
    for (int r = qMax(0, first); r <= last && r < m_tiles.size(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        m_labels[r]->setText(i.data(app::KpiModel::LabelRole).toString());
        m_values[r]->setText(i.data(app::KpiModel::TextRole).toString());
        const int level = i.data(app::KpiModel::LevelRole).toInt();
        if (m_tiles[r]->property("level").toInt() != level ||
            !m_tiles[r]->property("level").isValid()) {
            m_tiles[r]->setProperty("level", level);
            // The style sheet colours by level: it must be applied again to the tile's labels.
            for (QWidget *w :
                 {static_cast<QWidget *>(m_tiles[r]), static_cast<QWidget *>(m_labels[r]),
                  static_cast<QWidget *>(m_values[r])}) {
                w->style()->unpolish(w);
                w->style()->polish(w);
            }
        }
    }
}

} // namespace relais::ui

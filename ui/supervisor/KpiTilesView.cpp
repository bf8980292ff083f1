#include "supervisor/KpiTilesView.h"

#include "supervisor/QueueLevelDelegate.h"

#include <relais/app/KpiModel.h>

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
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
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setAutoFillBackground(true);
        auto *col = new QVBoxLayout(tile);
        col->setContentsMargins(int(8 * m_scale), int(4 * m_scale), int(8 * m_scale),
                                int(4 * m_scale));
        col->setSpacing(0);
        auto *label = new QLabel(tile);
        auto *value = new QLabel(tile);
        label->setAlignment(Qt::AlignCenter);
        value->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        QFont lf = label->font();
        lf.setPointSizeF(lf.pointSizeF() * 0.9 * m_scale);
        label->setFont(lf);
        QFont vf = value->font();
        vf.setPointSizeF(vf.pointSizeF() * 1.8 * m_scale);
        vf.setBold(true);
        value->setFont(vf);
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
        const QColor bg = QueueLevelDelegate::background(level);
        QPalette p = palette();
        if (bg.isValid()) {
            p.setColor(QPalette::Window, bg);
            p.setColor(QPalette::WindowText, level == 2 ? Qt::white : Qt::black);
        }
        m_tiles[r]->setPalette(p);
        m_labels[r]->setPalette(p);
        m_values[r]->setPalette(p);
    }
}

} // namespace relais::ui

#include "supervisor/KpiTilesView.h"

#include <relais/app/KpiModel.h>

#include <QAbstractItemModel>
#include <QGridLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace relais::ui {

KpiTilesView::KpiTilesView(QAbstractItemModel *model, QWidget *parent)
    : QFrame(parent), m_model(model), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("kpiTiles"));
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setSpacing(6);
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
        m_tiles << tile;
        m_labels << label;
        m_values << value;
    }
    refresh(0, n - 1);
    m_columns = 0;
    reflow();
}

int KpiTilesView::minimumTileWidth() const
{
    // The widest single word of a label (a label wraps between words, never inside one) or
    // the widest value, plus the tile's margins.
    int widest = 0;
    for (int r = 0; r < m_labels.size(); ++r) {
        m_labels[r]->ensurePolished();
        m_values[r]->ensurePolished();
        const QFontMetrics fm = m_labels[r]->fontMetrics();
        // Lines break at spaces and after hyphens ("post-|traitement").
        static const QRegularExpression breaks(QStringLiteral("(?<=-)|\\s+"));
        for (const QString &word : m_labels[r]->text().split(breaks, Qt::SkipEmptyParts))
            widest = qMax(widest, fm.horizontalAdvance(word));
        widest =
            qMax(widest, m_values[r]->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    }
    return widest + int(16 * m_scale) + 8;
}

QSize KpiTilesView::minimumSizeHint() const
{
    // Two tiles side by side at the least: the tiles take more lines rather than widen the
    // window (the lines' height is the layout's).
    const QSize grid = m_grid->minimumSize();
    return {qMin(grid.width(), 2 * minimumTileWidth() + 12 + m_grid->spacing()), grid.height()};
}

void KpiTilesView::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    reflow();
}

void KpiTilesView::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    reflow();
}

void KpiTilesView::reflow()
{
    const int n = int(m_tiles.size());
    if (n == 0)
        return;
    const int spacing = m_grid->spacing();
    const int tileWidth = minimumTileWidth();
    // Not laid out yet (a new widget is 100 pixels wide): one line until the real width comes.
    const bool laidOut = isVisible() && width() >= 2 * tileWidth;
    const int room = width() - 12 + spacing;
    const int fit = laidOut ? qBound(1, room / (tileWidth + spacing), n) : n;
    const int lines = (n + fit - 1) / fit;
    const int columns = (n + lines - 1) / lines; // balanced: 2 × 6 rather than 10 + 2
    if (columns == m_columns)
        return;
    m_columns = columns;
    m_lines = lines;
    for (QFrame *tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int i = 0; i < n; ++i)
        m_grid->addWidget(m_tiles[i], i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
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

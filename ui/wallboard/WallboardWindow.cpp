#include "wallboard/WallboardWindow.h"

#include "common/ConnectionBanner.h"
#include "common/Icons.h"
#include "supervisor/KpiTilesView.h"

#include <relais/app/DeskCore.h>
#include <relais/app/KpiModel.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/SupervisionHub.h>

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace relais::ui {

namespace {
using QS = app::QueueStatsModel;
const int kColumns[] = {QS::Name,     QS::Waiting,   QS::LongestWait, QS::ServiceLevel,
                        QS::Answered, QS::Abandoned, QS::Ready};
constexpr int kColumnCount = int(std::size(kColumns));
} // namespace

WallboardWindow::WallboardWindow(const DeskContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context),
      m_banner(new ConnectionBanner(context.core->cti(), this)),
      m_kpis(new KpiTilesView(context.core->supervision()->kpis(), this)),
      m_clock(new QLabel(this)), m_pageLabel(new QLabel(this)), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("wallboardFace"));
    setWindowTitle(tr("Relais – Wallboard"));
    setWindowIcon(Icons::icon(QStringLiteral("relais")));
    setWindowFlag(Qt::FramelessWindowHint);
    m_kpis->setScale(2.0);
    m_pageLabel->setObjectName(QStringLiteral("wallboardPage"));
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Queues"), this);
    title->setObjectName(QStringLiteral("wallTitle"));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_pageLabel);
    top->addSpacing(40);
    top->addWidget(m_clock);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("wallboardCentral"));
    auto *col = new QVBoxLayout(central);
    col->setContentsMargins(24, 12, 24, 12);
    col->addWidget(m_banner);
    col->addLayout(top);
    col->addWidget(m_kpis);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(6);
    col->addLayout(m_grid);
    col->addStretch(1);
    setCentralWidget(central);

    QS *queues = context.core->supervision()->queues();
    connect(queues, &QS::statsApplied, this, &WallboardWindow::refresh);
    connect(queues, &QS::countChanged, this, &WallboardWindow::refresh);
    m_rotate.setInterval(10'000);
    connect(&m_rotate, &QTimer::timeout, this, &WallboardWindow::nextPage);
    m_rotate.start();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_clock->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm")));
    });
    m_tick.start();
    m_clock->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm")));
    rebuild();
}

int WallboardWindow::pageCount() const
{
    const int n = m_context.core->supervision()->queues()->count();
    return qMax(1, (n + m_rowsPerPage - 1) / m_rowsPerPage);
}

QString WallboardWindow::cellText(int row, int column) const
{
    if (row + 1 >= m_cells.size() || column >= kColumnCount)
        return {};
    return m_cells[row + 1][column]->text();
}

void WallboardWindow::setRowsPerPage(int rows)
{
    m_rowsPerPage = qBound(1, rows, int(m_cells.size()) - 1);
    refresh();
}

void WallboardWindow::nextPage()
{
    m_page = (m_page + 1) % pageCount();
    refresh();
}

void WallboardWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    app::SupervisionHub *hub = m_context.core->supervision();
    if (!hub->isSubscribed())
        hub->subscribe();
}

void WallboardWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        emit closeRequested();
    else if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Space)
        nextPage();
    else
        QMainWindow::keyPressEvent(event);
}

void WallboardWindow::rebuild()
{
    // One header line and m_rowsPerPage queue lines of big labels, reused for every page.
    QS *queues = m_context.core->supervision()->queues();
    for (int r = 0; r <= m_rowsPerPage; ++r) {
        QList<QLabel *> line;
        for (int c = 0; c < kColumnCount; ++c) {
            auto *label = new QLabel(this);
            label->setObjectName(r == 0 ? QStringLiteral("wallHead") : QStringLiteral("wallCell"));
            label->setAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
            label->setContentsMargins(10, 2, 10, 2);
            if (r == 0)
                label->setText(queues->headerData(kColumns[c], Qt::Horizontal).toString());
            m_grid->addWidget(label, r, c);
            line << label;
        }
        m_cells << line;
    }
    m_grid->setColumnStretch(0, 3);
    for (int c = 1; c < kColumnCount; ++c)
        m_grid->setColumnStretch(c, 1);
    refresh();
}

void WallboardWindow::refresh()
{
    QS *queues = m_context.core->supervision()->queues();
    if (m_page >= pageCount())
        m_page = 0;
    m_pageLabel->setText(pageCount() > 1 ? tr("Page %1 / %2").arg(m_page + 1).arg(pageCount())
                                         : QString());
    for (int r = 0; r + 1 < m_cells.size(); ++r) {
        const int row = m_page * m_rowsPerPage + r;
        for (int c = 0; c < kColumnCount; ++c) {
            QLabel *label = m_cells[r + 1][c];
            int level = -1;
            if (r < m_rowsPerPage && row < queues->count()) {
                const QModelIndex i = queues->index(row, kColumns[c]);
                label->setText(i.data().toString());
                level = i.data(QS::LevelRole).toInt();
            } else {
                label->clear();
            }
            if (!label->property("level").isValid() || label->property("level").toInt() != level) {
                label->setProperty("level", level);
                label->style()->unpolish(label);
                label->style()->polish(label);
            }
        }
    }
}

} // namespace relais::ui

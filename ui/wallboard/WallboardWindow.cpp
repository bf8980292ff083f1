#include "wallboard/WallboardWindow.h"

#include "common/ConnectionBanner.h"
#include "common/Icons.h"
#include "supervisor/KpiTilesView.h"

#include <relais/app/DeskCore.h>
#include <relais/app/KpiModel.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStyle>
#include <QTimer>
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
      m_clock(new QLabel(this)), m_pageLabel(new QLabel(this)), m_broadcast(new QLabel(this)),
      m_grid(new QGridLayout)
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
    m_broadcast->setObjectName(QStringLiteral("wallBroadcast"));
    m_broadcast->setWordWrap(true);
    m_broadcast->setAlignment(Qt::AlignCenter);
    m_broadcast->hide();
    col->addWidget(m_banner);
    col->addWidget(m_broadcast);
    col->addLayout(top);
    col->addWidget(m_kpis);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(8);
    col->addLayout(m_grid, 1); // the queue lines take the rest of the screen
    setCentralWidget(central);

    m_broadcastExpiry.setSingleShot(true);
    connect(&m_broadcastExpiry, &QTimer::timeout, this, [this] {
        m_broadcast->hide();
        m_shownRows = -1;
        QTimer::singleShot(0, this, &WallboardWindow::fitRows);
    });
    connect(context.core->session(), &app::Session::broadcastReceived, this,
            [this](const app::Broadcast &b) { showBroadcast(b.severity, b.text, b.from, b.at); });
    // Opened after an incident was announced: it is still on for the rest of its hour.
    for (const app::Broadcast &b : context.core->session()->broadcasts()) {
        if (b.severity != QLatin1String("incident") && b.severity != QLatin1String("warning"))
            continue;
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - b.at;
        if (b.at > 0 && age < kBroadcastMs)
            showBroadcast(b.severity, b.text, b.from, b.at, int(kBroadcastMs - age));
        break; // the newest one only
    }

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

QString WallboardWindow::broadcastText() const
{
    return m_broadcast->isVisible() ? m_broadcast->text() : QString();
}

void WallboardWindow::showBroadcast(const QString &severity, const QString &text,
                                    const QString &from, qint64 at, int forMs)
{
    // Information stays on the agents' desks; the wall carries what the whole floor must see.
    if (severity != QLatin1String("incident") && severity != QLatin1String("warning"))
        return;
    const QString time = QLocale().toString(at > 0 ? QDateTime::fromMSecsSinceEpoch(at).time()
                                                   : QTime::currentTime(),
                                            QStringLiteral("HH:mm"));
    const bool incident = severity == QLatin1String("incident");
    m_broadcast->setText(
        (incident ? tr("Incident") : tr("Warning")) + QStringLiteral(" — ") + text +
        QStringLiteral("  ") +
        (from.isEmpty() ? QStringLiteral("(%1)").arg(time) : tr("(%1, %2)").arg(from, time)));
    // The wallboard's own colours (the theme's red and amber), large enough for the room.
    m_broadcast->setStyleSheet(
        incident ? QStringLiteral("background: #d93b3b; color: #ffffff; font-size: 30pt; "
                                  "font-weight: bold; padding: 10px; border-radius: 6px;")
                 : QStringLiteral("background: #f5b041; color: #101820; font-size: 30pt; "
                                  "font-weight: bold; padding: 10px; border-radius: 6px;"));
    m_broadcast->show();
    m_broadcastExpiry.start(forMs);
    m_shownRows = -1; // less room for the lines
    QTimer::singleShot(0, this, &WallboardWindow::fitRows);
}

void WallboardWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_shownRows = -1; // the figures' size follows the screen
    QTimer::singleShot(0, this, &WallboardWindow::fitRows);
}

void WallboardWindow::fitRows()
{
    // Lines for the queues there are (at most a page), sharing the height left under the
    // tiles: four queues on a TV get lines twice as tall, with figures to match.
    const int count = m_context.core->supervision()->queues()->count();
    const int shown = qBound(1, qMin(count, m_rowsPerPage), m_rowsPerPage);
    if (shown == m_shownRows)
        return;
    m_shownRows = shown;
    for (int r = 1; r < m_cells.size(); ++r) {
        const bool visible = r <= shown;
        for (QLabel *label : std::as_const(m_cells[r]))
            label->setVisible(visible);
        m_grid->setRowStretch(r, visible ? 1 : 0);
    }
    // The lines start under the tiles (laid out by now, after the first resize).
    const int headerHeight = m_cells.isEmpty() ? 0 : m_cells[0][0]->sizeHint().height();
    int height = centralWidget()->height();
    if (const QScreen *screen = this->screen())
        height = qMin(height, screen->geometry().height());
    const int avail =
        height - 12 - m_kpis->geometry().bottom() - 2 * m_grid->verticalSpacing() - headerHeight;
    const int rowHeight = (avail - shown * m_grid->verticalSpacing()) / shown;
    // Figures about half the line's height: 34 pt (~45 px) at least, 110 px at most.
    const int px = qBound(45, int(rowHeight * 0.5), 110);
    if (px == m_cellPx)
        return;
    m_cellPx = px;
    // One rule on the wallboard's own sheet (not one sheet per label: a label with its own
    // sheet is slower to restyle when its colour changes, which happens every second).
    centralWidget()->setStyleSheet(QStringLiteral("QLabel#wallCell { font-size: %1px; }").arg(px));
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
            // The lines share the height the screen has; the figures' size follows (fitRows),
            // it never makes the window taller than the screen.
            if (r > 0)
                label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
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
    fitRows();
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

#pragma once

#include "common/DeskContext.h"

#include <QList>
#include <QMainWindow>
#include <QTimer>

class QGridLayout;
class QLabel;

namespace relais::ui {

class ConnectionBanner;
class KpiTilesView;

// The wall display: frameless and full screen, the KPI tiles and one big line per queue
// (waiting, longest wait, service level, agents ready), readable from across the room on a
// 1920×1080 TV. The lines share the screen's height (few queues: taller lines, bigger figures);
// when there are more queues than fit, pages rotate. A warning or incident broadcast shows as a
// banner across the top for an hour (or until the next one). Escape closes it when it was opened
// from the supervisor face.
class WallboardWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit WallboardWindow(const DeskContext &context, QWidget *parent = nullptr);

    int page() const { return m_page; }
    int pageCount() const;
    int rowsPerPage() const { return m_rowsPerPage; }
    // Fewer lines per page (tests, smaller screens); at most the default 8.
    void setRowsPerPage(int rows);
    void setRotationInterval(int ms) { m_rotate.setInterval(ms); }
    // The text shown in a cell of the current page (tests and screenshots).
    QString cellText(int row, int column) const;
    void nextPage();
    // The warning or incident banner's text (empty: none shown).
    QString broadcastText() const;
    // The size in pixels of a queue line's figures (tests: grows when there are few queues).
    int cellFontPixels() const { return m_cellPx; }

signals:
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void refresh();
    void fitRows();
    // Shows a warning or incident for `forMs` (an hour from when it was sent).
    void showBroadcast(const QString &severity, const QString &text, const QString &from, qint64 at,
                       int forMs = kBroadcastMs);
    static constexpr int kBroadcastMs = 60 * 60 * 1000;

    DeskContext m_context;
    ConnectionBanner *m_banner;
    KpiTilesView *m_kpis;
    QLabel *m_clock;
    QLabel *m_pageLabel;
    QLabel *m_broadcast;
    QTimer m_broadcastExpiry;
    QGridLayout *m_grid;
    QList<QList<QLabel *>> m_cells;
    QTimer m_rotate;
    QTimer m_tick;
    int m_page = 0;
    int m_rowsPerPage = 8;
    int m_shownRows = -1;
    int m_cellPx = 0;
};

} // namespace relais::ui

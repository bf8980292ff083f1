#pragma once

#include <QTimer>
#include <QWidget>

class QChartView;

namespace relais::app {
class DayStatsModel;
}

namespace relais::ui {

// Qt Charts of the day: service level and contacts per 15-minute interval since midnight, and
// waiting callers over the last hour. Asks the server again every minute while visible.
class DayCharts : public QWidget
{
    Q_OBJECT

public:
    DayCharts(app::DayStatsModel *model, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void drawIntervals();
    void drawWaiting();

    app::DayStatsModel *m_model;
    QChartView *m_day;
    QChartView *m_hour;
    QTimer m_refresh;
};

} // namespace relais::ui

#include "supervisor/DayCharts.h"

#include <relais/app/DayStatsModel.h>

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace relais::ui {

namespace {
// A count axis from 0 with whole-number ticks only (never "0 0 1 1 2"): a step of 1, 2, 5, 10,
// 20, 50… so that there are at most 5 intervals, and the top rounded up to a step.
void countAxis(QValueAxis *axis, int max)
{
    int step = 1;
    for (int magnitude = 1; 5 * step < max; magnitude *= 10) {
        for (int f : {1, 2, 5}) {
            step = f * magnitude;
            if (5 * step >= max)
                break;
        }
    }
    const int top = std::max(1, (max + step - 1) / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}
} // namespace

DayCharts::DayCharts(app::DayStatsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_day(new QChartView(this)), m_hour(new QChartView(this))
{
    setObjectName(QStringLiteral("dayCharts"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_day, 3);
    row->addWidget(m_hour, 2);
    m_day->setRenderHint(QPainter::Antialiasing);
    m_hour->setRenderHint(QPainter::Antialiasing);
    connect(model, &app::DayStatsModel::intervalsChanged, this, &DayCharts::drawIntervals);
    connect(model, &app::DayStatsModel::waitingChanged, this, &DayCharts::drawWaiting);
    m_refresh.setInterval(60'000);
    connect(&m_refresh, &QTimer::timeout, model, &app::DayStatsModel::load);
    drawIntervals();
    drawWaiting();
}

void DayCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->load();
    m_refresh.start();
}

void DayCharts::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh.stop();
}

void DayCharts::drawIntervals()
{
    // The whole day on an hour axis: each 15-minute interval is a point at its start.
    auto *chart = new QChart;
    chart->setTitle(tr("Contacts and service level per 15 minutes"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *contacts = new QLineSeries;
    contacts->setName(tr("Contacts"));
    auto *sl = new QLineSeries;
    sl->setName(tr("Service level (%)"));
    int maxContacts = 0;
    const auto &offered = m_model->offered();
    const auto &level = m_model->serviceLevel();
    for (int i = 0; i < offered.size(); ++i) {
        contacts->append(i / 4.0, offered[i]);
        maxContacts = qMax(maxContacts, offered[i]);
        if (i < level.size() && level[i] >= 0)
            sl->append(i / 4.0, level[i]);
    }
    chart->addSeries(contacts);
    chart->addSeries(sl);
    auto *x = new QValueAxis;
    x->setRange(0, 24);
    x->setTickCount(9);
    x->setLabelFormat(QStringLiteral("%dh"));
    auto *yContacts = new QValueAxis;
    countAxis(yContacts, maxContacts);
    auto *yLevel = new QValueAxis;
    yLevel->setRange(0, 100);
    yLevel->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yContacts, Qt::AlignLeft);
    chart->addAxis(yLevel, Qt::AlignRight);
    contacts->attachAxis(x);
    contacts->attachAxis(yContacts);
    sl->attachAxis(x);
    sl->attachAxis(yLevel);
    QChart *old = m_day->chart();
    m_day->setChart(chart);
    delete old;
}

void DayCharts::drawWaiting()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Waiting callers, last hour"));
    chart->legend()->hide();
    auto *line = new QLineSeries;
    const auto &at = m_model->waitingAt();
    const auto &waiting = m_model->waiting();
    int maxWaiting = 0;
    for (int i = 0; i < at.size() && i < waiting.size(); ++i) {
        line->append(double(at[i]), waiting[i]);
        maxWaiting = qMax(maxWaiting, waiting[i]);
    }
    chart->addSeries(line);
    // Always the last hour, a label every 15 minutes.
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(5);
    x->setLabelsVisible(true);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 end = at.isEmpty() ? now : std::max(now, at.last());
    x->setRange(QDateTime::fromMSecsSinceEpoch(end - 3'600'000),
                QDateTime::fromMSecsSinceEpoch(end));
    auto *y = new QValueAxis;
    countAxis(y, maxWaiting);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    QChart *old = m_hour->chart();
    m_hour->setChart(chart);
    delete old;
}

} // namespace relais::ui

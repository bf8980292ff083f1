#include "relais/app/DayStatsModel.h"

#include "relais/app/CtiClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace relais::app {

DayStatsModel::DayStatsModel(CtiClient *cti, QObject *parent) : QObject(parent), m_cti(cti) {}

void DayStatsModel::load()
{
    m_cti->request(QStringLiteral("stats.intervals"), {}, this, [this](const CtiResult &r) {
        if (r.ok)
            applyIntervals(r.body);
    });
    m_cti->request(QStringLiteral("stats.waiting_history"), {}, this, [this](const CtiResult &r) {
        if (r.ok)
            applyWaitingHistory(r.body);
    });
}

void DayStatsModel::applyIntervals(const QJsonObject &body)
{
    m_dayStart = qint64(body.value(QStringLiteral("start")).toDouble());
    m_intervalMs = qint64(body.value(QStringLiteral("intervalMs")).toDouble(900'000));
    QList<int> offered(96, 0), inTarget(96, 0), closed(96, 0);
    for (const QJsonValue &qv : body.value(QStringLiteral("queues")).toArray()) {
        const QJsonObject q = qv.toObject();
        const QJsonArray o = q.value(QStringLiteral("offered")).toArray();
        const QJsonArray a = q.value(QStringLiteral("answered")).toArray();
        const QJsonArray ab = q.value(QStringLiteral("abandoned")).toArray();
        const QJsonArray t = q.value(QStringLiteral("answeredInTarget")).toArray();
        for (int i = 0; i < 96; ++i) {
            offered[i] += o.at(i).toInt();
            inTarget[i] += t.at(i).toInt();
            closed[i] += a.at(i).toInt() + ab.at(i).toInt();
        }
    }
    m_offered = offered;
    m_serviceLevel.fill(-1.0, 96);
    for (int i = 0; i < 96; ++i)
        if (closed[i] > 0)
            m_serviceLevel[i] = 100.0 * inTarget[i] / closed[i];
    emit intervalsChanged();
}

void DayStatsModel::applyWaitingHistory(const QJsonObject &body)
{
    m_waitingAt.clear();
    for (const QJsonValue &v : body.value(QStringLiteral("at")).toArray())
        m_waitingAt << qint64(v.toDouble());
    m_waiting.fill(0, m_waitingAt.size());
    for (const QJsonValue &qv : body.value(QStringLiteral("queues")).toArray()) {
        const QJsonArray w = qv.toObject().value(QStringLiteral("waiting")).toArray();
        for (int i = 0; i < m_waiting.size() && i < w.size(); ++i)
            m_waiting[i] += w.at(i).toInt();
    }
    emit waitingChanged();
}

} // namespace relais::app

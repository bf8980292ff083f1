// DayStatsModel: the day's intervals and the last hour's waiting counts added up over queues;
// an interval with nothing answered or abandoned has no service level (-1), not 100 %.
#include <relais/app/CtiClient.h>
#include <relais/app/DayStatsModel.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using relais::app::DayStatsModel;

namespace {
QJsonArray series(QList<std::pair<int, int>> at)
{
    QJsonArray a;
    for (int i = 0; i < 96; ++i)
        a.append(0);
    for (auto [i, v] : at)
        a[i] = v;
    return a;
}
} // namespace

class TestDayStatsModel : public QObject
{
    Q_OBJECT

private slots:
    void intervalsAddUpQueues()
    {
        relais::app::CtiClient cti;
        DayStatsModel model(&cti);
        QSignalSpy changed(&model, &DayStatsModel::intervalsChanged);
        auto queue = [](const QString &name, int offered, int answered, int abandoned,
                        int inTarget) {
            return QJsonObject{{"name", name},
                               {"offered", series({{40, offered}})},
                               {"answered", series({{40, answered}})},
                               {"abandoned", series({{40, abandoned}})},
                               {"answeredInTarget", series({{40, inTarget}})}};
        };
        model.applyIntervals(
            {{"start", 1'700'000'000'000.0},
             {"intervalMs", 900000},
             {"queues", QJsonArray{queue("general", 10, 8, 2, 6), queue("vip", 10, 10, 0, 9)}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.dayStart(), 1'700'000'000'000);
        QCOMPARE(model.offered().size(), 96);
        QCOMPARE(model.offered()[40], 20);
        QCOMPARE(model.serviceLevel()[40], 75.0); // 15 in target of 20 closed
        QCOMPARE(model.serviceLevel()[39], -1.0);
    }

    void waitingHistorySums()
    {
        relais::app::CtiClient cti;
        DayStatsModel model(&cti);
        model.applyWaitingHistory(
            {{"intervalMs", 10000},
             {"at", QJsonArray{1000.0, 11000.0, 21000.0}},
             {"queues", QJsonArray{QJsonObject{{"name", "a"}, {"waiting", QJsonArray{1, 2, 3}}},
                                   QJsonObject{{"name", "b"}, {"waiting", QJsonArray{0, 5, 1}}}}}});
        QCOMPARE(model.waitingAt(), (QList<qint64>{1000, 11000, 21000}));
        QCOMPARE(model.waiting(), (QList<int>{1, 7, 4}));
    }
};

QTEST_GUILESS_MAIN(TestDayStatsModel)
#include "tst_daystatsmodel.moc"

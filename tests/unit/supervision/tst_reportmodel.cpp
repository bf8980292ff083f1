// ReportModel: a report.queues / report.agents reply shown as rows (total last) and exported as
// CSV (raw numbers, durations in seconds, quoting) and HTML.
#include <relais/app/CtiClient.h>
#include <relais/app/ReportModel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using relais::app::ReportModel;

class TestReportModel : public QObject
{
    Q_OBJECT

private:
    static QJsonObject queuesReply()
    {
        auto figures = [](const QString &name, int offered, int answered, double sl) {
            return QJsonObject{{"name", name},         {"offered", offered},
                               {"answered", answered}, {"abandoned", offered - answered},
                               {"serviceLevel", sl},   {"ahtMs", 185400},
                               {"avgWaitMs", 12000},   {"longestWaitMs", 95000},
                               {"handled", answered}};
        };
        QJsonObject total = figures({}, 30, 26, 81.25);
        total.remove("name");
        return {
            {"from", "2026-11-23"},
            {"to", "2026-11-24"},
            {"queues", QJsonArray{figures("general", 20, 18, 90), figures("vip, or", 10, 8, 62.5)}},
            {"total", total}};
    }

private slots:
    void queueRowsWithTotal()
    {
        relais::app::CtiClient cti;
        ReportModel model(&cti);
        QAbstractItemModelTester tester(&model);
        model.setReply(ReportModel::Kind::Queues, queuesReply());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("general"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Total"));
        QCOMPARE(model.index(1, 4).data().toString(), QStringLiteral("63 %"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("3:05"));
        QCOMPARE(model.from(), QDate(2026, 11, 23));
        QCOMPARE(model.to(), QDate(2026, 11, 24));
    }

    void csvHasRawNumbersAndQuotes()
    {
        relais::app::CtiClient cti;
        ReportModel model(&cti);
        model.setReply(ReportModel::Kind::Queues, queuesReply());
        const QList<QByteArray> lines = model.toCsv().split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 rows, empty after the last CRLF
        QCOMPARE(lines[0].count(','), 7);
        QCOMPARE(lines[1], QByteArray("general,20,18,2,90.0,185,12,95\r"));
        QCOMPARE(lines[2], QByteArray("\"vip, or\",10,8,2,62.5,185,12,95\r"));
        QVERIFY(lines[3].startsWith("Total,30,26,4,81.3"));
    }

    void agentsReport()
    {
        relais::app::CtiClient cti;
        ReportModel model(&cti);
        model.setReply(ReportModel::Kind::Agents,
                       {{"from", "2026-11-24"},
                        {"to", "2026-11-24"},
                        {"agents", QJsonArray{QJsonObject{{"agentId", "agent1"},
                                                          {"name", "Awa Dossou"},
                                                          {"team", "Équipe Cotonou"},
                                                          {"handled", 14},
                                                          {"ahtMs", 240000},
                                                          {"readyMs", 3600000},
                                                          {"notReadyMs", 600000},
                                                          {"busyMs", 7200000},
                                                          {"wrapUpMs", 300000},
                                                          {"loggedInMs", 11700000}}}}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 9);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Équipe Cotonou"));
        const QList<QByteArray> lines = model.toCsv().split('\n');
        QCOMPARE(lines[1],
                 QByteArray("Awa Dossou,Équipe Cotonou,14,240,3600,600,7200,300,11700\r"));
        const QString html = model.toHtml(QStringLiteral("Rapport"));
        QVERIFY(html.contains(QStringLiteral("<td>Awa Dossou</td>")));
        QVERIFY(html.contains(QStringLiteral("2026-11-24")));
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"

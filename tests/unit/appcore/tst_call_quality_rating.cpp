// The call-quality indicator's verdicts: what an agent would call a clean, a degraded and a
// broken line, from the RTCP figures the engine reports.
#include "relais/app/CallQualityRating.h"

#include <QTest>

using relais::app::CallFigures;
using relais::app::CallQualityRating;
using relais::app::PhoneQuality;

class TstCallQualityRating : public QObject
{
    Q_OBJECT

private slots:
    void nothingReceivedYetIsUnknown()
    {
        CallFigures f;
        f.codec = QStringLiteral("PCMA");
        const PhoneQuality q = CallQualityRating::rate(f);
        QCOMPARE(q.level, PhoneQuality::Level::Unknown);
        QCOMPARE(q.codec, QStringLiteral("PCMA"));
    }

    void verdicts_data()
    {
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("remoteLoss");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<double>("rtt");
        QTest::addColumn<int>("level");
        using L = PhoneQuality::Level;
        QTest::newRow("clean LAN") << 0.0 << 0.0 << 2.0 << 1.0 << int(L::Good);
        QTest::newRow("rtt unknown yet") << 0.0 << 0.0 << 2.0 << -1.0 << int(L::Good);
        QTest::newRow("1% loss") << 0.01 << 0.0 << 5.0 << 40.0 << int(L::Good);
        QTest::newRow("5% loss far end") << 0.0 << 0.05 << 5.0 << 40.0 << int(L::Fair);
        QTest::newRow("long satellite delay") << 0.0 << 0.0 << 10.0 << 600.0 << int(L::Poor);
        QTest::newRow("10% loss") << 0.10 << 0.02 << 20.0 << 60.0 << int(L::Poor);
    }

    void verdicts()
    {
        QFETCH(double, loss);
        QFETCH(double, remoteLoss);
        QFETCH(double, jitter);
        QFETCH(double, rtt);
        QFETCH(int, level);
        CallFigures f;
        f.packetsReceived = 500;
        f.lossFraction = loss;
        f.remoteLossFraction = remoteLoss;
        f.jitterMs = jitter;
        f.remoteJitterMs = jitter / 2;
        f.roundTripMs = rtt;
        const PhoneQuality q = CallQualityRating::rate(f);
        QCOMPARE(int(q.level), level);
        QCOMPARE(q.lossPercent, 100.0 * std::max(loss, remoteLoss));
        QCOMPARE(q.jitterMs, jitter);
    }

    void moreLossNeverSoundsBetter()
    {
        double previous = 5.0;
        for (double loss = 0.0; loss <= 30.0; loss += 0.5) {
            const double mos = CallQualityRating::mos(100.0, loss);
            QVERIFY2(mos <= previous, qPrintable(QString::number(loss)));
            QVERIFY(mos >= 1.0 && mos <= 4.5);
            previous = mos;
        }
    }
};

QTEST_APPLESS_MAIN(TstCallQualityRating)
#include "tst_call_quality_rating.moc"

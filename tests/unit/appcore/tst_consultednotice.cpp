// The consulted colleague's side of an attended transfer against the fake server: the
// interaction.consulted events make and unmake the notice the agent window shows.
#include "FakeCtiFixture.h"

#include <relais/app/ConsultedNotice.h>
#include <relais/app/CtiClient.h>

#include <QSignalSpy>
#include <QTest>

using namespace relais::app;

namespace {
QJsonObject consulted(const QString &id, const QString &state)
{
    return {{"interactionId", id},
            {"state", state},
            {"agentId", "agent1"},
            {"name", "Awa Dossou"},
            {"queue", "general"},
            {"from", "+22997000005"},
            {"customer", QJsonObject{{"id", "CUST-0005"}, {"name", "Solange Coulibaly"}}}};
}
} // namespace

class TestConsultedNotice : public QObject
{
    Q_OBJECT

private:
    FakeCtiFixture m_cti;

private slots:
    void initTestCase() { QVERIFY(m_cti.listen()); }

    void ringingThenConnectedThenCompleted()
    {
        auto cti = m_cti.client();
        QVERIFY(cti);
        ConsultedNotice notice(cti.get());
        QSignalSpy changed(&notice, &ConsultedNotice::changed);
        QSignalSpy ended(&notice, &ConsultedNotice::ended);
        QVERIFY(!notice.isActive());

        m_cti.server.sendEvent("interaction.consulted", consulted("IX-1", "ringing"));
        QTRY_VERIFY(notice.isActive());
        QCOMPARE(notice.state(), QStringLiteral("ringing"));
        QCOMPARE(notice.interactionId(), QStringLiteral("IX-1"));
        QCOMPARE(notice.agentId(), QStringLiteral("agent1"));
        QCOMPARE(notice.agentName(), QStringLiteral("Awa Dossou"));
        QCOMPARE(notice.customerName(), QStringLiteral("Solange Coulibaly"));
        QCOMPARE(notice.from(), QStringLiteral("+22997000005"));
        QCOMPARE(notice.queue(), QStringLiteral("general"));

        m_cti.server.sendEvent("interaction.consulted", consulted("IX-1", "connected"));
        QTRY_COMPARE(notice.state(), QStringLiteral("connected"));

        // Completed: the call comes as this agent's own interaction; nothing "ended".
        m_cti.server.sendEvent("interaction.consulted", consulted("IX-1", "completed"));
        QTRY_VERIFY(!notice.isActive());
        QVERIFY(notice.interactionId().isEmpty());
        QVERIFY(ended.isEmpty());
        QVERIFY(changed.size() >= 3);
    }

    void endedSaysWhyAndLateNewsOfAnotherCallChangesNothing()
    {
        auto cti = m_cti.client();
        QVERIFY(cti);
        ConsultedNotice notice(cti.get());
        QSignalSpy ended(&notice, &ConsultedNotice::ended);
        m_cti.server.sendEvent("interaction.consulted", consulted("IX-2", "ringing"));
        QTRY_VERIFY(notice.isActive());
        // The end of another (older) consultation does not take this one away.
        QJsonObject other = consulted("IX-9", "ended");
        other.insert("reason", "cancelled");
        m_cti.server.sendEvent("interaction.consulted", other);
        QTest::qWait(100);
        QVERIFY(notice.isActive());
        QVERIFY(ended.isEmpty());

        QJsonObject end = consulted("IX-2", "ended");
        end.insert("reason", "cancelled");
        m_cti.server.sendEvent("interaction.consulted", end);
        QTRY_VERIFY(!notice.isActive());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(0).toString(), QStringLiteral("Awa Dossou"));
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("cancelled"));
    }

    void anUnknownCallerAndNameStillMakeANotice()
    {
        auto cti = m_cti.client();
        QVERIFY(cti);
        ConsultedNotice notice(cti.get());
        m_cti.server.sendEvent(
            "interaction.consulted",
            {{"interactionId", "IX-3"}, {"state", "ringing"}, {"agentId", "agent4"}});
        QTRY_VERIFY(notice.isActive());
        QCOMPARE(notice.agentName(), QStringLiteral("agent4")); // the id stands for the name
        QVERIFY(notice.customerName().isEmpty());
        // No interaction id: not a consultation this desk can follow.
        m_cti.server.sendEvent("interaction.consulted", {{"state", "ended"}});
        QTest::qWait(100);
        QVERIFY(notice.isActive());
        notice.clear();
        QVERIFY(!notice.isActive());
    }
};

QTEST_MAIN(TestConsultedNotice)
#include "tst_consultednotice.moc"

#include <relais/protocol/Types.h>

#include <QTest>

using namespace relais::protocol;

class TestTypes : public QObject
{
    Q_OBJECT
private slots:
    void interactionRoundTrips()
    {
        Interaction i{"ix-1", Channel::Whatsapp, "general", "+22997000001", "Facture", 100, 4200,
                      ""};
        QString error;
        auto back = Interaction::fromJson(i.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, i);
    }

    void unknownChannelNamesTheField()
    {
        QString error;
        auto i = Interaction::fromJson({{"id", "x"}, {"channel", "pigeon"}, {"queue", "q"}}, &error);
        QVERIFY(!i.has_value());
        QVERIFY2(error.contains("interaction.channel"), qPrintable(error));
    }

    void customerKeepsUtf8Fields()
    {
        Customer c{"c1", "Adjoua Kouassi-Gbèdo", "+22997000001", "", "fr", "gold",
                   QJsonObject{{"compte", "CI-0001"}, {"ville", "Cotonou — Akpakpa"}}};
        auto back = Customer::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(*back, c);
    }

    void contactAndStatsRoundTrip()
    {
        Contact k{1700000000000, Channel::Email, "technique", "Panne", "Résolu", "Awa", "ok", "i9"};
        QCOMPARE(*Contact::fromJson(k.toJson()), k);
        QueueStats s;
        s.name = "general";
        s.waiting = 3;
        s.agents.ready = 2;
        s.serviceLevel = 87.5;
        QCOMPARE(*QueueStats::fromJson(s.toJson()), s);
        AgentStateInfo a{"agent1", "Agent 1", AgentState::NotReady, "pause", 12};
        QCOMPARE(*AgentStateInfo::fromJson(a.toJson()), a);
    }

    void enumsHaveTheContractNames()
    {
        QCOMPARE(toString(AgentState::WrapUp), QStringLiteral("wrap_up"));
        QCOMPARE(toString(AgentState::NotReady), QStringLiteral("not_ready"));
        QVERIFY(agentStateFromString("logged_out") == AgentState::LoggedOut);
        QCOMPARE(toString(ErrorCode::Unauthenticated), QStringLiteral("unauthenticated"));
        QVERIFY(!channelFromString("VOICE"));
        QVERIFY(isTextChannel(Channel::Sms));
        QVERIFY(!isTextChannel(Channel::Voice));
    }
};

QTEST_APPLESS_MAIN(TestTypes)
#include "tst_types.moc"

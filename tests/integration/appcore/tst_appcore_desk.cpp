// The desk's brain against a real relais-dispatch --demo: login, ready, a chat posted through
// the channel API is offered with the customer's card and history, answered, replied to (the
// reply reaches the connector), wrapped up, and the contact lands in the customer's history.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "TestEnv.h"

#include <relais/app/AgentGridModel.h>
#include <relais/app/ContactHistoryModel.h>
#include <relais/app/ConversationModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/CustomerCard.h>
#include <relais/app/DeskCore.h>
#include <relais/app/HistorySearchModel.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/OfferController.h>
#include <relais/app/QueueStatsModel.h>
#include <relais/app/Session.h>
#include <relais/app/SupervisionHub.h>
#include <relais/app/WrapupController.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais::app;

namespace {
const QString kKnownCustomer = QStringLiteral("+22997000001");
constexpr int kLong = 20000; // argon2id logins and server start-up take their time on a busy box
} // namespace

class TestAppcoreDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;

    bool loginAs(DeskCore &desk, const QString &user)
    {
        desk.setServers(m_server.ctiUrl());
        desk.session()->login(user, QStringLiteral("demo"), QStringLiteral("poste-test"));
        return QTest::qWaitFor([&] { return desk.session()->isLoggedIn(); }, kLong);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const QString db = TestEnv::freshDatabase(QStringLiteral("appcore_desk"), m_dir, &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start(db), qPrintable(m_server.output()));
    }

    void aChatFromOfferToWrapUp()
    {
        DeskCore desk;
        QVERIFY(loginAs(desk, "agent1"));
        Session *s = desk.session();
        QCOMPARE(s->agentName(), QStringLiteral("Awa Dossou"));
        QVERIFY(s->sipCredentials().isValid());
        QVERIFY(!s->wrapupCodes().isEmpty());
        QVERIFY(!s->cannedResponses().isEmpty());
        s->setReady();
        QTRY_COMPARE_WITH_TIMEOUT(s->stateWireName(), QStringLiteral("ready"), kLong);

        InteractionHub *hub = desk.interactions();
        HttpClient http(m_server.httpBase());
        const QString id = http.createInteraction("chat", kKnownCustomer,
                                                  "Bonjour, ma facture de mars est fausse");
        QVERIFY(!id.isEmpty());

        // The offer pops with the customer and their history.
        QTRY_VERIFY_WITH_TIMEOUT(hub->offer()->isActive(), kLong);
        QCOMPARE(hub->offer()->interactionId(), id);
        QCOMPARE(hub->offer()->channel(), QStringLiteral("chat"));
        QVERIFY(hub->offer()->remainingMs() > 0);
        QVERIFY(hub->offer()->customer()->hasCustomer());
        QCOMPARE(hub->offer()->customer()->phone(), kKnownCustomer);
        QVERIFY(hub->offer()->history()->count() >= 5);
        QVERIFY(desk.lastScreenPopUs() >= 0);
        qInfo("screen-pop: %lld µs from the interaction.offered frame to the card and history",
              desk.lastScreenPopUs());
        QTRY_COMPARE(s->stateWireName(), QStringLiteral("reserved"));

        hub->offer()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(hub->currentInteractionId(), id, kLong);
        QVERIFY(!hub->offer()->isActive());
        QCOMPARE(hub->currentState(), QStringLiteral("active"));
        QVERIFY(hub->canWrite());
        QCOMPARE(hub->customer()->phone(), kKnownCustomer);
        QVERIFY(hub->history()->count() >= 5);
        QCOMPARE(hub->conversation()->rowCount(), 1);
        QCOMPARE(hub->conversation()->index(0).data().toString(),
                 QStringLiteral("Bonjour, ma facture de mars est fausse"));
        QTRY_COMPARE(s->stateWireName(), QStringLiteral("busy"));

        // The reply reaches the connector.
        hub->sendMessage(QStringLiteral("Bonjour, je regarde votre facture tout de suite."));
        QTRY_COMPARE_WITH_TIMEOUT(
            hub->conversation()->index(1).data(ConversationModel::SendStateRole).toInt(),
            int(ConversationModel::SendState::Sent), kLong);
        const HttpClient::Response got =
            http.get(QStringLiteral("/api/v1/interactions/%1/messages?after=0").arg(id));
        QCOMPARE(got.status, 200);
        const QJsonArray written = got.json().value("messages").toArray();
        QCOMPARE(written.size(), 1);
        QCOMPARE(written[0].toObject().value("text").toString(),
                 QStringLiteral("Bonjour, je regarde votre facture tout de suite."));

        // The customer answers.
        QCOMPARE(http.post(QStringLiteral("/api/v1/interactions/%1/messages").arg(id),
                           {{"text", "Merci, c'est le montant de 12 500 F"}})
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(hub->conversation()->rowCount(), 3, kLong);
        QCOMPARE(hub->conversation()->index(2).data(ConversationModel::FromRole).toString(),
                 QStringLiteral("customer"));

        // End, wrap up, back to ready.
        hub->endInteraction();
        QTRY_VERIFY_WITH_TIMEOUT(hub->wrapup()->isActive(), kLong);
        QCOMPARE(hub->wrapup()->interactionId(), id);
        QVERIFY(hub->wrapup()->hasDeadline());
        QCOMPARE(hub->wrapup()->limitMs(), 60000); // the demo's general queue
        QVERIFY(hub->wrapup()->remainingMs() > 0);
        QCOMPARE(hub->currentState(), QStringLiteral("wrap_up"));
        hub->wrapup()->setDisposition(QStringLiteral("resolved"));
        hub->wrapup()->setReason(QStringLiteral("facture"));
        hub->wrapup()->setNotes(QStringLiteral("Montant corrigé, avoir envoyé"));
        hub->wrapup()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(hub->interactions()->rowCount(), 0, kLong);
        QVERIFY(!hub->wrapup()->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(s->stateWireName(), QStringLiteral("ready"), kLong);
        QTRY_VERIFY(s->handledToday() >= 1);

        // The contact is now the newest of the customer's history.
        HistorySearchModel *search = desk.historySearch();
        search->search(kKnownCustomer);
        QTRY_VERIFY_WITH_TIMEOUT(search->rowCount() >= 1, kLong);
        search->select(0);
        QTRY_VERIFY_WITH_TIMEOUT(search->history()->count() >= 1 &&
                                     search->history()
                                             ->index(0, 0)
                                             .data(ContactHistoryModel::InteractionIdRole)
                                             .toString() == id,
                                 kLong);
        QCOMPARE(search->history()->index(0, 0).data(ContactHistoryModel::NotesRole).toString(),
                 QStringLiteral("Montant corrigé, avoir envoyé"));
        QCOMPARE(
            search->history()->index(0, 0).data(ContactHistoryModel::DispositionRole).toString(),
            QStringLiteral("resolved"));
        QCOMPARE(search->history()->index(0, 0).data(ContactHistoryModel::AgentRole).toString(),
                 QStringLiteral("Awa Dossou"));

        s->logout();
        QTRY_VERIFY_WITH_TIMEOUT(!s->isLoggedIn(), kLong);
    }

    void theSupervisorSeesQueuesAndAgents()
    {
        DeskCore sup;
        QVERIFY(loginAs(sup, "supervisor1"));
        QVERIFY(sup.session()->isSupervisor());
        DeskCore agent;
        QVERIFY(loginAs(agent, "agent2"));
        SupervisionHub *hub = sup.supervision();
        hub->subscribe();
        QTRY_VERIFY_WITH_TIMEOUT(hub->isSubscribed(), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(hub->queues()->rowOf("general") >= 0, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(hub->agents()->rowOf("agent2") >= 0, kLong);
        QVERIFY(hub->agents()->rowCount() >= 20); // every configured agent, logged in or not
        const AgentGridModel::Agent *a = hub->agents()->agent("agent2");
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("Koffi Mensah"));

        agent.session()->setReady();
        QTRY_VERIFY_WITH_TIMEOUT(
            hub->agents()->agent("agent2")->state == relais::protocol::AgentState::Ready, kLong);

        // A waiting chat shows in the queue table; the supervisor forces the agent to pause.
        hub->forceState("agent2", "not_ready", "meeting");
        QTRY_VERIFY_WITH_TIMEOUT(
            hub->agents()->agent("agent2")->state == relais::protocol::AgentState::NotReady, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(agent.session()->stateReason(), QStringLiteral("meeting"), kLong);
        HttpClient http(m_server.httpBase());
        QVERIFY(
            !http.createInteraction("chat", "+22997000077", "Quelqu'un ?", "english").isEmpty());
        const int row = hub->queues()->rowOf("english");
        QVERIFY(row >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(hub->queues()
                                         ->index(row, QueueStatsModel::Waiting)
                                         .data(QueueStatsModel::ValueRole)
                                         .toInt() >= 1,
                                 kLong);

        // A broadcast reaches the agent.
        QSignalSpy broadcast(agent.session(), &Session::broadcastReceived);
        hub->broadcast("Coupure réseau prévue à 14 h", "warning");
        QTRY_COMPARE_WITH_TIMEOUT(broadcast.size(), 1, kLong);
        QCOMPARE(agent.session()->broadcasts().first().severity, QStringLiteral("warning"));
    }
};

int main(int argc, char **argv)
{
    TestEnv::parseArgs(argc, argv);
    QCoreApplication app(argc, argv);
    TestAppcoreDesk t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_appcore_desk.moc"

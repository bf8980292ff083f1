// InteractionHub fed with synthetic frames: the inbox, conversation, screen-pop, offer and
// wrap-up models change row by row (no resets), and chat replies survive a lost link.
#include "FakeCtiServer.h"
#include "Frames.h"
#include "ModelSpy.h"

#include <relais/app/ContactHistoryModel.h>
#include <relais/app/ConversationModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/CustomerCard.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/OfferController.h>
#include <relais/app/WrapupController.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace relais::app;
using State = CtiClient::ConnectionState;

namespace {
QVariant listData(InteractionHub &hub, const QString &id, int role)
{
    InteractionListModel *m = hub.interactions();
    return m->data(m->index(m->rowOf(id)), role);
}

QJsonArray twoMessages(const QString &id)
{
    return {frames::message(id, 1, "customer", "Bonjour, ma facture est fausse"),
            frames::message(id, 2, "system", "Transféré depuis le serveur vocal")};
}
} // namespace

class TestInteractionHub : public QObject
{
    Q_OBJECT

private slots:
    void anOfferPopsTheCustomerAndCountsDown()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        qint64 clock = 1000;
        hub.offer()->setClock([&] { return clock; });
        ModelSpy list(hub.interactions());
        QSignalSpy arrived(hub.offer(), &OfferController::offerArrived);
        QSignalSpy pop(&hub, &InteractionHub::screenPopMeasured);

        hub.handleEvent(
            frames::event("interaction.offered", frames::offerPayload("ix1", "chat", "offered",
                                                                      15000, twoMessages("ix1"))));

        QCOMPARE(list.inserted, 1);
        QCOMPARE(list.resets, 0);
        QCOMPARE(listData(hub, "ix1", InteractionListModel::StateRole).toString(),
                 QStringLiteral("offered"));
        QCOMPARE(listData(hub, "ix1", InteractionListModel::CustomerRole).toString(),
                 QStringLiteral("Adjoa Mensah"));
        QCOMPARE(listData(hub, "ix1", InteractionListModel::ChannelNameRole).toString(),
                 QStringLiteral("Chat"));
        QCOMPARE(listData(hub, "ix1", InteractionListModel::LastMessageRole).toString(),
                 QStringLiteral("Transféré depuis le serveur vocal"));
        // The screen-pop: the offer's own card and history, filled on arrival.
        QCOMPARE(arrived.size(), 1);
        QVERIFY(hub.offer()->isActive());
        QCOMPARE(hub.offer()->customer()->name(), QStringLiteral("Adjoa Mensah"));
        QCOMPARE(hub.offer()->customer()->fieldText("compte"), QStringLiteral("CB-1204"));
        QCOMPARE(hub.offer()->history()->count(), 2);
        QCOMPARE(hub.offer()->history()->index(0, ContactHistoryModel::Agent).data().toString(),
                 QStringLiteral("Awa Dossou"));
        QCOMPARE(pop.size(), 1);
        QVERIFY(hub.lastScreenPopUs() >= 0);
        // Not selected yet: the workspace card stays on what the agent was doing.
        QVERIFY(!hub.customer()->hasCustomer());

        QCOMPARE(hub.offer()->remainingMs(), 15000);
        QCOMPARE(hub.offer()->waitedMs(), 4000);
        QSignalSpy expired(hub.offer(), &OfferController::expired);
        clock += 6000;
        hub.offer()->refreshCountdown();
        QCOMPARE(hub.offer()->remainingMs(), 9000);
        QCOMPARE(hub.offer()->waitedMs(), 10000);
        QVERIFY(qAbs(hub.offer()->remainingFraction() - 0.6) < 1e-9);
        QCOMPARE(expired.size(), 0);
        clock += 9000;
        hub.offer()->refreshCountdown();
        QCOMPARE(hub.offer()->remainingMs(), 0);
        QCOMPARE(expired.size(), 1);
    }

    void acceptingMakesItActiveAndSelected()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        hub.handleEvent(
            frames::event("interaction.offered", frames::offerPayload("ix1", "chat", "offered",
                                                                      15000, twoMessages("ix1"))));
        ModelSpy list(hub.interactions());
        QSignalSpy ended(hub.offer(), &OfferController::offerEnded);
        hub.handleEvent(
            frames::event("interaction.accepted",
                          {{"interactionId", "ix1"}, {"state", "active"}, {"queue", "general"}}));
        QCOMPARE(list.resets, 0);
        QCOMPARE(list.inserted, 0);
        QVERIFY(list.changedRole(InteractionListModel::StateRole));
        QCOMPARE(listData(hub, "ix1", InteractionListModel::StateRole).toString(),
                 QStringLiteral("active"));
        QVERIFY(!hub.offer()->isActive());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0][1].toString(), QStringLiteral("accepted"));
        QCOMPARE(hub.currentInteractionId(), QStringLiteral("ix1"));
        QVERIFY(hub.canWrite());
        QCOMPARE(hub.conversation()->rowCount(), 2);
        QCOMPARE(hub.conversation()->index(0).data(ConversationModel::FromRole).toString(),
                 QStringLiteral("customer"));
        QCOMPARE(hub.customer()->name(), QStringLiteral("Adjoa Mensah"));
        QCOMPARE(hub.history()->count(), 2);
    }

    void messagesAreUnreadUntilSeen()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        QAbstractItemModelTester listTester(hub.interactions(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conversationTester(
            hub.conversation(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        hub.applySessionPayload(
            frames::loginReply({frames::offerPayload("ix1", "chat", "active"),
                                frames::offerPayload("ix2", "whatsapp", "active")}),
            false);
        QCOMPARE(hub.currentInteractionId(), QStringLiteral("ix1"));
        ModelSpy list(hub.interactions());
        ModelSpy conversation(hub.conversation());
        QSignalSpy received(&hub, &InteractionHub::messageReceived);

        hub.handleEvent(
            frames::event("interaction.message", frames::message("ix2", 1, "customer", "Allô ?")));
        QCOMPARE(listData(hub, "ix2", InteractionListModel::UnreadRole).toInt(), 1);
        QCOMPARE(hub.interactions()->totalUnread(), 1);
        QVERIFY(listData(hub, "ix2", InteractionListModel::WaitingMsRole).toLongLong() >= 0);
        QCOMPARE(conversation.inserted, 0); // another conversation
        QCOMPARE(received.size(), 1);

        hub.handleEvent(frames::event("interaction.message",
                                      frames::message("ix1", 1, "customer", "Vous êtes là ?")));
        QCOMPARE(conversation.inserted, 1);
        QCOMPARE(conversation.resets, 0);
        QCOMPARE(listData(hub, "ix1", InteractionListModel::UnreadRole).toInt(), 0);
        // The same message again (a resync) is not shown twice.
        hub.handleEvent(frames::event("interaction.message",
                                      frames::message("ix1", 1, "customer", "Vous êtes là ?")));
        QCOMPARE(conversation.inserted, 1);

        list.clear();
        hub.selectInteraction("ix2");
        QCOMPARE(listData(hub, "ix2", InteractionListModel::UnreadRole).toInt(), 0);
        QVERIFY(list.changedRole(InteractionListModel::UnreadRole));
        QCOMPARE(list.resets, 0);
        QCOMPARE(hub.conversation()->rowCount(), 1);
        QCOMPARE(hub.conversation()->index(0).data().toString(), QStringLiteral("Allô ?"));
    }

    void endingStartsTheWrapUpAndClosingRemovesTheRow()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        QAbstractItemModelTester listTester(hub.interactions(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester conversationTester(
            hub.conversation(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 clock = 0;
        hub.wrapup()->setClock([&] { return clock; });
        hub.applySessionPayload(
            frames::loginReply({frames::offerPayload("ix1", "chat", "active"),
                                frames::offerPayload("ix2", "email", "active")}),
            false);
        ModelSpy list(hub.interactions());
        hub.handleEvent(frames::event("interaction.ended", {{"interactionId", "ix1"},
                                                            {"state", "wrap_up"},
                                                            {"queue", "general"},
                                                            {"wrapupLimitMs", 60000}}));
        QCOMPARE(listData(hub, "ix1", InteractionListModel::StateRole).toString(),
                 QStringLiteral("wrap_up"));
        QVERIFY(hub.wrapup()->isActive());
        QCOMPARE(hub.wrapup()->interactionId(), QStringLiteral("ix1"));
        QVERIFY(hub.wrapup()->hasDeadline());
        QCOMPARE(hub.wrapup()->remainingMs(), 60000);
        clock = 45000;
        QCOMPARE(hub.wrapup()->remainingMs(), 15000);
        QVERIFY(!hub.canWrite());

        hub.handleEvent(frames::event(
            "interaction.closed",
            {{"interactionId", "ix1"}, {"state", "closed"}, {"disposition", "resolved"}}));
        QCOMPARE(list.removed, 1);
        QCOMPARE(list.resets, 0);
        QCOMPARE(hub.interactions()->rowCount(), 1);
        QVERIFY(!hub.wrapup()->isActive());
        // The agent is not left in front of nothing.
        QCOMPARE(hub.currentInteractionId(), QStringLiteral("ix2"));
        QCOMPARE(hub.conversation()->currentInteraction(), QStringLiteral("ix2"));
    }

    void aRevokedOfferSaysWhy()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        hub.handleEvent(frames::event("interaction.offered", frames::offerPayload("ix1")));
        QSignalSpy ended(hub.offer(), &OfferController::offerEnded);
        hub.handleEvent(frames::event("interaction.revoked",
                                      {{"interactionId", "ix1"}, {"reason", "timeout"}}));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0][1].toString(), QStringLiteral("timeout"));
        QVERIFY(!ended[0][2].toString().isEmpty());
        QCOMPARE(hub.interactions()->rowCount(), 0);
        QVERIFY(!hub.offer()->isActive());
    }

    void twoOffersWaitInLine()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        hub.handleEvent(frames::event("interaction.offered", frames::offerPayload("ix1")));
        hub.handleEvent(frames::event("interaction.offered", frames::offerPayload("ix2", "sms")));
        QCOMPARE(hub.offer()->interactionId(), QStringLiteral("ix1"));
        QCOMPARE(hub.offer()->waitingOffers(), 1);
        hub.handleEvent(frames::event("interaction.revoked",
                                      {{"interactionId", "ix1"}, {"reason", "abandoned"}}));
        QCOMPARE(hub.offer()->interactionId(), QStringLiteral("ix2"));
        QCOMPARE(hub.offer()->channel(), QStringLiteral("sms"));
        QCOMPARE(hub.offer()->customer()->customerId(), QStringLiteral("cust-ix2"));
    }

    void aResumeReconcilesWithoutReset()
    {
        CtiClient cti;
        InteractionHub hub(&cti, nullptr);
        hub.applySessionPayload(
            frames::loginReply(
                {frames::offerPayload("ix1", "chat", "active", 0, twoMessages("ix1")),
                 frames::offerPayload("ix2", "chat", "wrap_up")}),
            false);
        QCOMPARE(hub.interactions()->rowCount(), 2);
        QVERIFY(hub.wrapup()->isPending("ix2"));
        QVERIFY(!hub.wrapup()->hasDeadline()); // unknown after a login: no made-up countdown
        ModelSpy list(hub.interactions());
        ModelSpy conversation(hub.conversation());
        QJsonArray three = twoMessages("ix1");
        three.append(frames::message("ix1", 3, "customer", "Toujours là ?"));
        // ix2 was closed by the wrap-up limit during the outage; ix1 got a message.
        hub.applySessionPayload(
            frames::loginReply({frames::offerPayload("ix1", "chat", "active", 0, three)}), true);
        QCOMPARE(list.resets, 0);
        QCOMPARE(list.removed, 1);
        QCOMPARE(hub.interactions()->rowCount(), 1);
        QVERIFY(!hub.wrapup()->isPending("ix2"));
        QCOMPARE(conversation.inserted, 1);
        QCOMPARE(conversation.resets, 0);
        QCOMPARE(hub.conversation()->rowCount(), 3);
    }

    void aWrapUpFoundAtLoginGetsItsCountdownBack()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "queue.list")
                return QJsonObject{{"queues", QJsonArray{QJsonObject{{"name", "general"},
                                                                     {"wrapupLimitMs", 60000}}}}};
            return QJsonObject{};
        });
        CtiClient cti;
        cti.setServers({server.url()});
        cti.open();
        QTRY_COMPARE(cti.state(), State::Connected);
        InteractionHub hub(&cti, nullptr);
        QJsonObject reply = frames::loginReply({frames::offerPayload("ix2", "chat", "wrap_up")});
        QJsonObject state = reply.value("state").toObject();
        state.insert("interactions", QJsonArray{QJsonObject{
                                         {"id", "ix2"},
                                         {"channel", "chat"},
                                         {"queue", "general"},
                                         {"state", "wrap_up"},
                                         {"since", QDateTime::currentMSecsSinceEpoch() - 20000}}});
        reply.insert("state", state);
        hub.applySessionPayload(reply, false);
        QVERIFY(hub.wrapup()->isPending("ix2"));
        QTRY_VERIFY(hub.wrapup()->hasDeadline());
        QCOMPARE(hub.wrapup()->limitMs(), 60000);
        // 20 s of the 60 s were spent before the login (a margin for a slow machine).
        QVERIFY2(hub.wrapup()->remainingMs() <= 40000 && hub.wrapup()->remainingMs() > 30000,
                 qPrintable(QString::number(hub.wrapup()->remainingMs())));
    }

    void repliesWrittenWhileDownGoOutAfterTheResume()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        qint64 seq = 10;
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            const QString type = req.value("type").toString();
            if (type == "resume")
                return frames::loginReply(
                    {frames::offerPayload("ix1", "chat", "active", 0, twoMessages("ix1"))});
            if (type == "interaction.message")
                return QJsonObject{{"seq", ++seq}, {"at", QDateTime::currentMSecsSinceEpoch()}};
            return QJsonObject{};
        });
        CtiClient cti;
        CtiTimings t;
        t.backoffInitialMs = 50;
        t.backoffMaxMs = 200;
        cti.setTimings(t);
        cti.setServers({server.url()});
        cti.open();
        QTRY_COMPARE(cti.state(), State::Connected);
        cti.setResumeToken("jeton");
        InteractionHub hub(&cti, nullptr);
        connect(&cti, &CtiClient::resumed, &hub,
                [&](const QJsonObject &p) { hub.applySessionPayload(p, true); });
        hub.applySessionPayload(frames::loginReply({frames::offerPayload("ix1", "chat", "active", 0,
                                                                         twoMessages("ix1"))}),
                                false);

        const quint16 port = server.port();
        server.stopListening();
        server.dropClients();
        QTRY_VERIFY(cti.state() != State::Connected);
        server.clearRequests();
        hub.sendMessage("Je regarde votre dossier");
        hub.sendMessage("Un instant s'il vous plaît");
        QCOMPARE(hub.conversation()->rowCount(), 4);
        QCOMPARE(hub.conversation()->index(2).data(ConversationModel::SendStateRole).toInt(),
                 int(ConversationModel::SendState::Pending));
        QVERIFY(server.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(
            hub.conversation()->index(3).data(ConversationModel::SendStateRole).toInt(),
            int(ConversationModel::SendState::Sent), 5000);
        QCOMPARE(hub.conversation()->index(2).data(ConversationModel::SendStateRole).toInt(),
                 int(ConversationModel::SendState::Sent));
        // The hub also asks for queue.list (wrap-up limits); what matters is the replies' order.
        QList<QJsonObject> sent = server.requests();
        sent.removeIf(
            [](const QJsonObject &r) { return r.value("type").toString() == "queue.list"; });
        QStringList types;
        for (const QJsonObject &r : sent)
            types << r.value("type").toString();
        QCOMPARE(types, QStringList({"resume", "interaction.message", "interaction.message"}));
        QCOMPARE(sent[1].value("text").toString(), QStringLiteral("Je regarde votre dossier"));
        QCOMPARE(sent[2].value("text").toString(), QStringLiteral("Un instant s'il vous plaît"));
        QCOMPARE(hub.conversation()->index(2).data(ConversationModel::SeqRole).toLongLong(), 11);
    }

    void aReplyLostInFlightIsNeitherLostNorDuplicated()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        // The server stores the first message but the link dies before the reply; the second
        // never reaches it.
        QJsonArray stored = twoMessages("ix1");
        int messagesSeen = 0;
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            const QString type = req.value("type").toString();
            if (type == "resume")
                return frames::loginReply(
                    {frames::offerPayload("ix1", "chat", "active", 0, stored)});
            if (type == "interaction.message") {
                ++messagesSeen;
                if (messagesSeen == 1) {
                    stored.append(frames::message("ix1", 3, "agent", req.value("text").toString()));
                    return std::nullopt;
                }
                if (messagesSeen == 2)
                    return std::nullopt;
                return QJsonObject{{"seq", 4}, {"at", 0}};
            }
            return QJsonObject{};
        });
        CtiClient cti;
        CtiTimings t;
        t.backoffInitialMs = 50;
        cti.setTimings(t);
        cti.setServers({server.url()});
        cti.open();
        QTRY_COMPARE(cti.state(), State::Connected);
        cti.setResumeToken("jeton");
        InteractionHub hub(&cti, nullptr);
        connect(&cti, &CtiClient::resumed, &hub,
                [&](const QJsonObject &p) { hub.applySessionPayload(p, true); });
        hub.applySessionPayload(frames::loginReply({frames::offerPayload("ix1", "chat", "active", 0,
                                                                         twoMessages("ix1"))}),
                                false);

        hub.sendMessage("Premier");
        hub.sendMessage("Second");
        QTRY_COMPARE(messagesSeen, 2);
        server.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(cti.state(), State::Connected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(messagesSeen, 3, 5000);
        QTRY_COMPARE(hub.conversation()->index(3).data(ConversationModel::SendStateRole).toInt(),
                     int(ConversationModel::SendState::Sent));
        QCOMPARE(hub.conversation()->rowCount(), 4); // no duplicate of "Premier"
        QCOMPARE(hub.conversation()->index(2).data().toString(), QStringLiteral("Premier"));
        QCOMPARE(hub.conversation()->index(2).data(ConversationModel::SeqRole).toLongLong(), 3);
        QCOMPARE(hub.conversation()->index(2).data(ConversationModel::SendStateRole).toInt(),
                 int(ConversationModel::SendState::Sent));
        QCOMPARE(hub.conversation()->index(3).data().toString(), QStringLiteral("Second"));
        QCOMPARE(server.requests().last().value("text").toString(), QStringLiteral("Second"));
    }

    void aRefusedReplyIsMarkedFailedAndCanBeRetried()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        bool refuse = true;
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "interaction.message" && refuse)
                return QJsonObject{
                    {"ok", false},
                    {"error", QJsonObject{{"code", "conflict"},
                                          {"message", "accept the interaction before writing"}}}};
            return QJsonObject{{"seq", 7}, {"at", 0}};
        });
        CtiClient cti;
        cti.setServers({server.url()});
        cti.open();
        QTRY_COMPARE(cti.state(), State::Connected);
        InteractionHub hub(&cti, nullptr);
        hub.applySessionPayload(frames::loginReply({frames::offerPayload("ix1", "chat", "active")}),
                                false);
        hub.sendMessage("Bonjour");
        const QModelIndex row = hub.conversation()->index(0);
        QTRY_COMPARE(row.data(ConversationModel::SendStateRole).toInt(),
                     int(ConversationModel::SendState::Failed));
        QVERIFY(row.data(ConversationModel::ErrorRole).toString().contains("accept"));
        refuse = false;
        hub.retryMessage(row.data(ConversationModel::KeyRole).toString());
        QTRY_COMPARE(row.data(ConversationModel::SendStateRole).toInt(),
                     int(ConversationModel::SendState::Sent));
        QCOMPARE(hub.conversation()->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInteractionHub)
#include "tst_interactionhub.moc"

// The agent's controllers against the fake server: Answer / Reject, the wrap-up form and its
// callback, the history search, the callback list, consulting a number before a transfer.
#include "FakeCtiFixture.h"
#include "Frames.h"
#include "ModelSpy.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/ConsultController.h>
#include <relais/app/ContactHistoryModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/CustomerCard.h>
#include <relais/app/HistorySearchModel.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/OfferController.h>
#include <relais/app/WrapupController.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace relais::app;

class TestAgentControllers : public QObject
{
    Q_OBJECT

private:
    FakeCtiFixture m_cti;
    FakeCtiServer &m_server = m_cti.server;
    FakeCtiFixture::Handler &m_handler = m_cti.handler;

    std::unique_ptr<CtiClient> client() { return m_cti.client(); }

private slots:
    void initTestCase() { QVERIFY(m_cti.listen()); }

    void answerAndRejectGoToTheServer()
    {
        auto cti = client();
        QVERIFY(cti);
        InteractionHub hub(cti.get(), nullptr);
        hub.handleEvent(frames::event("interaction.offered", frames::offerPayload("ix1")));
        hub.handleEvent(frames::event("interaction.offered", frames::offerPayload("ix2", "email")));
        m_handler = [](const QJsonObject &) { return QJsonObject{}; };
        QSignalSpy ended(hub.offer(), &OfferController::offerEnded);
        hub.offer()->accept();
        QVERIFY(hub.offer()->isAnswering());
        hub.offer()->accept(); // a double click sends one request
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(m_server.requestTypes(), QStringList({"interaction.accept"}));
        QCOMPARE(m_server.requests()[0].value("interactionId").toString(), QStringLiteral("ix1"));
        QCOMPARE(hub.offer()->interactionId(), QStringLiteral("ix2"));
        QVERIFY(!hub.offer()->isAnswering());

        // Too late: the server already gave it to someone else.
        m_handler = [](const QJsonObject &) -> std::optional<QJsonObject> {
            return QJsonObject{
                {"ok", false},
                {"error", QJsonObject{{"code", "not_found"}, {"message", "no interaction"}}}};
        };
        QSignalSpy failed(hub.offer(), &OfferController::acceptFailed);
        hub.offer()->reject();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("Cette offre n'est plus disponible"));
        QVERIFY(!hub.offer()->isActive());
        QCOMPARE(m_server.requestTypes().last(), QStringLiteral("interaction.reject"));
    }

    void theWrapUpFormNeedsADispositionAndSendsTheCallbackInTheNotes()
    {
        auto cti = client();
        QVERIFY(cti);
        WrapupController w(cti.get());
        w.setAllowedDispositions({"resolved", "callback"});
        w.begin("ix1", 60000, "voice", "Adjoa Mensah", "+22997000001");
        QVERIFY(w.isActive());
        QCOMPARE(w.callbackNumber(), QStringLiteral("+22997000001"));
        QVERIFY(!w.canSubmit());
        m_handler = [](const QJsonObject &) { return QJsonObject{}; };
        w.submit();
        QCOMPARE(w.error(), QStringLiteral("Choisissez une qualification"));
        QTest::qWait(50);
        QVERIFY(m_server.requests().isEmpty());
        w.setDisposition("made_up");
        QVERIFY(!w.canSubmit());
        w.setDisposition("callback");
        QVERIFY(w.canSubmit());
        w.setNotes("Conteste la facture de mars");
        w.setReason("facture");
        w.setCallbackRequested(true);
        w.setCallbackNumber("");
        QVERIFY(!w.canSubmit());
        w.setCallbackNumber("+22997000002");
        w.setCallbackAt(QDateTime(QDate(2026, 12, 1), QTime(10, 30)));
        QSignalSpy scheduled(&w, &WrapupController::callbackScheduled);
        QSignalSpy submitted(&w, &WrapupController::submitted);
        w.submit();
        QVERIFY(w.isSubmitting());
        QTRY_COMPARE(submitted.size(), 1);
        const QJsonObject sent = m_server.requests().first();
        QCOMPARE(sent.value("type").toString(), QStringLiteral("interaction.wrapup"));
        QCOMPARE(sent.value("disposition").toString(), QStringLiteral("callback"));
        QCOMPARE(sent.value("reason").toString(), QStringLiteral("facture"));
        QVERIFY(sent.value("notes").toString().startsWith("Conteste la facture de mars\n"));
        QVERIFY(sent.value("notes").toString().contains("01/12/2026 10:30"));
        QVERIFY(sent.value("notes").toString().contains("+22997000002"));
        const QJsonObject promise = sent.value("callback").toObject();
        QCOMPARE(promise.value("at").toInteger(),
                 QDateTime(QDate(2026, 12, 1), QTime(10, 30)).toMSecsSinceEpoch());
        QCOMPARE(promise.value("number").toString(), QStringLiteral("+22997000002"));
        QCOMPARE(promise.value("note").toString(), QStringLiteral("Conteste la facture de mars"));
        QCOMPARE(scheduled.size(), 1);
        // This server kept no callback object: the desk made one up to list it.
        QCOMPARE(scheduled[0][1].toJsonObject().value("id").toString(),
                 QStringLiteral("scheduled-ix1"));
        QVERIFY(!w.isActive());
    }

    void aCallbackTheServerStoredIsListedWithItsId()
    {
        auto cti = client();
        QVERIFY(cti);
        m_handler = [](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "interaction.wrapup")
                return QJsonObject{
                    {"callback",
                     QJsonObject{{"id", "cb-77"},
                                 {"state", "scheduled"},
                                 {"customer", QJsonObject{{"id", "c1"}, {"name", "Adjoa Mensah"}}},
                                 {"number", "+22997000001"},
                                 {"queue", "general"},
                                 {"agentName", "Awa Dossou"},
                                 {"dueAt", qint64(1900000000000)},
                                 {"note", "Rappeler pour l'avoir"}}}};
            if (req.value("type") == "callback.list") {
                if (req.value("scope") == "queue")
                    return QJsonObject{{"callbacks", QJsonArray{QJsonObject{
                                                         {"id", "cb-9"},
                                                         {"state", "waiting"},
                                                         {"number", "+22997000009"},
                                                         {"queue", "general"},
                                                         {"dueAt", 1},
                                                         {"recordingUrl", "http://x/rec.wav"}}}}};
                return QJsonObject{{"callbacks", QJsonArray{}}};
            }
            if (req.value("type") == "callback.cancel")
                return QJsonObject{{"callback", QJsonObject{{"id", req.value("callbackId")},
                                                            {"state", "cancelled"}}}};
            return QJsonObject{};
        };
        InteractionHub hub(cti.get(), nullptr);
        hub.applySessionPayload(
            frames::loginReply({frames::offerPayload("ix1", "voice", "wrap_up")}), false);
        WrapupController *w = hub.wrapup();
        w->setDisposition("callback");
        w->setCallbackRequested(true);
        w->setCallbackAt(QDateTime::currentDateTime().addDays(1));
        w->submit();
        CallbackListModel *list = hub.callbacks();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->index(0).data(CallbackListModel::IdRole).toString(),
                 QStringLiteral("cb-77"));
        QCOMPARE(list->index(0).data(CallbackListModel::CustomerRole).toString(),
                 QStringLiteral("Adjoa Mensah"));
        QCOMPARE(list->index(0).data(CallbackListModel::StateNameRole).toString(),
                 QStringLiteral("Programmé"));
        QCOMPARE(list->index(0).data(CallbackListModel::OwnerRole).toString(),
                 QStringLiteral("mine"));
        // The list line says who, when and where it stands.
        const QString line = list->index(0).data().toString();
        QVERIFY2(line.startsWith(QStringLiteral("Adjoa Mensah")), qPrintable(line));
        QVERIFY2(line.contains(list->index(0).data(CallbackListModel::DueTextRole).toString()),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("Programmé")), qPrintable(line));

        list->refresh();
        QTRY_COMPARE(list->rowCount(), 2);
        QVERIFY(list->serverListAvailable());
        QCOMPARE(list->index(1).data(CallbackListModel::OwnerRole).toString(),
                 QStringLiteral("queue"));
        QCOMPARE(list->index(1).data(CallbackListModel::RecordingUrlRole).toString(),
                 QStringLiteral("http://x/rec.wav"));
        list->cancel(0);
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(m_server.requests().last().value("callbackId").toString(),
                 QStringLiteral("cb-77"));
    }

    void eachWrapUpKeepsItsOwnForm()
    {
        CtiClient cti;
        WrapupController w(&cti);
        qint64 clock = 0;
        w.setClock([&] { return clock; });
        w.begin("a", 60000, "chat", "A", "a@exemple.bj");
        w.setDisposition("resolved");
        clock = 10000;
        w.begin("b", 30000, "chat", "B", "+229");
        QCOMPARE(w.interactionId(), QStringLiteral("a")); // the one being filled stays in front
        QCOMPARE(w.remainingMs(), 50000);
        w.setCurrent("b");
        QCOMPARE(w.disposition(), QString());
        QCOMPARE(w.remainingMs(), 30000);
        QVERIFY(w.callbackNumber().isEmpty() == false);
        w.setCurrent("a");
        QCOMPARE(w.disposition(), QStringLiteral("resolved"));
        QVERIFY(w.callbackNumber().isEmpty()); // an e-mail address is not a number to call
        w.finish("a");
        QCOMPARE(w.interactionId(), QStringLiteral("b"));
        QCOMPARE(w.count(), 1);
    }

    void historySearchFindsCustomersAndLoadsTheirHistory()
    {
        auto cti = client();
        QVERIFY(cti);
        const QJsonObject history = frames::offerPayload("x");
        m_handler = [history](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "customer.search") {
                if (req.value("query") == "lent")
                    return std::nullopt; // answered after the next search: must be dropped
                return QJsonObject{
                    {"customers", QJsonArray{QJsonObject{{"id", "c1"},
                                                         {"name", "Adjoa Mensah"},
                                                         {"phone", "+22997000001"}},
                                             QJsonObject{{"id", "c2"},
                                                         {"name", "Kossi Adjovi"},
                                                         {"email", "kossi@exemple.bj"}}}}};
            }
            if (req.value("type") == "customer.history")
                return QJsonObject{{"history", history.value("history")}};
            return QJsonObject{};
        };
        HistorySearchModel m(cti.get());
        m.search("a");
        QVERIFY(!m.error().isEmpty()); // too short: no request
        QVERIFY(m_server.requests().isEmpty());
        m.search("lent");
        m.search("+229970");
        QVERIFY(m.isSearching());
        QSignalSpy done(&m, &HistorySearchModel::searchFinished);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0).data(HistorySearchModel::NameRole).toString(),
                 QStringLiteral("Adjoa Mensah"));
        QVERIFY(m.index(1).data().toString().contains("kossi@exemple.bj"));
        QSignalSpy loaded(&m, &HistorySearchModel::historyLoaded);
        m.select(0);
        QCOMPARE(m.customer()->name(), QStringLiteral("Adjoa Mensah"));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(m.history()->count(), 2);
        QCOMPARE(m_server.requests().last().value("customerId").toString(), QStringLiteral("c1"));
    }

    void callbacksListTheAgentsAndDialThroughThePhone()
    {
        auto cti = client();
        QVERIFY(cti);
        m_handler = [](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "callback.list")
                return QJsonObject{{"ok", false},
                                   {"error", QJsonObject{{"code", "unknown_type"},
                                                         {"message", "unknown request type"}}}};
            return QJsonObject{};
        };
        InteractionHub hub(cti.get(), nullptr);
        CallbackListModel *callbacks = hub.callbacks();
        ModelSpy spy(callbacks);
        hub.handleEvent(
            frames::event("interaction.offered", frames::offerPayload("cb1", "callback")));
        QCOMPARE(spy.inserted, 1);
        QCOMPARE(callbacks->index(0).data(CallbackListModel::NumberRole).toString(),
                 QStringLiteral("+22997000001"));
        QCOMPARE(callbacks->index(0).data(CallbackListModel::StateRole).toString(),
                 QStringLiteral("offered"));
        hub.handleEvent(frames::event("interaction.accepted", {{"interactionId", "cb1"}}));
        QCOMPARE(callbacks->index(0).data(CallbackListModel::StateRole).toString(),
                 QStringLiteral("active"));
        QSignalSpy dial(callbacks, &CallbackListModel::dialRequested);
        callbacks->dial(0);
        QCOMPARE(dial.size(), 1);
        QCOMPARE(dial[0][0].toString(), QStringLiteral("+22997000001"));
        callbacks->refresh();
        QTest::qWait(100);
        QVERIFY(!callbacks->serverListAvailable());
        QCOMPARE(callbacks->rowCount(), 1);
        hub.handleEvent(frames::event("interaction.closed", {{"interactionId", "cb1"}}));
        QCOMPARE(callbacks->rowCount(), 0);
        QCOMPARE(spy.resets, 0);
    }

    // An answered call: consult a number, follow the server's events, go back or complete.
    void consultingFollowsTheServer()
    {
        auto cti = client();
        QVERIFY(cti);
        InteractionHub hub(cti.get(), nullptr);
        ConsultController *consult = hub.consult();
        hub.handleEvent(frames::event("interaction.offered", frames::offerPayload("ix1", "voice")));
        QVERIFY(!consult->isAvailable()); // not answered yet
        hub.handleEvent(frames::event("interaction.accepted", {{"interactionId", "ix1"}}));
        hub.selectInteraction("ix1");
        QTRY_VERIFY(consult->isAvailable());
        m_server.clearRequests();
        m_handler = [](const QJsonObject &r) -> std::optional<QJsonObject> {
            const QString type = r.value("type").toString();
            if (type == "interaction.consult")
                return QJsonObject{
                    {"interactionId", "ix1"}, {"number", "+22997000002"}, {"state", "ringing"}};
            if (type == "interaction.consult_cancel")
                return QJsonObject{
                    {"interactionId", "ix1"}, {"number", "+22997000002"}, {"state", "ended"}};
            return QJsonObject{{"ok", false},
                               {"error", QJsonObject{{"code", "conflict"}, {"message", "nope"}}}};
        };
        QSignalSpy failed(consult, &ConsultController::failed);
        QSignalSpy ended(consult, &ConsultController::ended);
        consult->consult("pas un numéro"); // checked on the desk first
        QCOMPARE(failed.size(), 1);
        consult->consult("97 00 00 02");
        QTRY_COMPARE(consult->state(), QStringLiteral("ringing"));
        QCOMPARE(consult->number(), QStringLiteral("+22997000002"));
        QVERIFY(!consult->isAvailable());
        consult->complete(); // not answered yet: nothing asked
        m_server.sendEvent(
            "interaction.consult",
            {{"interactionId", "ix1"}, {"number", "+22997000002"}, {"state", "connected"}});
        QTRY_COMPARE(consult->state(), QStringLiteral("connected"));
        consult->cancel();
        QTRY_COMPARE(consult->state(), QString());
        QVERIFY(consult->isAvailable());
        QCOMPARE(ended.size(), 0); // asked for: no toast
        // The number hangs up during the next one: told, the caller is back.
        consult->consult("+22997000002");
        QTRY_COMPARE(consult->state(), QStringLiteral("ringing"));
        m_server.sendEvent("interaction.consult", {{"interactionId", "ix1"},
                                                   {"number", "+22997000002"},
                                                   {"state", "ended"},
                                                   {"reason", "hung up"}});
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended[0][2].toString(), QStringLiteral("hung up"));
        QVERIFY(consult->isAvailable());
        // A refused completion is said.
        m_server.sendEvent(
            "interaction.consult",
            {{"interactionId", "ix1"}, {"number", "+22997000002"}, {"state", "connected"}});
        QTRY_COMPARE(consult->state(), QStringLiteral("connected"));
        consult->complete();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(consult->state(), QStringLiteral("connected"));
        QCOMPARE(m_server.requestTypes(),
                 QStringList({"interaction.consult", "interaction.consult_cancel",
                              "interaction.consult", "interaction.consult_complete"}));
        // Back, then a colleague: shown by name.
        m_handler = [](const QJsonObject &r) -> std::optional<QJsonObject> {
            if (r.value("type") == "interaction.consult" && r.value("agentId") == "agent2")
                return QJsonObject{{"interactionId", "ix1"},
                                   {"agentId", "agent2"},
                                   {"name", "Kofi Mensah"},
                                   {"state", "ringing"}};
            return QJsonObject{{"interactionId", "ix1"}, {"state", "ended"}};
        };
        consult->cancel();
        QTRY_COMPARE(consult->state(), QString());
        consult->consultAgent("agent2");
        QTRY_COMPARE(consult->state(), QStringLiteral("ringing"));
        QCOMPARE(consult->number(), QStringLiteral("Kofi Mensah"));
        QCOMPARE(m_server.requests().last().value("agentId").toString(), QStringLiteral("agent2"));
        // The call ends: nothing left to consult.
        hub.handleEvent(frames::event("interaction.ended", {{"interactionId", "ix1"}}));
        QCOMPARE(consult->state(), QString());
        QVERIFY(!consult->isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestAgentControllers)
#include "tst_agentcontrollers.moc"

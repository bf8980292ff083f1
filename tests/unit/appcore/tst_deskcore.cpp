// DeskCore wires the softphone seam: register with the login's SIP account, answer and hang up
// the calls of voice interactions, end the interaction when the phone hangs up, dial callbacks,
// unregister at logout.
#include "FakeCtiServer.h"
#include "Frames.h"

#include <relais/app/CallbackListModel.h>
#include <relais/app/CtiClient.h>
#include <relais/app/DeskCore.h>
#include <relais/app/InteractionHub.h>
#include <relais/app/InteractionListModel.h>
#include <relais/app/PhoneControl.h>
#include <relais/app/Session.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace relais::app;

namespace {
class FakePhone : public PhoneControl
{
public:
    QStringList calls;
    SipCredentials registered;
    void registerAccount(const SipCredentials &c) override
    {
        registered = c;
        calls << "register " + c.uri;
    }
    void unregisterAccount() override { calls << "unregister"; }
    void answer(const QString &sipCallId) override { calls << "answer " + sipCallId; }
    void hangup(const QString &sipCallId) override { calls << "hangup " + sipCallId; }
    void dial(const QString &number) override { calls << "dial " + number; }
};

QJsonObject voiceOffer(const QString &id, const QString &sipCallId, const QString &state)
{
    QJsonObject payload = frames::offerPayload(id, "voice", state);
    QJsonObject ix = payload.value("interaction").toObject();
    ix.insert("sipCallId", sipCallId);
    payload.insert("interaction", ix);
    return payload;
}
} // namespace

class TestDeskCore : public QObject
{
    Q_OBJECT

private slots:
    void theSoftphoneFollowsTheDesk()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        server.setHandler([](const QJsonObject &req) -> std::optional<QJsonObject> {
            if (req.value("type") == "login")
                return frames::loginReply();
            if (req.value("type") == "callback.dial") {
                const QString id = req.value("callbackId").toString();
                if (id == "cb1") // an older server
                    return QJsonObject{{"ok", false},
                                       {"error", QJsonObject{{"code", "unknown_type"},
                                                             {"message", "no such verb"}}}};
                if (id == "cb3") { // taken for the agent: its offer payload, active
                    QJsonObject reply = frames::offerPayload("cb3", "callback", "active");
                    reply.insert("ok", true);
                    reply.insert("callbackId", "cb3");
                    reply.insert("number", "+22997000007");
                    return reply;
                }
                return QJsonObject{
                    {"ok", false},
                    {"error", QJsonObject{{"code", "conflict"},
                                          {"message", "your phone is not registered"}}}};
            }
            return QJsonObject{};
        });
        DeskCore desk;
        QVERIFY(!desk.setServers(QStringLiteral("http://nope")));
        QVERIFY(desk.setServers(server.url().toString()));
        FakePhone phone;
        desk.setPhone(&phone);
        QVERIFY(phone.calls.isEmpty()); // nobody logged in yet
        desk.session()->login("agent1", "demo");
        QTRY_VERIFY(desk.session()->isLoggedIn());
        QCOMPARE(phone.calls, QStringList({"register sip:agent1@relais.local"}));
        QCOMPARE(phone.registered.password, QStringLiteral("sip-demo"));

        server.sendEvent("interaction.offered", voiceOffer("v1", "call-123@relais", "offered"));
        QTRY_VERIFY(desk.interactions()->sipCallId("v1") == "call-123@relais");
        server.sendEvent("interaction.accepted", {{"interactionId", "v1"}, {"state", "active"}});
        QTRY_COMPARE(phone.calls.last(), QStringLiteral("answer call-123@relais"));

        // The caller hangs up: the phone says so, the desk ends the interaction.
        server.clearRequests();
        emit phone.callEnded("call-123@relais");
        QTRY_COMPARE(server.requestTypes(), QStringList({"interaction.end"}));
        QCOMPARE(server.requests()[0].value("interactionId").toString(), QStringLiteral("v1"));
        server.sendEvent("interaction.ended",
                         {{"interactionId", "v1"}, {"state", "wrap_up"}, {"wrapupLimitMs", 60000}});
        QTRY_COMPARE(phone.calls.last(), QStringLiteral("hangup call-123@relais"));

        CallbackListModel::Callback cb;
        cb.id = "cb1";
        cb.number = "+22997000005";
        desk.interactions()->callbacks()->upsert(cb);
        desk.interactions()->callbacks()->dial(0);
        // A server without callback.dial: the phone dials it.
        QTRY_COMPARE(phone.calls.last(), QStringLiteral("dial +22997000005"));

        // A callback answered on the desk is called back by the server, not dialled here.
        server.sendEvent("interaction.offered", frames::offerPayload("cb2", "callback", "offered"));
        server.sendEvent("interaction.accepted", {{"interactionId", "cb2"}, {"state", "active"}});
        cb.id = "cb2";
        cb.number = "+22997000006";
        desk.interactions()->callbacks()->upsert(cb);
        QSignalSpy refused(&desk, &DeskCore::dialFailed);
        server.clearRequests();
        QTRY_VERIFY(desk.interactions()->currentState() == QStringLiteral("active"));
        desk.interactions()->callbacks()->dial(1);
        QTRY_COMPARE(server.requestTypes(), QStringList({"callback.dial"}));
        QCOMPARE(server.requests()[0].value("callbackId").toString(), QStringLiteral("cb2"));
        QCOMPARE(phone.calls.last(), QStringLiteral("dial +22997000005"));
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains("your phone is not registered"));

        // A queue's callback, called now: the server takes it for the agent, the desk shows it
        // in the inbox, active and selected; the phone dials nothing itself.
        cb.id = "cb3";
        cb.number = "+22997000007";
        cb.owner = "queue";
        desk.interactions()->callbacks()->upsert(cb);
        server.clearRequests();
        QVERIFY(desk.interactions()->callbacks()->dialById("cb3"));
        QTRY_COMPARE(desk.interactions()->currentInteractionId(), QStringLiteral("cb3"));
        QCOMPARE(server.requestTypes(), QStringList({"callback.dial"}));
        QCOMPARE(desk.interactions()->currentState(), QStringLiteral("active"));
        QCOMPARE(desk.interactions()->interactions()->item("cb3")->channel,
                 QStringLiteral("callback"));
        QCOMPARE(phone.calls.last(), QStringLiteral("dial +22997000005"));
        QCOMPARE(refused.size(), 1);

        desk.session()->logout();
        QTRY_COMPARE(phone.calls.last(), QStringLiteral("unregister"));
    }

    void aResumeDoesNotRegisterTwice()
    {
        FakeCtiServer server;
        QVERIFY(server.listen());
        QString registrar = "sip:127.0.0.1:5060";
        server.setHandler([&](const QJsonObject &req) -> std::optional<QJsonObject> {
            const QString type = req.value("type").toString();
            if (type == "login" || type == "resume") {
                QJsonObject reply = frames::loginReply();
                QJsonObject sip = reply.value("sip").toObject();
                sip.insert("registrar", registrar);
                reply.insert("sip", sip);
                return reply;
            }
            return QJsonObject{};
        });
        DeskCore desk;
        CtiTimings t;
        t.backoffInitialMs = 50;
        desk.cti()->setTimings(t);
        desk.setServers({server.url()});
        FakePhone phone;
        desk.setPhone(&phone);
        desk.session()->login("agent1", "demo");
        QTRY_VERIFY(desk.session()->isLoggedIn());
        QSignalSpy resumed(desk.cti(), &CtiClient::resumed);
        server.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 5000);
        QCOMPARE(phone.calls.size(), 1); // same account, same registrar
        // After a failover the registrar may be the standby site's: register there.
        registrar = "sip:10.0.0.2:5060";
        server.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 2, 5000);
        QCOMPARE(phone.calls.size(), 2);
        QCOMPARE(phone.registered.registrar, QStringLiteral("sip:10.0.0.2:5060"));
    }
};

QTEST_GUILESS_MAIN(TestDeskCore)
#include "tst_deskcore.moc"

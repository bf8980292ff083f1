// What relais-dispatch's INVITEs say, and when.
// The order in which a desk learns of a voice offer: interaction.offered, naming the Call-ID of
// the INVITE its phone is about to get, is on the wire before that INVITE reaches the phone; the
// INVITE carries X-Relais-Interaction, and Call-Info answer-after=0 exactly when the agent's
// profile says auto-answer. The agent's phone is the softphone engine inside this process, so
// "before" can be seen: when the engine reports the INVITE here, the offer's frame is already
// waiting on this process's CTI socket (a few turns of the event loop, no waiting, read it).
// An agent's outbound call is presented with its queue's number, in From and in
// P-Asserted-Identity: the queue's caller_id when it has one, else its own service number; here
// the engine stands for the operator's gateway, so the INVITE's headers can be read.
// relais-dispatch, the caller (baresip) and the agent's relais-phone are real processes.
#include "RawCtiSocket.h"
#include "VoiceAgentScene.h"
#include "engine/Libre.h"
#include "engine/LibreThread.h"
#include "engine/SipAccount.h"
#include "engine/SipStack.h"
#include "relais/softphone/Softphone.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <atomic>
#include <mutex>

using namespace relais::softphone;

namespace {

AccountConfig accountFrom(const QJsonObject &sip)
{
    AccountConfig a;
    a.id = QStringLiteral("desk");
    a.aor = sip.value("uri").toString();
    a.registrar = sip.value("registrar").toString();
    a.username = sip.value("username").toString();
    a.password = sip.value("password").toString();
    a.expiresSeconds = 120;
    a.keepAliveSeconds = 0;
    return a;
}

// The agent's phone as the engine's bare SIP stack on its own libre thread: it registers, and
// the first listener of its stack sees an INVITE the moment it is read off the socket, before
// anything is made of it; it answers 486.
class BarePhone
{
public:
    using InviteSeen = std::function<void(const QString &callId)>;

    bool start(const AccountConfig &config, InviteSeen seen, QString *error)
    {
        LibreThread::Hooks hooks;
        hooks.setup = [this, config, seen](QString *e) {
            stack = std::make_unique<SipStack>(thread);
            SipStack::Config c;
            c.listenAddress = QStringLiteral("127.0.0.1");
            if (!stack->open(c, e))
                return false;
            stack->setRequestFilter([this, seen](const struct sip_msg *msg) {
                if (pl_strcmp(&msg->met, "INVITE") != 0)
                    return false;
                seen(QString::fromUtf8(msg->callid.p, qsizetype(msg->callid.l)));
                (void)sip_treply(nullptr, stack->sip(), msg, 486, "Busy Here");
                return true;
            });
            AccountConfig a = config;
            if (!SipAccount::normalise(&a, e))
                return false;
            this->account =
                std::make_unique<SipAccount>(*stack, a, [this](const RegistrationStatus &st) {
                    registered = st.state == RegistrationState::Registered;
                });
            return this->account->start(e);
        };
        hooks.shutdown = [this] {
            account.reset();
            stack->close(2000, [this] { thread.quitLoop(); });
        };
        hooks.teardown = [this] { stack.reset(); };
        return thread.start({}, hooks, error);
    }
    ~BarePhone() { thread.stop(); }

    std::atomic<bool> registered{false};

private:
    LibreThread thread;
    std::unique_ptr<SipStack> stack;
    std::unique_ptr<SipAccount> account;
};

} // namespace

class TstVoiceSignalling : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<RegistrationStatus>();
        qRegisterMetaType<CallInfo>();
    }

    // The strict order: the agent's CTI session is a socket read by no one while the call comes
    // in, and the phone looks into it the instant the INVITE arrives.
    void theOfferFrameIsOnTheWireBeforeTheInvite()
    {
        VoiceAgentScene scene;
        QString error;
        // The scene's own desk is agent2, not ready: the offer goes to agent1, below.
        QVERIFY2(scene.startServer(QStringLiteral("agent2"), &error), qPrintable(error));
        RawCtiSocket desk;
        QVERIFY2(desk.open(quint16(QUrl(scene.server.ctiUrl()).port()), &error), qPrintable(error));
        const QJsonObject login =
            desk.request(QStringLiteral("login"), {{"user", "agent1"}, {"password", "demo"}});
        QVERIFY2(login.value("ok").toBool(), "agent1 cannot log in");

        std::mutex mutex;
        QString inviteCallId;
        bool offerWasThere = false;
        std::atomic<bool> invited{false};
        BarePhone phone;
        QVERIFY2(phone.start(
                     accountFrom(login.value("sip").toObject()),
                     [&](const QString &callId) {
                         std::lock_guard lock(mutex);
                         if (invited)
                             return; // a retransmission
                         inviteCallId = callId;
                         offerWasThere = desk.unreadContains("\"interaction.offered\"") &&
                                         desk.unreadContains(callId.toUtf8());
                         invited = true;
                     },
                     &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(phone.registered, 10000);
        QVERIFY(
            desk.request(QStringLiteral("state.set"), {{"state", "ready"}}).value("ok").toBool());

        QVERIFY2(scene.startCaller(QStringLiteral("0611223355"), 440, QString(), &error),
                 qPrintable(error));
        QVERIFY2(scene.dial(QStringLiteral("1920"), &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(invited, qPrintable(scene.log()), 15000);
        std::lock_guard lock(mutex);
        QVERIFY2(offerWasThere, "the INVITE reached the phone before the offer reached the desk");
        const QJsonObject offered = desk.waitEvent(QStringLiteral("interaction.offered"), 0);
        QCOMPARE(offered.value("interaction").toObject().value("sipCallId").toString(),
                 inviteCallId);
    }

    void theOfferIsOutBeforeThePhoneRings_data()
    {
        QTest::addColumn<bool>("autoAnswerProfile");
        QTest::newRow("agent answers by hand") << false;
        QTest::newRow("profile says auto-answer") << true;
    }

    void theOfferIsOutBeforeThePhoneRings()
    {
        QFETCH(bool, autoAnswerProfile);
        VoiceAgentScene scene;
        if (autoAnswerProfile)
            scene.configEdits.append({QStringLiteral("^username = \"agent1\"$"),
                                      QStringLiteral("username = \"agent1\"\nauto_answer = true")});
        QString error;
        QVERIFY2(scene.startServer(QStringLiteral("agent1"), &error), qPrintable(error));

        Softphone phone;
        QSignalSpy registration(&phone, &Softphone::registrationChanged);
        SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.shutdownTimeoutMs = 3000;
        QVERIFY(phone.start(config, &error));
        QVERIFY2(phone.addAccount(accountFrom(scene.sip), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!registration.isEmpty() &&
                                     registration.last().at(0).value<RegistrationStatus>().state ==
                                         RegistrationState::Registered,
                                 10000);

        CallInfo invite;
        bool offerWasThere = false;
        connect(&phone, &Softphone::incomingCall, this, [&](const CallInfo &call) {
            // Only what already reached this process: no waiting.
            for (int i = 0; i < 20; ++i)
                QCoreApplication::processEvents();
            offerWasThere = scene.agent.hasEvent(QStringLiteral("interaction.offered"));
            invite = call;
        });

        QVERIFY2(scene.setReady(&error), qPrintable(error));
        QVERIFY2(scene.startCaller(QStringLiteral("0611223344"), 440, QString(), &error),
                 qPrintable(error));
        QVERIFY2(scene.dial(QStringLiteral("1920"), &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(!invite.id.isEmpty(), qPrintable(scene.log()), 15000);

        QVERIFY2(offerWasThere, "the phone rang before the desk had the offer");
        const QJsonObject offered = scene.agent.waitEvent(QStringLiteral("interaction.offered"), 0);
        const QJsonObject ix = offered.value("interaction").toObject();
        QCOMPARE(ix.value("channel").toString(), QStringLiteral("voice"));
        QCOMPARE(ix.value("sipCallId").toString(), invite.sipCallId);
        QCOMPARE(invite.interactionId(), ix.value("id").toString());
        QCOMPARE(invite.autoAnswer, autoAnswerProfile);
        QVERIFY2(invite.remoteUri.contains(QLatin1String("0611223344")),
                 qPrintable(invite.remoteUri));

        // The redirected call is a normal call: answering it is the accept.
        QVERIFY(phone.answer(invite.id));
        const QJsonObject accepted =
            scene.agent.waitEvent(QStringLiteral("interaction.accepted"), 10000);
        QCOMPARE(accepted.value("interactionId").toString(), ix.value("id").toString());
        QSignalSpy closed(&phone, &Softphone::callClosed);
        QVERIFY(phone.hangup(invite.id));
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 10000);
        QVERIFY(scene.caller.waitForEvent(QStringLiteral("CALL_CLOSED"), 10000) >= 0);
        phone.stop();
    }

    void outboundCallsPresentTheQueuesNumber_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("presented");
        QTest::newRow("its service number") << "general"
                                            << "1920";
        QTest::newRow("its caller_id") << "technique"
                                       << "+22921000042";
    }

    void outboundCallsPresentTheQueuesNumber()
    {
        QFETCH(QString, queue);
        QFETCH(QString, presented);
        Softphone gateway; // the operator's network: answers by hand, reads the headers
        SoftphoneConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.shutdownTimeoutMs = 3000;
        QString error;
        QVERIFY(gateway.start(config, &error));
        CallInfo invite;
        connect(&gateway, &Softphone::incomingCall, this,
                [&](const CallInfo &call) { invite = call; });

        VoiceAgentScene scene;
        scene.outboundGateway =
            QStringLiteral("127.0.0.1:%1").arg(gateway.localPort(SipTransport::Udp));
        scene.configEdits.append(
            {QStringLiteral("^name = \"technique\"$"),
             QStringLiteral("name = \"technique\"\ncaller_id = \"+22921000042\"")});
        QVERIFY2(scene.startServer(QStringLiteral("agent1"), &error), qPrintable(error));
        QVERIFY2(scene.startPhone({}, &error), qPrintable(error));

        const QJsonObject r = scene.agent.request(QStringLiteral("call.dial"),
                                                  {{"number", "+22997000002"}, {"queue", queue}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(scene.log()));
        QTRY_VERIFY2_WITH_TIMEOUT(!invite.id.isEmpty(), qPrintable(scene.log()), 15000);
        QVERIFY2(invite.remoteUri.startsWith(QStringLiteral("sip:%1@").arg(presented)),
                 qPrintable(invite.remoteUri));
        const QString pai = invite.headers.value(QStringLiteral("P-Asserted-Identity"));
        QVERIFY2(pai.contains(QStringLiteral("sip:%1@").arg(presented)), qPrintable(pai));
        QVERIFY(gateway.hangup(invite.id)); // refused: the agent's call ends in wrap-up
        const QJsonObject ended = scene.agent.waitEvent(QStringLiteral("interaction.ended"), 10000);
        QCOMPARE(ended.value("interactionId").toString(),
                 r.value("interaction").toObject().value("id").toString());
        gateway.stop();
    }
};

QTEST_MAIN(TstVoiceSignalling)
#include "tst_voice_signalling.moc"

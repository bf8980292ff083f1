#pragma once

#include "channels/ChannelBackend.h"
#include "config/Config.h"
#include "routing/RoutingEngine.h"
#include "server/CoreResult.h"
#include "server/WaitingHistory.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace relais::server {

// The dispatch server's brain: holds the routing core, persists every change before it is
// acknowledged, and announces what happened through signals that the CTI layer fans out.
// Requests come from cti/ (agents, supervisors) and channels/ (connectors).
class DispatchCore : public QObject, public channels::ChannelBackend
{
    Q_OBJECT
public:
    DispatchCore(config::Config config, std::unique_ptr<store::Database> db,
                 QObject *parent = nullptr);
    ~DispatchCore() override;

    // Loads users and restores the open interactions of a previous run, in their order.
    bool start(QString *error);

    const config::Config &config() const { return m_config; }
    store::Database &database() { return *m_db; }
    const routing::RoutingEngine &routing() const { return m_routing; }
    QString serverId() const { return m_serverId; }

    // --- sessions ---
    using LoginDone = std::function<void(CoreResult result, QString username, QString token)>;
    // Verifies the password off the event loop (argon2id is slow on purpose), then replies.
    void login(const QString &user, const QString &password, const QString &station,
               const QString &source, LoginDone done);
    CoreResult resume(const QString &token, const QString &source, QString *username);
    CoreResult logout(const Caller &caller, const QString &token);
    // The agent's connection dropped: no offers until it resumes; logged out after the expiry.
    void connectionLost(const QString &username);
    std::optional<store::UserRecord> user(const QString &username) const;
    bool hasRole(const QString &username, protocol::Role role) const;

    // --- agent verbs ---
    CoreResult setState(const Caller &caller, protocol::AgentState state, const QString &reason);
    CoreResult accept(const Caller &caller, const QString &interactionId);
    CoreResult reject(const Caller &caller, const QString &interactionId);
    CoreResult sendMessage(const Caller &caller, const QString &interactionId, const QString &text);
    CoreResult transfer(const Caller &caller, const QString &interactionId, const QString &queue,
                        const QString &agentId);
    // interaction.transfer {number} (CoreVoiceTransfer.cpp): a voice call in the agent's hands
    // goes to an outside number through [voice] outbound_gateway. The agent stays with the
    // caller while it rings; answered, the caller is bridged to it, the agent's leg hung up and
    // the interaction goes to wrap-up; not answered, interaction.transfer_failed and the agent
    // keeps the caller.
    CoreResult transferToNumber(const Caller &caller, const QString &interactionId,
                                const QString &number);
    // interaction.consult / consult_complete / consult_cancel (CoreVoiceConsult.cpp): attended
    // transfer of an answered inbound call to an outside number or a colleague. The caller hears
    // the queue's music on hold while the target rings and then talks with the agent alone;
    // complete hands the caller over to it (as an answered transfer to a number; to a colleague,
    // the interaction becomes theirs as a transfer to an agent), cancel brings the agent back to
    // the caller. Each change is an interaction.consult event to the agent.
    CoreResult consult(const Caller &caller, const QString &interactionId, const QString &number,
                       const QString &agentId);
    CoreResult consultComplete(const Caller &caller, const QString &interactionId);
    CoreResult consultCancel(const Caller &caller, const QString &interactionId);
    CoreResult end(const Caller &caller, const QString &interactionId);
    // A callback promised in the wrap-up (CoreCallbacks.cpp).
    struct CallbackRequest
    {
        qint64 at = 0; // epoch ms, in the future, 30 days ahead at most
        QString number;
        QString note;
    };
    CoreResult wrapup(const Caller &caller, const QString &interactionId,
                      const QString &disposition, const QString &notes, const QString &reason,
                      const std::optional<CallbackRequest> &callback = std::nullopt);
    CoreResult customerSearch(const QString &query);
    CoreResult customerHistory(const QString &customerId);
    CoreResult interactionMessages(const Caller &caller, const QString &interactionId);

    // --- supervision ---
    CoreResult forceState(const Caller &caller, const QString &agentId, protocol::AgentState state,
                          const QString &reason);
    CoreResult broadcast(const Caller &caller, const QString &text, const QString &severity,
                         const QString &team);
    QJsonArray queueStatsJson(const QStringList &queues) const;
    // The agent.state body of every agent (agent.list, the subscription snapshot).
    QJsonArray agentStatesJson() const;
    // One agent's agent.state body as it is now.
    QJsonObject agentStateJson(const QString &agentId) const;
    // agent.directory (CoreAgents.cpp): every configured agent but the caller, with their state
    // and whether an interaction of `channel` transferred to them can be offered now (nothing
    // else: no customer, no figures). Without a channel, reachable means signed in.
    CoreResult agentDirectory(const Caller &caller, std::optional<protocol::Channel> channel) const;
    QJsonArray queueListJson() const;
    // A queue's unanswered interactions in routing order, with their customers (queue.waiting).
    CoreResult queueWaiting(const QString &queue);
    // The audit trail, newest first (admins); reading it is audited too.
    CoreResult auditList(const Caller &caller, int limit);

    // --- the desk: help requests, per-user settings (CoreDesk.cpp) ---
    CoreResult helpRequest(const Caller &caller, const QString &text);
    CoreResult helpList();
    CoreResult helpResolve(const Caller &caller, const QString &id);
    // `value` null removes the setting.
    CoreResult settingsGet(const Caller &caller, const QString &key);
    CoreResult settingsSet(const Caller &caller, const QString &key, const QJsonValue &value);

    // --- callbacks (CoreCallbacks.cpp) ---
    // scope "mine" (kept for the caller) or "queue" (one queue, or every queue when empty).
    CoreResult callbackList(const Caller &caller, const QString &scope, const QString &queue);
    CoreResult callbackCancel(const Caller &caller, const QString &callbackId);
    // A waiting voice caller asked to be called back (queue overflow): the interaction becomes
    // a `callback` one in the same queue, keeping its place, with their recorded request
    // (a WAV path, or empty) on the callback. Conflict once an agent has answered it.
    CoreResult voiceCallback(const QString &interactionId, const QString &recordingPath);

    // --- recordings over the CTI (CoreRecordings.cpp) ---
    // recording.get: `kind` "request" (a callback's recorded request), "call", or empty (the
    // request when there is one, else the call); a chunk of the WAV file from `offset`.
    CoreResult recordingGet(const Caller &caller, const QString &interactionId, const QString &kind,
                            qint64 offset);

    // --- reports and day charts, from the database (CoreReports.cpp) ---
    // Whole local days, from and to included.
    CoreResult reportQueues(const QDate &from, const QDate &to);
    CoreResult reportAgents(const QDate &from, const QDate &to);
    // One day's 96 intervals of 15 minutes per queue (wallboard charts).
    CoreResult statsIntervals(const QDate &day, const QStringList &queues);
    // Each queue's waiting count every 10 s over the last hour (kept in memory).
    CoreResult statsWaitingHistory(const QStringList &queues) const;

    // --- channels::ChannelBackend ---
    std::optional<QString> connectorForToken(const QString &token) const override;
    std::variant<QString, channels::ChannelError>
    createInteraction(const channels::NewInteraction &n) override;
    std::variant<protocol::Message, channels::ChannelError>
    addCustomerMessage(const QString &connector, const QString &interactionId,
                       const QString &text) override;
    std::variant<QList<protocol::Message>, channels::ChannelError>
    agentMessagesAfter(const QString &connector, const QString &interactionId,
                       qint64 afterSeq) override;

    // The customer left (voice hang-up while queued, chat closed by the customer…).
    CoreResult customerLeft(const QString &interactionId);
    // Where the agents' phones register (given to them at login).
    void setSipRegistrar(const QString &uri) { m_sipRegistrar = uri; }

    // --- voice: the SIP side rings the agents' phones (CoreVoice.cpp) ---
    // From now on a voice offer goes to voiceOfferMade (the SIP side INVITEs the agent's phone,
    // then calls deliverVoiceOffer), and voice is offered only to agents whose phone is
    // registered (setVoiceDevice); until then their voice capacity is 0.
    void enableVoiceDevices();
    void setVoiceDevice(const QString &username, bool registered);
    // The agent's phone rings with this Call-ID: the CTI offer goes out (with sipCallId).
    void deliverVoiceOffer(const QString &interactionId, const QString &agentId,
                           const QString &sipCallId);
    // What the agent's phone did with the offer: answered (the accept), refused (486/603: the
    // reject), or it could not ring / did not answer (as the offer timeout).
    CoreResult voiceAnswered(const QString &interactionId, const QString &agentId);
    CoreResult voiceRefused(const QString &interactionId, const QString &agentId);
    CoreResult voiceUnanswered(const QString &interactionId, const QString &agentId);
    // The call of an answered voice interaction ended (either side hung up): wrap-up.
    CoreResult voiceHungUp(const QString &interactionId);
    // The call is being recorded to `file` (a name under [voice] recordings_dir): shown on it.
    void setVoiceRecording(const QString &interactionId, const QString &file);
    // interaction.recording: pauses or resumes it (the agent holding the call, or a supervisor).
    CoreResult setRecordingPaused(const Caller &caller, const QString &interactionId, bool pause);
    // The outside number of a transfer answered (the caller is bridged to it now) or failed.
    void voiceTransferAnswered(const QString &interactionId, const QString &number);
    void voiceTransferFailed(const QString &interactionId, const QString &number,
                             const QString &reason);
    // The consulted target (a number, or a colleague's id) answered (the agent talks with it
    // now), ended the consultation (refused, not answered, hung up: the agent is back with the
    // caller), or took the caller (consult_complete done; `sipCallId`: the colleague's leg).
    void voiceConsultAnswered(const QString &interactionId, const QString &target);
    void voiceConsultEnded(const QString &interactionId, const QString &target,
                           const QString &reason);
    void voiceConsultCompleted(const QString &interactionId, const QString &target,
                               const QString &sipCallId);
    // call.dial: an outbound voice interaction, active in the agent's hands at once.
    CoreResult dial(const Caller &caller, const QString &number, const QString &queue);
    // callback.dial (CoreCallbackDial.cpp): the callback is called back the same way (their
    // phone, then its number at the outbound gateway); it ends in wrap-up on hang-up. One not yet
    // in the agent's hands (scheduled and kept for them, or waiting in a queue they serve) is
    // taken for them first: active in their hands, as if offered and accepted.
    CoreResult callbackDial(const Caller &caller, const QString &callbackId);

signals:
    // An event for one user's sessions (type and body, without envelope).
    void toUser(const QString &username, const QString &type, const QJsonObject &body);
    // An event for subscribed supervisors (filtered by their queues when `queue` is set).
    void toSupervisors(const QString &type, const QJsonObject &body);
    // A broadcast from a supervisor: to every session (team empty) or one team's agents.
    void broadcastSent(const QString &team, const QJsonObject &body);
    // Another login of the same user took over: its older sessions should close.
    void userSessionReplaced(const QString &username, const QString &token);
    // Something that the queue figures depend on changed.
    void statsChanged();
    // A message from an agent for a connector that has a webhook.
    void agentMessageForConnector(const QString &connector, const protocol::Message &message);
    // An interaction waited past its queue's overflow delay (the voice side offers a callback).
    void overflowDue(const QString &interactionId);
    // Voice (after enableVoiceDevices): ring `agentId`'s phone for this interaction.
    void voiceOfferMade(const QString &interactionId, const QString &agentId);
    // A voice offer was taken back (timeout, the caller left, transfer…): stop ringing.
    void voiceOfferRevoked(const QString &interactionId, const QString &agentId);
    // An answered voice interaction went to wrap-up or closed (the agent's interaction.end, a
    // hang-up): both legs of its call are hung up.
    void voiceEnded(const QString &interactionId);
    void voiceRecordingPaused(const QString &interactionId, bool paused);
    // An answered voice interaction went back to waiting (transferred to a queue or an agent):
    // the agent's leg is hung up, the caller hears the queue again until the next agent answers.
    void voiceRequeued(const QString &interactionId);
    // interaction.transfer {number}: call `number` at the outbound gateway, presented as
    // `callerId`, and hand the caller over to it once it answers.
    void voiceTransferRequested(const QString &interactionId, const QString &number,
                                const QString &callerId);
    // interaction.consult: the caller on hold, call `number` at the outbound gateway presented
    // as `callerId`, and bridge it to the agent once it answers. Then complete (the caller to
    // the number, the agent's leg hung up) or cancel (the number hung up, agent and caller
    // bridged again).
    void voiceConsultRequested(const QString &interactionId, const QString &number,
                               const QString &callerId);
    // The same with a colleague: their registered phone is called (shown `from`).
    void voiceConsultAgentRequested(const QString &interactionId, const QString &agentId,
                                    const QString &from);
    void voiceConsultCompleteRequested(const QString &interactionId);
    void voiceConsultCancelRequested(const QString &interactionId);
    // call.dial: ring the agent's phone, then `number` at the outbound gateway, presented as
    // `callerId`.
    void voiceDialRequested(const QString &interactionId, const QString &agentId,
                            const QString &number, const QString &callerId);

private:
    // A voice interaction the desk accepted whose phone leg then failed before answering.
    bool acceptedButNeverRang(const QString &interactionId, const QString &agentId) const;
    CoreResult phoneFailedAfterAccept(const QString &interactionId, const QString &agentId);
    struct PendingWrapup
    {
        QString disposition;
        QString notes;
        QString reason;
    };
    // What one batch of routing events changed, announced once it is committed.
    struct Batch
    {
        QStringList closed;
        QSet<QString> announced; // agents with an agent.state already queued
        QSet<QString> touched;   // agents whose work in hand or counters changed
    };
    // Today's figures of one agent (handled = closed after being answered).
    struct AgentDay
    {
        int handled = 0;
        qint64 handleSumMs = 0;
    };

    bool restoreOpenInteractions(QString *error);
    void scheduleMidnight();
    // Runs fn in one transaction (nested calls join the outer one); the signals queued with
    // later() go out only once it is committed.
    bool persist(const std::function<bool()> &fn);
    void later(std::function<void()> emitOne);
    CoreResult applyOutcome(const routing::Outcome &outcome, QJsonObject result = {});
    bool applyEvents(const routing::Events &events);
    bool applyEvent(const routing::Event &event, Batch *batch);
    bool applyInteractionState(const routing::InteractionStateChanged &ix, Batch *batch);
    void announceAgents(const Batch &batch);
    void loadAgentStatics();
    void closeStaleAgentStates(qint64 now);
    void sampleWaiting();
    QJsonObject agentStateJson(const QString &agentId, protocol::AgentState state,
                               const QString &reason, qint64 since) const;
    void countHandled(const QString &agentId, qint64 handleMs);
    void resetAgentDays();
    void scheduleTick();
    void onTick();
    bool writeContact(const store::InteractionRecord &rec);
    void configureRoutingAgent(const store::UserRecord &u);
    QJsonObject interactionJson(const store::InteractionRecord &rec) const;
    QJsonObject offerPayload(const store::InteractionRecord &rec, qint64 timeoutMs) const;
    QJsonObject sessionPayload(const QString &username, const QString &token) const;
    void finishLogin(const std::optional<store::UserRecord> &rec, bool passwordOk,
                     const Caller &caller, const QString &station, const LoginDone &done);
    void attachAgent(const QString &username, qint64 now);
    QString startSession(const QString &username);
    std::optional<store::InteractionRecord>
    ownInteraction(const Caller &caller, const QString &interactionId, CoreResult *error);
    QString customerIdFor(const QString &from, const QString &customerRef);
    void audit(const Caller &caller, const QString &action, const QString &resource, bool success,
               const QString &detail = {});
    void rememberAvailability(const QString &agentId, const QString &value);
    void startExpiry(const QString &username);
    void expireSession(const QString &username);
    QString displayName(const QString &username) const;
    QJsonObject helpJson(const store::HelpRequest &h) const;
    std::optional<store::CallbackRecord> callbackFor(const Caller &caller,
                                                     const store::InteractionRecord &rec,
                                                     const CallbackRequest &request,
                                                     CoreResult *error);
    QJsonObject callbackJson(const store::CallbackRecord &c) const;
    bool mayHearRecording(const QString &username,
                          const std::optional<store::InteractionRecord> &rec,
                          const std::optional<store::CallbackRecord> &cb,
                          const QString &kind) const;
    bool trackCallback(const store::InteractionRecord &rec, routing::IxState state);
    // callback.dial on a callback not yet in the agent's hands: may they take it (an error
    // otherwise), and taking it (its offer payload, or an error).
    CoreResult mayTakeCallback(const QString &agent,
                               const std::optional<routing::InteractionInfo> &ix,
                               const store::CallbackRecord &cb) const;
    CoreResult takeCallback(const QString &agent, const std::optional<routing::InteractionInfo> &ix,
                            const store::CallbackRecord &cb);
    // Why this call cannot be transferred (an outbound call, a callback being called), or empty.
    QString callTransferRefusal(const routing::InteractionInfo &info) const;
    // Why a call cannot wait for this agent (signed out, no phone registered), or empty.
    QString callTargetRefusal(const routing::InteractionInfo &info, const QString &agentId) const;
    // The same for an interaction of `channel` (empty for every channel but voice).
    QString transferTargetRefusal(protocol::Channel channel, const QString &agentId) const;
    // The number an outbound call of `queue` is presented with: the queue's service number,
    // else the centre's first one.
    QString presentedNumber(const QString &queue) const;
    bool startCallback(const store::CallbackRecord &cb, qint64 now);
    void restoreCallbacks();
    void armCallbackTimer();
    void onCallbackTimer();

    config::Config m_config;
    std::unique_ptr<store::Database> m_db;
    routing::RoutingEngine m_routing;
    QString m_serverId;
    QHash<QString, store::UserRecord> m_users;
    QHash<QString, QString> m_connectorByToken;
    QHash<QString, QTimer *> m_expiry; // username → session expiry after a lost connection
    QHash<QString, QString> m_tokens;  // username → its current session token
    QHash<QString, PendingWrapup> m_pendingWrapups;
    QHash<QString, AgentDay> m_agentDay;
    QHash<QString, QJsonObject> m_agentStatic; // team, skills, queues of each agent
    std::vector<std::function<void()>> m_pending;
    int m_txDepth = 0;
    quint64 m_nextSeq = 1;
    QString m_sipRegistrar;
    bool m_voiceDevices = false;      // enableVoiceDevices() was called
    QSet<QString> m_voiceReachable;   // agents whose phone is registered
    QSet<QString> m_dialledCallbacks; // callback interactions whose call the voice side placed
    QHash<QString, QString> m_transfersToNumber; // voice interaction → the number ringing for it
    QHash<QString, QString> m_transferredTo;     // while ending a call handed over to a number
    struct Consult
    {
        QString number;         // an outside number, or
        QString agentId;        // a colleague
        bool connected = false; // answered: the agent talks with them
        QString by;             // the agent who consults
        QString target() const { return agentId.isEmpty() ? number : agentId; }
    };
    QHash<QString, Consult> m_consults; // voice interaction → its consultation
    // A consulted colleague is busy "consultation" in routing while their phone is on it.
    void holdForConsultation(const QString &agentId, bool on);
    QSet<QString> m_consultHandovers; // calls being handed to the colleague consulted
    // interaction.consult to the consulting agent (`agentId`, none once the call is gone) and
    // interaction.consulted to the colleague consulted, if it is one.
    void consultEvent(const QString &agentId, const QString &interactionId, const Consult &c,
                      const QString &state, const QString &reason = {});
    void consultedEvent(const QString &interactionId, const Consult &c, const QString &state,
                        const QString &reason);
    void handOverToColleague(const QString &interactionId, const QString &from, const QString &to,
                             const QString &sipCallId);
    QTimer m_tick;
    QTimer m_callbackTimer;
    QTimer m_sampleTimer;
    std::unique_ptr<WaitingHistory> m_waitingHistory;
    QHash<QString, qint64> m_callbackRelease; // callback kept for its agent → when it is released
};

} // namespace relais::server

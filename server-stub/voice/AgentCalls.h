#pragma once
// The agent's side of voice calls: when routing offers a voice interaction, the agent's
// registered phone is INVITEd (OutgoingLeg) and the CTI offer goes out with that leg's Call-ID;
// the phone answering is the accept, refusing (486/603) the reject, not answering in time a
// CANCEL (routing puts the call back at the head of the queue and the agent not_ready
// no_answer). Answered, the two legs are bridged (CallBridge) and recorded (CallRecorder);
// either side hanging up closes both and puts the agent in wrap-up.
// Outbound calls (call.dial) ring the agent's phone first (auto-answer), then the number at the
// trunk gateway, and are bridged the same way.
// Transfers: a call sent back to waiting (to a queue or an agent) loses its agent leg (BYE), the
// caller hears the queue again (callerRequeued) and its recording goes on in the same file with
// the next agent; a call sent to an outside number rings it at the gateway while the agent stays
// on the line, then the caller is bridged to it (not recorded) and the agent's leg hung up.
// Consultations (attended transfers): the caller is put on hold (the queue's music), an outside
// number is called and bridged to the agent alone; completed, the caller is bridged to it as
// for a transfer to a number; cancelled or failed, the agent and the caller are bridged again.
// Qt side: the core's signals; libre side: the legs, bridges and recorders (see the
// "libre thread" rules in ARCHITECTURE.md). VoiceService owns it and the caller's legs.
#include "config/Config.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <map>
#include <memory>

namespace relais::softphone {
class LibreThread;
class SipStack;
class SipRegistrar;
namespace media {
class MediaSession;
}
} // namespace relais::softphone

namespace relais::server {
class DispatchCore;
}

namespace relais::voice {

class OutgoingLeg;
class OfferGate;
class CallBridge;
class CallRecorder;

class AgentCalls : public QObject
{
    Q_OBJECT
public:
    // Libre thread: the caller's leg of a call key (null when it is gone), and hanging it up.
    struct Trunk
    {
        std::function<softphone::media::MediaSession *(const QString &key)> media;
        std::function<void(const QString &key)> hangup;
        // The caller's leg is no longer bridged: what it hears is its own audio again.
        std::function<void(const QString &key)> unbridged;
        // The caller's leg is no longer bridged and hears the music on hold of `queue`.
        std::function<void(const QString &key, const QString &queue)> hold;
    };

    AgentCalls(const config::Config &config, server::DispatchCore &core, QObject *parent = nullptr);
    ~AgentCalls() override;

    // Libre thread, once the stack and registrar exist.
    void attach(softphone::LibreThread &thread, softphone::SipStack &stack,
                softphone::SipRegistrar &registrar, Trunk trunk);
    // Libre thread: the caller's leg `key` closed (the caller hung up) — its bridge goes first.
    void trunkClosed(const QString &key);
    // Libre thread, at shutdown: every agent leg hung up.
    void closeAll();

signals:
    // The caller's leg `trunkKey` is now bridged to an agent: what it heard before (the queue's
    // music and announcements) is over. Qt thread.
    void callerBridged(const QString &trunkKey);
    // The caller's leg `trunkKey` lost its agent (a transfer): the queue's media again. Qt thread.
    void callerRequeued(const QString &trunkKey, const QString &interactionId);

public:
    // Qt thread.
    void callQueued(const QString &key, const QString &interactionId);
    void deviceRegistered(const QString &sipUser);
    void deviceUnregistered(const QString &sipUser);

private:
    // The agent's phone / the outbound call to the gateway / an outside number a call goes to.
    // / the outside number consulted before a transfer.
    enum class Role { Phone, Trunk, Transfer, Consult };
    // One interaction's server-placed legs (libre thread).
    struct Connection
    {
        QString interactionId;
        QString agentId;
        QString trunkKey; // inbound: the caller's leg
        QString queue;
        bool outbound = false;
        QString number;                           // outbound: who is called
        QString callerId;                         // outbound: the number presented
        std::unique_ptr<OutgoingLeg> leg;         // the agent's phone
        std::unique_ptr<OutgoingLeg> trunkLeg;    // outbound: the call to the gateway
        std::unique_ptr<OutgoingLeg> transferLeg; // the outside number ringing for a transfer
        QString transferNumber;
        quint64 transferSerial = 0; // which request it is (its ring timer's)
        std::unique_ptr<CallRecorder> recorder;
        std::unique_ptr<CallBridge> bridge;
        // A consultation: the caller on hold (no `bridge`), the number called and, once it
        // answers, bridged to the agent's leg (not recorded).
        std::unique_ptr<OutgoingLeg> consultLeg;
        std::unique_ptr<CallBridge> consultBridge;
        QString consultNumber; // the target: a number, or the colleague's id
        QString consultAgent;  // a colleague consulted (their id)
        quint64 consultSerial = 0;
    };
    struct Ring
    {
        QString interactionId;
        QString agentId;
        QString trunkKey;
        QString sipUser;
        QString callerNumber; // shown on the phone
        QString queue;
        bool autoAnswer = false;
        bool outbound = false;
        QString callerId;
    };

    // Qt thread: the core's signals.
    void onOfferMade(const QString &interactionId, const QString &agentId);
    void onOfferRevoked(const QString &interactionId, const QString &agentId);
    void onEnded(const QString &interactionId);
    void onRecordingPaused(const QString &interactionId, bool paused);
    void onDialRequested(const QString &interactionId, const QString &agentId,
                         const QString &number, const QString &callerId);
    void onRequeued(const QString &interactionId);
    void onTransferRequested(const QString &interactionId, const QString &number,
                             const QString &callerId);
    // What a consultation calls: an outside number (at the gateway) or a colleague's phone.
    struct ConsultTarget
    {
        QString number;
        QString callerId; // presented to the number
        QString agentId;  // a colleague
        QString sipUser;
        bool autoAnswer = false;
    };
    void onConsultRequested(const QString &interactionId, const ConsultTarget &target);
    QString usernameForSipUser(const QString &sipUser) const;
    Ring ringFor(const QString &interactionId, const QString &agentId) const;

    // Libre thread.
    void ring(const Ring &r);
    std::unique_ptr<OutgoingLeg> makeLeg(const QString &interactionId, Role role);
    void onAnswered(const QString &interactionId, Role role);
    void onLegClosed(const QString &interactionId, Role role, bool answered, int sipStatus,
                     const QString &reason);
    void dialTrunk(Connection &c);
    void bridge(Connection &c, softphone::media::MediaSession &callerSide);
    void cancel(const QString &interactionId, const QString &agentId);
    void endCall(const QString &interactionId);
    // Transfers (AgentCallsTransfer.cpp).
    void requeue(const QString &interactionId);
    void transferTo(const QString &interactionId, const QString &number, const QString &callerId,
                    quint64 serial);
    void transferAnswered(const QString &interactionId);
    void transferLegClosed(const QString &interactionId, bool answered, int sipStatus,
                           const QString &reason);
    // The ring timer of transfer request `serial` (a later request to the same number has its
    // own).
    void transferTimedOut(const QString &interactionId, quint64 serial);
    void closeParked(const QString &interactionId);
    // Consultations (AgentCallsConsult.cpp).
    void consultTo(const QString &interactionId, const ConsultTarget &target, quint64 serial);
    void consultAnswered(const QString &interactionId, const OutgoingLeg *leg);
    void consultLegClosed(const QString &interactionId, const OutgoingLeg *leg, bool answered,
                          int sipStatus, const QString &reason);
    // The colleague consulted takes the call: their leg becomes the call's agent leg.
    void consultHandOver(Connection &c, softphone::media::MediaSession &callerMedia);
    void consultTimedOut(const QString &interactionId, quint64 serial);
    void consultComplete(const QString &interactionId);
    void consultCancel(const QString &interactionId);
    // The consultation's leg dropped (hung up when `hangup`): agent and caller bridged again.
    void backToCaller(Connection &c, bool hangup);
    std::unique_ptr<Connection> take(const QString &interactionId);
    void release(std::unique_ptr<Connection> c); // unbridges, then frees it after the handler
    void toQt(std::function<void()> fn);

    const config::Config &config_;
    server::DispatchCore &core_;
    QHash<QString, QString> keyByInteraction_; // Qt thread
    quint64 transferSerial_ = 0;               // Qt thread: the last transfer request's
    softphone::LibreThread *thread_ = nullptr;
    softphone::SipStack *stack_ = nullptr;
    softphone::SipRegistrar *registrar_ = nullptr;
    std::unique_ptr<OfferGate> gate_; // holds each offer's INVITE until the CTI offer is out
    Trunk trunk_;
    std::map<QString, std::unique_ptr<Connection>> connections_; // libre: interaction → call
    // Libre: callers handed over to an outside number (the interaction is over for us).
    std::map<QString, std::unique_ptr<Connection>> handedOff_;
    // Libre: the recording of a call waiting again after a transfer, for its next agent.
    struct Parked
    {
        QString trunkKey;
        std::unique_ptr<CallRecorder> recorder;
    };
    std::map<QString, Parked> parked_;
};

} // namespace relais::voice

#pragma once
// The agent's side of voice calls: when routing offers a voice interaction, the agent's
// registered phone is INVITEd (AgentLeg) and the CTI offer goes out with that leg's Call-ID;
// the phone answering is the accept, refusing (486/603) the reject, not answering in time a
// CANCEL (routing puts the call back at the head of the queue and the agent not_ready
// no_answer). Answered, the two legs are bridged (CallBridge) and recorded (CallRecorder);
// either side hanging up closes both and puts the agent in wrap-up.
// Qt side: the core's signals; libre side: the legs, bridges and recorders (see the
// "libre thread" rules in ARCHITECTURE.md). VoiceService owns it and the caller's legs.
#include "config/Config.h"

#include <QHash>
#include <QObject>
#include <functional>
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

class AgentLeg;
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

    // Qt thread.
    void callQueued(const QString &key, const QString &interactionId);
    void deviceRegistered(const QString &sipUser);
    void deviceUnregistered(const QString &sipUser);

private:
    // One interaction's agent side (libre thread).
    struct Connection
    {
        QString interactionId;
        QString agentId;
        QString trunkKey;
        QString queue;
        std::unique_ptr<AgentLeg> leg;
        std::unique_ptr<CallRecorder> recorder;
        std::unique_ptr<CallBridge> bridge;
    };
    struct Ring
    {
        QString interactionId;
        QString agentId;
        QString trunkKey;
        QString sipUser;
        QString callerNumber;
        QString queue;
        bool autoAnswer = false;
    };

    // Qt thread: the core's signals.
    void onOfferMade(const QString &interactionId, const QString &agentId);
    void onOfferRevoked(const QString &interactionId, const QString &agentId);
    void onEnded(const QString &interactionId);
    void onRecordingPaused(const QString &interactionId, bool paused);
    QString usernameForSipUser(const QString &sipUser) const;

    // Libre thread.
    void ring(const Ring &r);
    void onAnswered(AgentLeg &leg);
    void onLegClosed(AgentLeg &leg, bool answered, int sipStatus, const QString &reason);
    void cancel(const QString &interactionId, const QString &agentId);
    void endCall(const QString &interactionId);
    Connection *connectionFor(const AgentLeg &leg);
    void release(std::unique_ptr<Connection> c); // unbridges, then frees it after the handler
    void toQt(std::function<void()> fn);

    const config::Config &config_;
    server::DispatchCore &core_;
    QHash<QString, QString> keyByInteraction_; // Qt thread
    softphone::LibreThread *thread_ = nullptr;
    softphone::SipStack *stack_ = nullptr;
    softphone::SipRegistrar *registrar_ = nullptr;
    Trunk trunk_;
    std::map<QString, std::unique_ptr<Connection>> connections_; // libre: interaction → call
};

} // namespace relais::voice

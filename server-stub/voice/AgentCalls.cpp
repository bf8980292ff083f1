// AgentCalls, Qt side: the core's signals become work for the libre thread (AgentCallsLegs.cpp).
#include "voice/AgentCalls.h"

#include "engine/LibreThread.h"
#include "server/DispatchCore.h"
#include "voice/CallBridge.h"
#include "voice/CallRecorder.h"
#include "voice/OfferGate.h"
#include "voice/OutgoingLeg.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

AgentCalls::AgentCalls(const config::Config &config, server::DispatchCore &core, QObject *parent)
    : QObject(parent), config_(config), core_(core)
{
    // Queued: an offer made while a trunk call is being queued comes once its key is known.
    connect(&core_, &server::DispatchCore::voiceOfferMade, this, &AgentCalls::onOfferMade,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceOfferRevoked, this, &AgentCalls::onOfferRevoked,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceEnded, this, &AgentCalls::onEnded,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceRecordingPaused, this,
            &AgentCalls::onRecordingPaused);
    connect(&core_, &server::DispatchCore::voiceDialRequested, this, &AgentCalls::onDialRequested,
            Qt::QueuedConnection);
    // Queued like the offers, in the order the core emits them: the agent's leg goes before the
    // next agent rings.
    connect(&core_, &server::DispatchCore::voiceRequeued, this, &AgentCalls::onRequeued,
            Qt::QueuedConnection);
    connect(&core_, &server::DispatchCore::voiceTransferRequested, this,
            &AgentCalls::onTransferRequested, Qt::QueuedConnection);
    connect(
        &core_, &server::DispatchCore::voiceConsultRequested, this,
        [this](const QString &id, const QString &number, const QString &callerId) {
            ConsultTarget t;
            t.number = number;
            t.callerId = callerId;
            onConsultRequested(id, t);
        },
        Qt::QueuedConnection);
    connect(
        &core_, &server::DispatchCore::voiceConsultAgentRequested, this,
        [this](const QString &id, const QString &agentId, const QString &) {
            const Ring r = ringFor(id, agentId);
            ConsultTarget t;
            t.agentId = agentId;
            t.sipUser = r.sipUser;
            t.autoAnswer = r.autoAnswer;
            onConsultRequested(id, t);
        },
        Qt::QueuedConnection);
    connect(
        &core_, &server::DispatchCore::voiceConsultCompleteRequested, this,
        [this](const QString &id) {
            if (thread_)
                thread_->post([this, id] { consultComplete(id); });
        },
        Qt::QueuedConnection);
    connect(
        &core_, &server::DispatchCore::voiceConsultCancelRequested, this,
        [this](const QString &id) {
            if (thread_)
                thread_->post([this, id] { consultCancel(id); });
        },
        Qt::QueuedConnection);
    core_.enableVoiceDevices();
}

AgentCalls::~AgentCalls() = default;

void AgentCalls::attach(softphone::LibreThread &thread, softphone::SipStack &stack,
                        softphone::SipRegistrar &registrar, Trunk trunk)
{
    thread_ = &thread;
    stack_ = &stack;
    registrar_ = &registrar;
    trunk_ = std::move(trunk);
    gate_ = std::make_unique<OfferGate>(stack);
}

void AgentCalls::toQt(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void AgentCalls::callQueued(const QString &key, const QString &interactionId)
{
    keyByInteraction_.insert(interactionId, key);
}

QString AgentCalls::usernameForSipUser(const QString &sipUser) const
{
    for (const config::UserDef &u : config_.users) {
        if ((u.sipUser.isEmpty() ? u.username : u.sipUser) == sipUser)
            return u.username;
    }
    return {};
}

void AgentCalls::deviceRegistered(const QString &sipUser)
{
    const QString user = usernameForSipUser(sipUser);
    if (!user.isEmpty())
        core_.setVoiceDevice(user, true);
}

void AgentCalls::deviceUnregistered(const QString &sipUser)
{
    const QString user = usernameForSipUser(sipUser);
    if (!user.isEmpty())
        core_.setVoiceDevice(user, false);
}

AgentCalls::Ring AgentCalls::ringFor(const QString &interactionId, const QString &agentId) const
{
    Ring r;
    r.interactionId = interactionId;
    r.agentId = agentId;
    if (const config::UserDef *u = config_.userDef(agentId)) {
        r.sipUser = u->sipUser.isEmpty() ? u->username : u->sipUser;
        r.autoAnswer = u->autoAnswer;
    }
    return r;
}

void AgentCalls::onOfferMade(const QString &interactionId, const QString &agentId)
{
    const QString key = keyByInteraction_.value(interactionId);
    const std::optional<routing::InteractionInfo> info = core_.routing().interaction(interactionId);
    if (key.isEmpty() || !info || !thread_) {
        // A voice interaction without a live call (restored after a restart): the caller is
        // gone, nobody can answer it.
        qCInfo(lcVoice) << "voice interaction" << interactionId << "has no call: abandoned";
        core_.customerLeft(interactionId);
        return;
    }
    Ring r = ringFor(interactionId, agentId);
    r.trunkKey = key;
    r.callerNumber = info->from;
    r.queue = info->queue;
    thread_->post([this, r] { ring(r); });
}

void AgentCalls::onDialRequested(const QString &interactionId, const QString &agentId,
                                 const QString &number, const QString &callerId)
{
    const std::optional<routing::InteractionInfo> info = core_.routing().interaction(interactionId);
    if (!thread_ || !info)
        return;
    Ring r = ringFor(interactionId, agentId);
    r.callerNumber = number; // the phone shows whom it is calling
    r.queue = info->queue;
    r.autoAnswer = true; // the agent asked for this call
    r.outbound = true;
    r.callerId = callerId;
    thread_->post([this, r] { ring(r); });
}

void AgentCalls::onOfferRevoked(const QString &interactionId, const QString &agentId)
{
    if (thread_)
        thread_->post([this, interactionId, agentId] { cancel(interactionId, agentId); });
}

void AgentCalls::onRecordingPaused(const QString &interactionId, bool paused)
{
    if (!thread_)
        return;
    thread_->post([this, interactionId, paused] {
        auto it = connections_.find(interactionId);
        if (it == connections_.end() || !it->second->recorder)
            return;
        it->second->recorder->setPaused(paused);
        qCInfo(lcVoice) << "recording of" << interactionId << (paused ? "paused" : "resumed");
    });
}

void AgentCalls::onRequeued(const QString &interactionId)
{
    if (thread_)
        thread_->post([this, interactionId] { requeue(interactionId); });
}

void AgentCalls::onTransferRequested(const QString &interactionId, const QString &number,
                                     const QString &callerId)
{
    if (!thread_) {
        core_.voiceTransferFailed(interactionId, number, QStringLiteral("no SIP side"));
        return;
    }
    const quint64 serial = ++transferSerial_;
    thread_->post([this, interactionId, number, callerId, serial] {
        transferTo(interactionId, number, callerId, serial);
    });
    // An outside number that rings on and on ([voice] transfer_ring_timeout): it is cancelled
    // and the agent keeps the caller. Precise: a coarse timer may fire 5 % early.
    QTimer::singleShot(std::chrono::milliseconds(config_.voice.transferRingTimeoutMs),
                       Qt::PreciseTimer, this, [this, interactionId, serial] {
                           if (thread_)
                               thread_->post([this, interactionId, serial] {
                                   transferTimedOut(interactionId, serial);
                               });
                       });
}

void AgentCalls::onConsultRequested(const QString &interactionId, const ConsultTarget &target)
{
    const QString who = target.agentId.isEmpty() ? target.number : target.agentId;
    if (!thread_) {
        core_.voiceConsultEnded(interactionId, who, QStringLiteral("no SIP side"));
        return;
    }
    // Its own serial like a transfer's: a later consultation of the same target has its timer.
    const quint64 serial = ++transferSerial_;
    thread_->post(
        [this, interactionId, target, serial] { consultTo(interactionId, target, serial); });
    QTimer::singleShot(std::chrono::milliseconds(config_.voice.transferRingTimeoutMs),
                       Qt::PreciseTimer, this, [this, interactionId, serial] {
                           if (thread_)
                               thread_->post([this, interactionId, serial] {
                                   consultTimedOut(interactionId, serial);
                               });
                       });
}

void AgentCalls::onEnded(const QString &interactionId)
{
    keyByInteraction_.remove(interactionId);
    if (thread_)
        thread_->post([this, interactionId] { endCall(interactionId); });
}

} // namespace relais::voice

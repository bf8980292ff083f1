// AgentCalls, libre side: the legs the server places, their bridges and recordings.
#include "voice/AgentCalls.h"

#include "engine/LibreThread.h"
#include "engine/SipRegistrar.h"
#include "engine/SipStack.h"
#include "engine/media/MediaSession.h"
#include "server/DispatchCore.h"
#include "voice/CallBridge.h"
#include "voice/CallRecorder.h"
#include "voice/OfferGate.h"
#include "voice/OutgoingLeg.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

std::unique_ptr<OutgoingLeg> AgentCalls::makeLeg(const QString &id, Role role)
{
    // A consultation's leg may become the call's agent leg (a colleague taking the call), and a
    // call may be consulted again: its reports say which leg they are about.
    if (role == Role::Consult)
        return std::make_unique<OutgoingLeg>(
            *stack_, [this, id](OutgoingLeg &leg) { consultAnswered(id, &leg); },
            [this, id](OutgoingLeg &leg, bool answered, int status, const QString &reason) {
                consultLegClosed(id, &leg, answered, status, reason);
            });
    return std::make_unique<OutgoingLeg>(
        *stack_, [this, id, role](OutgoingLeg &) { onAnswered(id, role); },
        [this, id, role](OutgoingLeg &, bool answered, int status, const QString &reason) {
            onLegClosed(id, role, answered, status, reason);
        });
}

void AgentCalls::ring(const Ring &r)
{
    const QString id = r.interactionId;
    const QString agent = r.agentId;
    const bool outbound = r.outbound;
    auto failed = [this, id, agent, outbound](const QString &why) {
        qCInfo(lcVoice) << "cannot ring" << agent << "for" << id << ":" << why;
        if (outbound)
            toQt([this, id] { core_.voiceHungUp(id); });
        else
            toQt([this, id, agent] { core_.voiceUnanswered(id, agent); });
    };
    if (auto it = connections_.find(id); it != connections_.end()) {
        if (it->second->agentId == agent) {
            failed(QStringLiteral("already ringing"));
            return;
        }
        // Routing moved the call on (an answer that came as the offer timed out): that
        // agent's leg is stale; their answer is refused by routing.
        release(take(id));
    }
    if (!outbound && !trunk_.media(r.trunkKey))
        return; // the caller hung up meanwhile: the trunk's close abandons the interaction
    const std::optional<softphone::SipRegistrar::Binding> binding = registrar_->binding(r.sipUser);
    if (!binding) {
        failed(QStringLiteral("no registered phone"));
        return;
    }
    auto c = std::make_unique<Connection>();
    c->interactionId = id;
    c->agentId = agent;
    c->trunkKey = r.trunkKey;
    c->queue = r.queue;
    c->outbound = outbound;
    c->number = r.callerNumber;
    c->callerId = r.callerId;
    c->leg = makeLeg(id, Role::Phone);
    OutgoingLeg::Dial d;
    d.uri = binding->contact;
    d.callerNumber = r.callerNumber;
    d.domain = config_.sipDomain;
    d.interactionId = id;
    d.autoAnswer = r.autoAnswer;
    if (!outbound)
        d.heldAt = gate_->addressOfRecord(r.sipUser); // the phone rings once the offer is out
    if (!outbound)
        if (softphone::media::MediaSession *caller = trunk_.media(r.trunkKey))
            d.preferredCodec = caller->codecName();
    QString error;
    if (!c->leg->dial(d, &error)) {
        failed(error);
        return;
    }
    const QString callId = c->leg->sipCallId();
    qCInfo(lcVoice) << (outbound ? "outbound: ringing" : "ringing") << agent << "at"
                    << binding->contact << "for" << id << "Call-ID" << callId;
    connections_[id] = std::move(c);
    if (!outbound) {
        gate_->expect(callId, binding->contact);
        toQt([this, id, agent, callId] {
            core_.deliverVoiceOffer(id, agent, callId);
            thread_->post([this, callId] {
                if (gate_)
                    gate_->release(callId);
            });
        });
    }
}

void AgentCalls::onAnswered(const QString &id, Role role)
{
    if (role == Role::Transfer) {
        transferAnswered(id);
        return;
    }
    auto it = connections_.find(id);
    if (it == connections_.end())
        return;
    Connection &c = *it->second;
    if (c.outbound) {
        if (role == Role::Phone)
            dialTrunk(c); // the agent is on the line: now the number
        else
            bridge(c, *c.trunkLeg->media());
        return;
    }
    softphone::media::MediaSession *callerMedia = trunk_.media(c.trunkKey);
    if (!callerMedia) {
        endCall(id);
        return;
    }
    bridge(c, *callerMedia);
    const QString agent = c.agentId;
    const QString file = c.recorder ? QFileInfo(c.recorder->path()).fileName() : QString();
    toQt([this, id, agent, file, key = c.trunkKey] {
        emit callerBridged(key);
        if (!file.isEmpty())
            core_.setVoiceRecording(id, file);
        const server::CoreResult r = core_.voiceAnswered(id, agent);
        if (!r.ok()) {
            // Answered too late (the offer timed out meanwhile and the call is waiting again):
            // hang up on the phone only; the caller keeps their place.
            qCInfo(lcVoice) << "answer of" << id << "by" << agent << "refused:" << r.message;
            thread_->post([this, id, agent] {
                auto found = connections_.find(id);
                if (found != connections_.end() && found->second->agentId == agent)
                    release(take(id));
            });
        }
    });
}

void AgentCalls::dialTrunk(Connection &c)
{
    const QString id = c.interactionId;
    c.trunkLeg = makeLeg(id, Role::Trunk);
    OutgoingLeg::Dial d;
    d.uri = QStringLiteral("sip:%1@%2")
                .arg(OutgoingLeg::sipUser(c.number), config_.voice.outboundGateway);
    d.callerNumber = c.callerId;
    d.domain = config_.sipDomain;
    d.assertIdentity = true;
    QString error;
    if (!c.trunkLeg->dial(d, &error)) {
        qCWarning(lcVoice) << "outbound call" << id << "to" << d.uri << "failed:" << error;
        endCall(id);
        toQt([this, id] { core_.voiceHungUp(id); });
        return;
    }
    qCInfo(lcVoice) << "outbound: calling" << d.uri << "as" << c.callerId << "for" << id;
}

void AgentCalls::bridge(Connection &c, softphone::media::MediaSession &callerSide)
{
    const config::QueueVoice voice = config_.queueVoice.value(c.queue);
    if (auto parked = parked_.find(c.interactionId); parked != parked_.end()) {
        // Transferred: the recording goes on in the same file with this agent.
        c.recorder = std::move(parked->second.recorder);
        parked_.erase(parked);
    } else if (voice.record) {
        const QString dir = config_.voice.recordingsDir;
        const QString path = QDir(dir).filePath(c.interactionId + QStringLiteral(".wav"));
        QString error;
        c.recorder = std::make_unique<CallRecorder>();
        if (!QDir().mkpath(dir) || !c.recorder->open(path, &error)) {
            qCWarning(lcVoice) << "cannot record" << c.interactionId << "to" << path << ":"
                               << error;
            c.recorder.reset();
        }
    }
    c.bridge = std::make_unique<CallBridge>(callerSide, *c.leg->media(), c.recorder.get());
    qCInfo(lcVoice) << "bridged" << c.interactionId << "caller" << callerSide.codecName() << "agent"
                    << c.leg->media()->codecName()
                    << (c.bridge->mode() == CallBridge::Mode::Passthrough ? "passthrough"
                                                                          : "transcoding");
    if (c.outbound && c.recorder) {
        const QString id = c.interactionId;
        const QString file = QFileInfo(c.recorder->path()).fileName();
        toQt([this, id, file] { core_.setVoiceRecording(id, file); });
    }
}

void AgentCalls::onLegClosed(const QString &id, Role role, bool answered, int sipStatus,
                             const QString &reason)
{
    if (role == Role::Transfer) {
        transferLegClosed(id, answered, sipStatus, reason);
        return;
    }
    auto it = connections_.find(id);
    if (it == connections_.end())
        return;
    qCInfo(lcVoice) << (role == Role::Phone ? "agent leg of" : "outbound leg of") << id
                    << "closed:" << reason;
    std::unique_ptr<Connection> c = take(id);
    const QString agent = c->agentId;
    const QString key = c->trunkKey;
    const bool outbound = c->outbound;
    release(std::move(c));
    if (outbound) {
        // Either side (or a refusal on the way) ends the call: wrap-up.
        toQt([this, id] { core_.voiceHungUp(id); });
    } else if (answered) {
        trunk_.hangup(key); // the agent hung up: the caller too
        toQt([this, id] { core_.voiceHungUp(id); });
    } else if (sipStatus == 486 || sipStatus == 600 || sipStatus == 603) {
        toQt([this, id, agent] { core_.voiceRefused(id, agent); });
    } else {
        toQt([this, id, agent] { core_.voiceUnanswered(id, agent); });
    }
}

std::unique_ptr<AgentCalls::Connection> AgentCalls::take(const QString &id)
{
    auto it = connections_.find(id);
    if (it == connections_.end())
        return nullptr;
    std::unique_ptr<Connection> c = std::move(it->second);
    connections_.erase(it);
    return c;
}

void AgentCalls::cancel(const QString &id, const QString &agentId)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || it->second->outbound || it->second->agentId != agentId ||
        it->second->leg->isAnswered())
        return;
    qCInfo(lcVoice) << "offer of" << id << "to" << agentId << "revoked: CANCEL";
    release(take(id));
}

void AgentCalls::endCall(const QString &id)
{
    closeParked(id);
    std::unique_ptr<Connection> c = take(id);
    if (!c)
        return;
    const QString key = c->trunkKey;
    // The interaction is over: its caller goes too, even when the agent's phone never answered
    // (accepted on the desk, then ended there) — nobody would ever come back to them.
    const bool hangUpCaller = !c->outbound;
    release(std::move(c));
    if (hangUpCaller)
        trunk_.hangup(key);
}

void AgentCalls::trunkClosed(const QString &key)
{
    for (auto it = parked_.begin(); it != parked_.end(); ++it) {
        if (it->second.trunkKey == key) {
            closeParked(it->first);
            break;
        }
    }
    for (auto it = handedOff_.begin(); it != handedOff_.end(); ++it) {
        if (it->second->trunkKey == key) {
            qCInfo(lcVoice) << "caller of" << it->first << "hung up on the outside number";
            std::unique_ptr<Connection> c = std::move(it->second);
            handedOff_.erase(it);
            release(std::move(c));
            return;
        }
    }
    for (auto it = connections_.begin(); it != connections_.end(); ++it) {
        if (it->second->outbound || it->second->trunkKey != key)
            continue;
        const QString id = it->first;
        const bool answered = it->second->leg->isAnswered();
        // The bridge goes now: the caller's media is freed right after this.
        release(take(id));
        if (answered)
            toQt([this, id] { core_.voiceHungUp(id); });
        // Still ringing: the trunk's close abandons the interaction, which revokes the offer.
        return;
    }
}

void AgentCalls::closeAll()
{
    for (auto &[id, p] : parked_)
        p.recorder->close();
    parked_.clear();
    for (auto &[id, c] : handedOff_)
        c->bridge.reset();
    handedOff_.clear();
    while (!connections_.empty()) {
        std::unique_ptr<Connection> c = take(connections_.begin()->first);
        c->bridge.reset();
        c->consultBridge.reset();
        if (c->recorder)
            c->recorder->close();
    }
    gate_.reset();
}

void AgentCalls::release(std::unique_ptr<Connection> c)
{
    if (c->bridge)
        qCInfo(lcVoice) << "unbridged" << c->interactionId << "packets to the agent"
                        << c->bridge->toAgent().relayed << "(transcoded"
                        << c->bridge->toAgent().transcoded << ") to the caller"
                        << c->bridge->toCaller().relayed << "(transcoded"
                        << c->bridge->toCaller().transcoded << ")";
    c->bridge.reset();
    c->consultBridge.reset();
    if (c->recorder)
        c->recorder->close();
    if (gate_ && !c->outbound)
        gate_->forget(c->leg->sipCallId());
    c->leg->hangup();
    if (c->trunkLeg)
        c->trunkLeg->hangup();
    if (c->transferLeg)
        c->transferLeg->hangup();
    if (c->consultLeg)
        c->consultLeg->hangup();
    // A leg may be inside its own handler: freed once it has returned.
    Connection *raw = c.release();
    if (!thread_->post([raw] { delete raw; }))
        delete raw; // shutting down: nothing is running any more
}

} // namespace relais::voice

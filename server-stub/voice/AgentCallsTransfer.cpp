// AgentCalls, libre side: transfers. Back to waiting (a queue or an agent): the agent's leg is
// hung up, the caller's own audio (the queue's music) comes back and the recording waits for
// the next agent's bridge. To an outside number: the number rings at the outbound gateway while
// the agent stays with the caller; answered, the caller is bridged to it and the agent's leg hung
// up; refused, unreachable or ringing too long, the agent keeps the caller.
#include "voice/AgentCalls.h"

#include "engine/LibreThread.h"
#include "engine/media/MediaSession.h"
#include "server/DispatchCore.h"
#include "voice/CallBridge.h"
#include "voice/CallRecorder.h"
#include "voice/OutgoingLeg.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

void AgentCalls::requeue(const QString &id)
{
    std::unique_ptr<Connection> c = take(id);
    if (!c)
        return;
    const QString key = c->trunkKey;
    if (c->recorder) {
        c->recorder->setPaused(false); // the next agent starts recording; they may pause it
        parked_[id] = Parked{key, std::move(c->recorder)};
    }
    qCInfo(lcVoice) << "call" << id << "taken off" << c->agentId << "'s phone: waiting again";
    const bool outbound = c->outbound;
    release(std::move(c)); // BYE to the agent's phone (CANCEL if it still rang)
    if (outbound)
        return;
    trunk_.unbridged(key);
    toQt([this, key, id] { emit callerRequeued(key, id); });
}

void AgentCalls::transferTo(const QString &id, const QString &number, const QString &callerId,
                            quint64 serial)
{
    const auto fail = [this, id, number](const QString &why) {
        qCInfo(lcVoice) << "transfer of" << id << "to" << number << "not placed:" << why;
        toQt([this, id, number, why] { core_.voiceTransferFailed(id, number, why); });
    };
    auto it = connections_.find(id);
    if (it == connections_.end() || it->second->outbound || !it->second->bridge) {
        fail(QStringLiteral("the call is not connected"));
        return;
    }
    Connection &c = *it->second;
    if (c.transferLeg) {
        fail(QStringLiteral("a transfer is already ringing"));
        return;
    }
    softphone::media::MediaSession *callerMedia = trunk_.media(c.trunkKey);
    if (!callerMedia) {
        fail(QStringLiteral("the caller hung up"));
        return;
    }
    c.transferLeg = makeLeg(id, Role::Transfer);
    OutgoingLeg::Dial d;
    d.uri = QStringLiteral("sip:%1@%2")
                .arg(OutgoingLeg::sipUser(number), config_.voice.outboundGateway);
    d.callerNumber = callerId;
    d.domain = config_.sipDomain;
    d.assertIdentity = true;
    d.preferredCodec = callerMedia->codecName();
    QString error;
    if (!c.transferLeg->dial(d, &error)) {
        c.transferLeg.reset();
        fail(error);
        return;
    }
    c.transferNumber = number;
    c.transferSerial = serial;
    qCInfo(lcVoice) << "transfer: calling" << d.uri << "as" << callerId << "for" << id;
}

void AgentCalls::transferAnswered(const QString &id)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->transferLeg)
        return;
    Connection &c = *it->second;
    softphone::media::MediaSession *callerMedia = trunk_.media(c.trunkKey);
    if (!callerMedia) {
        release(take(id)); // the caller is gone: the trunk's close ends the interaction
        return;
    }
    // The caller goes to the number; the agent's part (their leg, the recording) ends.
    auto handed = std::make_unique<Connection>();
    handed->interactionId = id;
    handed->trunkKey = c.trunkKey;
    handed->number = c.transferNumber;
    handed->leg = std::move(c.transferLeg);
    const QString number = c.transferNumber;
    const QString agent = c.agentId;
    // Unbridged from the agent and their recording closed now; the caller is no longer theirs
    // (no trunk key: hanging up the agent's leg never takes the caller with it). Their phone gets
    // its BYE once the core has ended the interaction, so the desk hears of the wrap-up first.
    c.bridge.reset();
    if (c.recorder) {
        c.recorder->close();
        c.recorder.reset();
    }
    c.trunkKey.clear();
    handed->bridge = std::make_unique<CallBridge>(*callerMedia, *handed->leg->media(), nullptr);
    qCInfo(lcVoice) << "call" << id << "handed over from" << agent << "to" << number;
    handedOff_[id] = std::move(handed);
    toQt([this, id, number] {
        core_.voiceTransferAnswered(id, number);
        thread_->post([this, id] { endCall(id); });
    });
}

void AgentCalls::transferLegClosed(const QString &id, bool answered, int sipStatus,
                                   const QString &reason)
{
    if (auto h = handedOff_.find(id); h != handedOff_.end()) {
        // The outside party hung up: the caller too.
        qCInfo(lcVoice) << "outside number of" << id << "hung up:" << reason;
        std::unique_ptr<Connection> c = std::move(h->second);
        handedOff_.erase(h);
        const QString key = c->trunkKey;
        release(std::move(c));
        trunk_.hangup(key);
        return;
    }
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->transferLeg)
        return;
    Connection &c = *it->second;
    const QString number = c.transferNumber;
    // Inside its own handler: freed once it has returned.
    OutgoingLeg *leg = c.transferLeg.release();
    c.transferNumber.clear();
    if (!thread_->post([leg] { delete leg; }))
        delete leg;
    const QString why = outgoingLegEndReason(sipStatus, answered, reason);
    qCInfo(lcVoice) << "transfer of" << id << "to" << number << "failed:" << sipStatus << reason;
    toQt([this, id, number, why] { core_.voiceTransferFailed(id, number, why); });
}

void AgentCalls::transferTimedOut(const QString &id, quint64 serial)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->transferLeg ||
        it->second->transferSerial != serial || it->second->transferLeg->isAnswered())
        return;
    Connection &c = *it->second;
    const QString number = c.transferNumber;
    std::unique_ptr<OutgoingLeg> leg = std::move(c.transferLeg);
    c.transferNumber.clear();
    leg->hangup(); // CANCEL
    OutgoingLeg *raw = leg.release();
    if (!thread_->post([raw] { delete raw; }))
        delete raw;
    qCInfo(lcVoice) << "transfer of" << id << "to" << number << ": no answer";
    toQt(
        [this, id, number] { core_.voiceTransferFailed(id, number, QStringLiteral("no answer")); });
}

void AgentCalls::closeParked(const QString &id)
{
    auto it = parked_.find(id);
    if (it == parked_.end())
        return;
    it->second.recorder->close();
    parked_.erase(it);
}

} // namespace relais::voice

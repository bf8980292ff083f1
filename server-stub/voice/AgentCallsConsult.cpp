// AgentCalls, libre side: consultations (attended transfers). The caller's bridge to the agent
// goes and the caller hears the queue's music on hold (the recording, fed by that bridge, hears
// nothing meanwhile: the consultation is not recorded); the number rings at the outbound gateway
// (or the colleague's registered phone rings) and, answered, is bridged to the agent's leg.
// Completed: the caller is bridged to the number and handed over as a transfer to a number is
// (the agent's leg is hung up once the core has ended the interaction), or to the colleague,
// whose leg becomes the call's agent leg (recorded in the same file). Cancelled, refused, not
// answered or hung up by the number: the agent and the caller are bridged again (the recording goes
// on).
#include "voice/AgentCalls.h"

#include "engine/LibreThread.h"
#include "engine/SipRegistrar.h"
#include "engine/media/MediaSession.h"
#include "server/DispatchCore.h"
#include "voice/CallBridge.h"
#include "voice/CallRecorder.h"
#include "voice/OfferGate.h"
#include "voice/OutgoingLeg.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVoice)

namespace relais::voice {

void AgentCalls::consultTo(const QString &id, const ConsultTarget &t, quint64 serial)
{
    const QString number = t.agentId.isEmpty() ? t.number : t.agentId; // what the core knows
    const auto fail = [this, id, number](const QString &why) {
        qCInfo(lcVoice) << "consultation of" << number << "on" << id << "not placed:" << why;
        toQt([this, id, number, why] { core_.voiceConsultEnded(id, number, why); });
    };
    auto it = connections_.find(id);
    if (it == connections_.end() || it->second->outbound || !it->second->bridge) {
        fail(QStringLiteral("the call is not connected"));
        return;
    }
    Connection &c = *it->second;
    if (c.transferLeg || c.consultLeg) {
        fail(QStringLiteral("a transfer is already ringing"));
        return;
    }
    softphone::media::MediaSession *callerMedia = trunk_.media(c.trunkKey);
    if (!callerMedia) {
        fail(QStringLiteral("the caller hung up"));
        return;
    }
    OutgoingLeg::Dial d;
    d.domain = config_.sipDomain;
    if (t.agentId.isEmpty()) {
        d.uri = QStringLiteral("sip:%1@%2")
                    .arg(OutgoingLeg::sipUser(t.number), config_.voice.outboundGateway);
        d.callerNumber = t.callerId;
        d.assertIdentity = true;
    } else {
        // The colleague's registered phone, shown who is consulting them.
        const std::optional<softphone::SipRegistrar::Binding> binding =
            registrar_->binding(t.sipUser);
        if (!binding) {
            fail(QStringLiteral("no registered phone"));
            return;
        }
        d.uri = binding->contact;
        d.callerNumber = c.agentId;
        d.autoAnswer = t.autoAnswer;
    }
    c.consultLeg = makeLeg(id, Role::Consult);
    d.preferredCodec = c.leg->media() ? c.leg->media()->codecName() : callerMedia->codecName();
    QString error;
    if (!c.consultLeg->dial(d, &error)) {
        c.consultLeg.reset();
        fail(error);
        return;
    }
    c.consultNumber = number;
    c.consultAgent = t.agentId;
    c.consultSerial = serial;
    // The caller on hold: off the agent, the queue's music.
    c.bridge.reset();
    trunk_.hold(c.trunkKey, c.queue);
    qCInfo(lcVoice) << "consultation: caller of" << id << "on hold, calling" << d.uri << "as"
                    << d.callerNumber;
}

void AgentCalls::consultAnswered(const QString &id, const OutgoingLeg *leg)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->consultLeg || it->second->consultLeg.get() != leg)
        return;
    Connection &c = *it->second;
    if (!c.leg->media() || !c.consultLeg->media()) {
        backToCaller(c, true);
        return;
    }
    c.consultBridge =
        std::make_unique<CallBridge>(*c.leg->media(), *c.consultLeg->media(), nullptr);
    const QString number = c.consultNumber;
    qCInfo(lcVoice) << "consultation of" << number << "on" << id << ": talking with" << c.agentId;
    toQt([this, id, number] { core_.voiceConsultAnswered(id, number); });
}

void AgentCalls::backToCaller(Connection &c, bool hangup)
{
    c.consultBridge.reset();
    if (OutgoingLeg *leg = c.consultLeg.release()) {
        if (hangup)
            leg->hangup();
        // It may be inside its own handler: freed once that has returned.
        if (!thread_->post([leg] { delete leg; }))
            delete leg;
    }
    c.consultNumber.clear();
    c.consultAgent.clear();
    softphone::media::MediaSession *callerMedia = trunk_.media(c.trunkKey);
    if (!callerMedia || !c.leg->media())
        return; // the caller is gone: the trunk's close ends the interaction
    // The same recording goes on (bridge() would start a new file).
    c.bridge = std::make_unique<CallBridge>(*callerMedia, *c.leg->media(), c.recorder.get());
    qCInfo(lcVoice) << "call" << c.interactionId << ":" << c.agentId << "back with the caller";
}

void AgentCalls::consultLegClosed(const QString &id, const OutgoingLeg *leg, bool answered,
                                  int sipStatus, const QString &reason)
{
    if (auto h = handedOff_.find(id); h != handedOff_.end() && h->second->leg.get() == leg) {
        transferLegClosed(id, answered, sipStatus, reason); // the caller's new party hung up
        return;
    }
    auto it = connections_.find(id);
    if (it == connections_.end())
        return;
    if (it->second->leg.get() == leg) {
        // The colleague who took the call hung up: as any agent's hang-up.
        onLegClosed(id, Role::Phone, answered, sipStatus, reason);
        return;
    }
    if (!it->second->consultLeg || it->second->consultLeg.get() != leg)
        return;
    Connection &c = *it->second;
    const QString number = c.consultNumber;
    backToCaller(c, false);
    const QString why = outgoingLegEndReason(sipStatus, answered, reason);
    qCInfo(lcVoice) << "consultation of" << number << "on" << id << "ended:" << sipStatus << reason;
    toQt([this, id, number, why] { core_.voiceConsultEnded(id, number, why); });
}

void AgentCalls::consultTimedOut(const QString &id, quint64 serial)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->consultLeg ||
        it->second->consultSerial != serial || it->second->consultLeg->isAnswered())
        return;
    Connection &c = *it->second;
    const QString number = c.consultNumber;
    backToCaller(c, true); // CANCEL
    qCInfo(lcVoice) << "consultation of" << number << "on" << id << ": no answer";
    toQt([this, id, number] { core_.voiceConsultEnded(id, number, QStringLiteral("no answer")); });
}

void AgentCalls::consultCancel(const QString &id)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->consultLeg)
        return;
    qCInfo(lcVoice) << "consultation of" << it->second->consultNumber << "on" << id << "cancelled";
    backToCaller(*it->second, true);
}

void AgentCalls::consultComplete(const QString &id)
{
    auto it = connections_.find(id);
    if (it == connections_.end() || !it->second->consultLeg ||
        !it->second->consultLeg->isAnswered())
        return;
    Connection &c = *it->second;
    const QString number = c.consultNumber;
    softphone::media::MediaSession *callerMedia = trunk_.media(c.trunkKey);
    if (!callerMedia || !c.consultLeg->media()) {
        backToCaller(c, true);
        toQt([this, id, number] {
            core_.voiceConsultEnded(id, number, QStringLiteral("the caller hung up"));
        });
        return;
    }
    if (!c.consultAgent.isEmpty()) {
        consultHandOver(c, *callerMedia);
        return;
    }
    // As an answered transfer to a number: the caller goes to it, the agent's part ends.
    c.consultBridge.reset();
    auto handed = std::make_unique<Connection>();
    handed->interactionId = id;
    handed->trunkKey = c.trunkKey;
    handed->number = number;
    handed->leg = std::move(c.consultLeg);
    c.consultNumber.clear();
    if (c.recorder) {
        c.recorder->close();
        c.recorder.reset();
    }
    c.trunkKey.clear(); // hanging up the agent's leg never takes the caller with it
    handed->bridge = std::make_unique<CallBridge>(*callerMedia, *handed->leg->media(), nullptr);
    qCInfo(lcVoice) << "call" << id << "handed over from" << c.agentId << "to" << number
                    << "after a consultation";
    handedOff_[id] = std::move(handed);
    toQt([this, id, number] {
        core_.voiceConsultCompleted(id, number, {});
        thread_->post([this, id] { endCall(id); });
    });
}

void AgentCalls::consultHandOver(Connection &c, softphone::media::MediaSession &callerMedia)
{
    // As a transfer to an agent whose phone answered: the caller is bridged to the colleague,
    // the recording goes on in the same file, the consulting agent's leg is hung up.
    const QString id = c.interactionId;
    const QString from = c.agentId;
    const QString to = c.consultAgent;
    c.consultBridge.reset();
    c.bridge.reset();
    OutgoingLeg *old = c.leg.release();
    if (gate_)
        gate_->forget(old->sipCallId());
    old->hangup(); // BYE; no report comes back for it
    if (!thread_->post([old] { delete old; }))
        delete old;
    c.leg = std::move(c.consultLeg);
    c.agentId = to;
    c.consultAgent.clear();
    c.consultNumber.clear();
    c.bridge = std::make_unique<CallBridge>(callerMedia, *c.leg->media(), c.recorder.get());
    const QString callId = c.leg->sipCallId();
    qCInfo(lcVoice) << "call" << id << "handed over from" << from << "to" << to
                    << "after a consultation";
    toQt([this, id, to, callId] { core_.voiceConsultCompleted(id, to, callId); });
}

} // namespace relais::voice

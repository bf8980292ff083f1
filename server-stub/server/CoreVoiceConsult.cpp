// DispatchCore: attended (consultative) transfer of a call to an outside number or a colleague.
// The agent holding an answered inbound call asks to consult (interaction.consult): the voice
// side puts the caller on hold (the queue's music), calls the number at the outbound gateway or
// the colleague's registered phone and, once it answers, bridges it to the agent alone. The agent
// then completes (consult_complete: the caller is handed over — to a number, the agent wraps up
// as after an answered transfer to a number; to a colleague, the interaction becomes theirs as
// after a transfer to an agent and the agent is free) or cancels (consult_cancel: the target is
// hung up, the agent is back with the caller). A target that refuses, does not answer within
// [voice] transfer_ring_timeout or hangs up brings the agent back to the caller too. Every change
// is an interaction.consult event to the agent.
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "server/IxStateNames.h"
#include "store/PhoneNumber.h"
#include <relais/protocol/Protocol.h>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;
using routing::IxState;

void DispatchCore::consultEvent(const QString &agentId, const QString &interactionId,
                                const Consult &c, const QString &state, const QString &reason)
{
    consultedEvent(interactionId, c, state, reason);
    if (agentId.isEmpty())
        return;
    QJsonObject body{{"interactionId", interactionId}, {"state", state}};
    if (c.agentId.isEmpty()) {
        body.insert("number", c.number);
    } else {
        body.insert("agentId", c.agentId);
        body.insert("name", displayName(c.agentId));
    }
    if (!reason.isEmpty())
        body.insert("reason", reason);
    emit toUser(agentId, QLatin1String(msg::InteractionConsult), body);
}

void DispatchCore::consultedEvent(const QString &interactionId, const Consult &c,
                                  const QString &state, const QString &reason)
{
    // The colleague's phone rings with a call that is not theirs yet: their desk says who asks
    // and about which caller, so they answer knowing what it is about.
    if (c.agentId.isEmpty())
        return;
    QJsonObject body{{"interactionId", interactionId},
                     {"state", state},
                     {"agentId", c.by},
                     {"name", displayName(c.by)}};
    if (!reason.isEmpty())
        body.insert("reason", reason);
    if (std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId)) {
        body.insert("queue", rec->queue);
        body.insert("from", rec->from);
        if (!rec->customerId.isEmpty()) {
            if (std::optional<Customer> customer = m_db->customer(rec->customerId))
                body.insert("customer", customer->toJson());
        }
    }
    emit toUser(c.agentId, QLatin1String(msg::InteractionConsulted), body);
}

void DispatchCore::holdForConsultation(const QString &agentId, bool on)
{
    if (agentId.isEmpty())
        return;
    const CoreResult r = applyOutcome(m_routing.setConsulted(agentId, on, nowMs()));
    if (!r.ok())
        qCWarning(lcCore) << (on ? "holding" : "releasing") << agentId
                          << "for a consultation:" << r.message;
}

CoreResult DispatchCore::consult(const Caller &caller, const QString &interactionId,
                                 const QString &number, const QString &agentId)
{
    const QString action = QLatin1String(msg::InteractionConsult);
    const auto refuse = [&](ErrorCode code, const QString &message) {
        audit(caller, action, interactionId, false, message);
        return CoreResult::failure(code, message);
    };
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->agentId != caller.username)
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
    const bool colleague = !agentId.isEmpty();
    const QString e164 =
        colleague ? QString() : store::normalisePhone(number, m_config.defaultCountryCode);
    if (!colleague && e164.isEmpty())
        return refuse(ErrorCode::BadRequest,
                      QStringLiteral("field 'number' is not a phone number"));
    if (colleague && !m_routing.hasAgent(agentId))
        return refuse(ErrorCode::NotFound, QStringLiteral("no agent '%1'").arg(agentId));
    if (colleague && agentId == caller.username)
        return refuse(ErrorCode::BadRequest, QStringLiteral("field 'agentId' names yourself"));
    if (info->channel != Channel::Voice)
        return refuse(
            ErrorCode::Conflict,
            QStringLiteral("a %1 interaction cannot be consulted on").arg(toString(info->channel)));
    if (info->state != IxState::Active)
        return refuse(
            ErrorCode::Conflict,
            QStringLiteral("the call is not answered (%1)").arg(ixStateName(info->state)));
    if (const QString why = callTransferRefusal(*info); !why.isEmpty())
        return refuse(ErrorCode::Conflict, why);
    if (!m_voiceDevices)
        return refuse(ErrorCode::Conflict, QStringLiteral("calls are not configured"));
    if (colleague) {
        if (const QString why = transferTargetRefusal(Channel::Voice, agentId); !why.isEmpty())
            return refuse(ErrorCode::Conflict, why);
        const std::optional<routing::AgentInfo> target = m_routing.agent(agentId);
        if (target && (target->state == AgentState::Reserved || target->state == AgentState::Busy ||
                       target->state == AgentState::WrapUp))
            return refuse(ErrorCode::Conflict,
                          QStringLiteral("%1 is busy (%2): they cannot take the call")
                              .arg(displayName(agentId), toString(target->state)));
    } else if (m_config.voice.outboundGateway.isEmpty()) {
        return refuse(ErrorCode::Conflict, QStringLiteral("outbound calls are not configured"));
    }
    const Consult c{e164, agentId, false, caller.username};
    m_consults.insert(interactionId, c);
    if (colleague)
        holdForConsultation(agentId, true);
    audit(caller, action, interactionId, true,
          colleague ? QStringLiteral("agent ") + agentId : QStringLiteral("number ") + e164);
    if (colleague) {
        qCInfo(lcCore) << caller.username << "consults" << agentId << "on" << interactionId;
        emit voiceConsultAgentRequested(interactionId, agentId, info->from);
    } else {
        const QString callerId = presentedNumber(info->queue);
        qCInfo(lcCore) << caller.username << "consults" << e164 << "on" << interactionId << "as"
                       << callerId;
        emit voiceConsultRequested(interactionId, e164, callerId);
    }
    consultEvent(info->agentId, interactionId, c, QStringLiteral("ringing"));
    QJsonObject reply{{"interactionId", interactionId}, {"state", "ringing"}};
    if (colleague) {
        reply.insert("agentId", agentId);
        reply.insert("name", displayName(agentId));
    } else {
        reply.insert("number", e164);
    }
    return CoreResult::success(reply);
}

CoreResult DispatchCore::consultComplete(const Caller &caller, const QString &interactionId)
{
    const QString action = QLatin1String(msg::InteractionConsultComplete);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->agentId != caller.username) {
        audit(caller, action, interactionId, false, QStringLiteral("not found"));
        return CoreResult::failure(
            ErrorCode::NotFound,
            QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
    }
    const auto it = m_consults.constFind(interactionId);
    QString why;
    if (it == m_consults.constEnd())
        why = QStringLiteral("no consultation on this call");
    else if (!it->connected)
        why = QStringLiteral("%1 has not answered yet")
                  .arg(it->agentId.isEmpty() ? it->number : displayName(it->agentId));
    if (!why.isEmpty()) {
        audit(caller, action, interactionId, false, why);
        return CoreResult::failure(ErrorCode::Conflict, why);
    }
    const Consult c = *it;
    audit(caller, action, interactionId, true,
          c.agentId.isEmpty() ? QStringLiteral("number ") + c.number
                              : QStringLiteral("agent ") + c.agentId);
    qCInfo(lcCore) << caller.username << "completes the transfer of" << interactionId << "to"
                   << c.target();
    emit voiceConsultCompleteRequested(interactionId);
    QJsonObject reply{{"interactionId", interactionId}, {"state", "completing"}};
    if (c.agentId.isEmpty()) {
        reply.insert("number", c.number);
    } else {
        reply.insert("agentId", c.agentId);
        reply.insert("name", displayName(c.agentId));
    }
    return CoreResult::success(reply);
}

CoreResult DispatchCore::consultCancel(const Caller &caller, const QString &interactionId)
{
    const QString action = QLatin1String(msg::InteractionConsultCancel);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->agentId != caller.username) {
        audit(caller, action, interactionId, false, QStringLiteral("not found"));
        return CoreResult::failure(
            ErrorCode::NotFound,
            QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
    }
    if (!m_consults.contains(interactionId)) {
        const QString why = QStringLiteral("no consultation on this call");
        audit(caller, action, interactionId, false, why);
        return CoreResult::failure(ErrorCode::Conflict, why);
    }
    const Consult c = m_consults.take(interactionId);
    holdForConsultation(c.agentId, false);
    audit(caller, action, interactionId, true,
          c.agentId.isEmpty() ? QStringLiteral("number ") + c.number
                              : QStringLiteral("agent ") + c.agentId);
    qCInfo(lcCore) << caller.username << "cancels the consultation of" << c.target() << "on"
                   << interactionId;
    emit voiceConsultCancelRequested(interactionId);
    consultEvent(info->agentId, interactionId, c, QStringLiteral("ended"),
                 QStringLiteral("cancelled"));
    QJsonObject reply{{"interactionId", interactionId}, {"state", "ended"}};
    if (c.agentId.isEmpty()) {
        reply.insert("number", c.number);
    } else {
        reply.insert("agentId", c.agentId);
        reply.insert("name", displayName(c.agentId));
    }
    return CoreResult::success(reply);
}

void DispatchCore::voiceConsultAnswered(const QString &interactionId, const QString &target)
{
    auto it = m_consults.find(interactionId);
    if (it == m_consults.end() || it->target() != target)
        return; // cancelled or ended meanwhile (the voice side hangs it up)
    it->connected = true;
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (info)
        consultEvent(info->agentId, interactionId, *it, QStringLiteral("connected"));
}

void DispatchCore::voiceConsultEnded(const QString &interactionId, const QString &target,
                                     const QString &reason)
{
    auto it = m_consults.find(interactionId);
    if (it == m_consults.end() || it->target() != target)
        return; // cancelled: already told
    const Consult c = *it;
    m_consults.erase(it);
    holdForConsultation(c.agentId, false);
    qCInfo(lcCore) << "consultation of" << target << "on" << interactionId << "ended:" << reason;
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    consultEvent(info ? info->agentId : QString(), interactionId, c, QStringLiteral("ended"),
                 reason);
}

void DispatchCore::voiceConsultCompleted(const QString &interactionId, const QString &target,
                                         const QString &sipCallId)
{
    const Consult c = m_consults.take(interactionId);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->state != IxState::Active) {
        holdForConsultation(c.agentId, false);
        consultedEvent(interactionId, c, QStringLiteral("ended"), QStringLiteral("call ended"));
        return;
    }
    consultEvent(info->agentId, interactionId, c, QStringLiteral("completed"));
    if (!c.agentId.isEmpty() && c.agentId == target) {
        handOverToColleague(interactionId, info->agentId, target, sipCallId);
        return;
    }
    holdForConsultation(c.agentId, false);
    qCInfo(lcCore) << "call" << interactionId << "handed over to" << target
                   << "after a consultation:" << info->agentId << "wraps up";
    m_transferredTo.insert(interactionId, target);
    const CoreResult r = applyOutcome(m_routing.end(interactionId, nowMs()));
    m_transferredTo.remove(interactionId);
    if (!r.ok())
        qCWarning(lcCore) << "ending" << interactionId << "after its consultation:" << r.message;
}

void DispatchCore::handOverToColleague(const QString &interactionId, const QString &from,
                                       const QString &to, const QString &sipCallId)
{
    // As a transfer to an agent, except that the colleague already has the caller on their
    // phone: no new offer rings, the interaction is theirs at once (offered, then accepted).
    qCInfo(lcCore) << "call" << interactionId << "handed over from" << from << "to" << to
                   << "after a consultation";
    m_consultHandovers.insert(interactionId);
    CoreResult r = applyOutcome(m_routing.transferToAgent(interactionId, to, nowMs()));
    if (r.ok()) {
        emit toUser(from, QLatin1String(msg::InteractionTransferred),
                    {{"interactionId", interactionId}, {"to", QStringLiteral("agent ") + to}});
        if (std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId)) {
            rec->sipCallId = sipCallId;
            if (!m_db->updateInteraction(*rec))
                qCWarning(lcCore) << "storing the Call-ID of" << interactionId << "failed";
            store::InteractionRecord offered = *rec;
            offered.state = QStringLiteral("offered");
            emit toUser(to, QLatin1String(msg::InteractionOffered), offerPayload(offered, 0));
        }
        r = applyOutcome(m_routing.take(to, interactionId, nowMs()));
    }
    m_consultHandovers.remove(interactionId);
    holdForConsultation(to, false); // after the take: the call is theirs, nothing slips in before
    if (!r.ok())
        qCWarning(lcCore) << "handing" << interactionId << "over to" << to
                          << "failed:" << r.message;
}

} // namespace relais::server

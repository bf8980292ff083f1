// DispatchCore: attended (consultative) transfer of a call to an outside number. The agent
// holding an answered inbound call asks to consult a number (interaction.consult): the voice side
// puts the caller on hold (the queue's music), calls the number at the outbound gateway and, once
// it answers, bridges it to the agent alone. The agent then completes (consult_complete: the
// caller is handed over to the number and the agent wraps up, as an answered transfer to a
// number) or cancels (consult_cancel: the number is hung up, the agent is back with the caller).
// A number that refuses, does not answer within [voice] transfer_ring_timeout or hangs up brings
// the agent back to the caller too. Every change is an interaction.consult event to the agent.
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
                                const QString &number, const QString &state, const QString &reason)
{
    if (agentId.isEmpty())
        return;
    QJsonObject body{{"interactionId", interactionId}, {"number", number}, {"state", state}};
    if (!reason.isEmpty())
        body.insert("reason", reason);
    emit toUser(agentId, QLatin1String(msg::InteractionConsult), body);
}

CoreResult DispatchCore::consult(const Caller &caller, const QString &interactionId,
                                 const QString &number)
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
    const QString e164 = store::normalisePhone(number, m_config.defaultCountryCode);
    if (e164.isEmpty())
        return refuse(ErrorCode::BadRequest,
                      QStringLiteral("field 'number' is not a phone number"));
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
    if (!m_voiceDevices || m_config.voice.outboundGateway.isEmpty())
        return refuse(ErrorCode::Conflict, QStringLiteral("outbound calls are not configured"));
    m_consults.insert(interactionId, Consult{e164, false});
    audit(caller, action, interactionId, true, QStringLiteral("number ") + e164);
    const QString callerId = presentedNumber(info->queue);
    qCInfo(lcCore) << caller.username << "consults" << e164 << "on" << interactionId << "as"
                   << callerId;
    emit voiceConsultRequested(interactionId, e164, callerId);
    consultEvent(info->agentId, interactionId, e164, QStringLiteral("ringing"));
    return CoreResult::success(
        {{"interactionId", interactionId}, {"number", e164}, {"state", "ringing"}});
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
        why = QStringLiteral("%1 has not answered yet").arg(it->number);
    if (!why.isEmpty()) {
        audit(caller, action, interactionId, false, why);
        return CoreResult::failure(ErrorCode::Conflict, why);
    }
    const QString number = it->number;
    audit(caller, action, interactionId, true, QStringLiteral("number ") + number);
    qCInfo(lcCore) << caller.username << "completes the transfer of" << interactionId << "to"
                   << number;
    emit voiceConsultCompleteRequested(interactionId);
    return CoreResult::success(
        {{"interactionId", interactionId}, {"number", number}, {"state", "completing"}});
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
    const QString number = m_consults.take(interactionId).number;
    audit(caller, action, interactionId, true, QStringLiteral("number ") + number);
    qCInfo(lcCore) << caller.username << "cancels the consultation of" << number << "on"
                   << interactionId;
    emit voiceConsultCancelRequested(interactionId);
    consultEvent(info->agentId, interactionId, number, QStringLiteral("ended"),
                 QStringLiteral("cancelled"));
    return CoreResult::success(
        {{"interactionId", interactionId}, {"number", number}, {"state", "ended"}});
}

void DispatchCore::voiceConsultAnswered(const QString &interactionId, const QString &number)
{
    auto it = m_consults.find(interactionId);
    if (it == m_consults.end() || it->number != number)
        return; // cancelled or ended meanwhile (the voice side hangs it up)
    it->connected = true;
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (info)
        consultEvent(info->agentId, interactionId, number, QStringLiteral("connected"));
}

void DispatchCore::voiceConsultEnded(const QString &interactionId, const QString &number,
                                     const QString &reason)
{
    auto it = m_consults.find(interactionId);
    if (it == m_consults.end() || it->number != number)
        return; // cancelled: already told
    m_consults.erase(it);
    qCInfo(lcCore) << "consultation of" << number << "on" << interactionId << "ended:" << reason;
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (info)
        consultEvent(info->agentId, interactionId, number, QStringLiteral("ended"), reason);
}

void DispatchCore::voiceConsultCompleted(const QString &interactionId, const QString &number)
{
    m_consults.remove(interactionId);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->state != IxState::Active)
        return;
    qCInfo(lcCore) << "call" << interactionId << "handed over to" << number
                   << "after a consultation:" << info->agentId << "wraps up";
    consultEvent(info->agentId, interactionId, number, QStringLiteral("completed"));
    m_transferredTo.insert(interactionId, number);
    const CoreResult r = applyOutcome(m_routing.end(interactionId, nowMs()));
    m_transferredTo.remove(interactionId);
    if (!r.ok())
        qCWarning(lcCore) << "ending" << interactionId << "after its consultation:" << r.message;
}

} // namespace relais::server

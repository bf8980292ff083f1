// DispatchCore: transferring a call. To a queue or an agent, a voice call goes back to waiting
// like any interaction (the voice side takes it off the agent's phone and plays the queue's music
// until the next agent answers: voiceRequeued, from applyInteractionState). To an outside
// number (interaction.transfer {number}), the voice side calls the number at the outbound
// gateway while the agent stays with the caller; once it answers, the caller is bridged to it
// and the agent's part of the interaction ends in wrap-up.
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

QString DispatchCore::callTransferRefusal(const routing::InteractionInfo &info) const
{
    if (info.state != IxState::Active)
        return {};
    if (info.channel == Channel::Callback && m_dialledCallbacks.contains(info.id))
        return QStringLiteral("a callback being called back cannot be transferred");
    if (info.channel != Channel::Voice)
        return {};
    const std::optional<store::InteractionRecord> rec = m_db->interaction(info.id);
    if (rec && rec->direction == QLatin1String("outbound"))
        return QStringLiteral("an outbound call cannot be transferred");
    if (m_transfersToNumber.contains(info.id))
        return QStringLiteral("the call is being transferred to %1")
            .arg(m_transfersToNumber.value(info.id));
    if (m_consults.contains(info.id))
        return QStringLiteral("the call is on hold for a consultation with %1")
            .arg(m_consults.value(info.id).agentId.isEmpty()
                     ? m_consults.value(info.id).number
                     : displayName(m_consults.value(info.id).agentId));
    return {};
}

QString DispatchCore::callTargetRefusal(const routing::InteractionInfo &info,
                                        const QString &agentId) const
{
    return transferTargetRefusal(info.channel, agentId);
}

QString DispatchCore::transferTargetRefusal(Channel channel, const QString &agentId) const
{
    if (channel != Channel::Voice || !m_voiceDevices)
        return {};
    // A caller on the line cannot wait for someone who is not there to ring.
    const std::optional<routing::AgentInfo> target = m_routing.agent(agentId);
    if (!target || target->state == AgentState::LoggedOut)
        return QStringLiteral("%1 is not signed in: they cannot take the call")
            .arg(displayName(agentId));
    if (!m_voiceReachable.contains(agentId))
        return QStringLiteral("%1 has no phone registered: they cannot take the call")
            .arg(displayName(agentId));
    return {};
}

CoreResult DispatchCore::transferToNumber(const Caller &caller, const QString &interactionId,
                                          const QString &number)
{
    const QString action = QLatin1String(msg::InteractionTransfer);
    const auto refuse = [&](ErrorCode code, const QString &message) {
        audit(caller, action, interactionId, false, message);
        return CoreResult::failure(code, message);
    };
    const bool supervisor = hasRole(caller.username, Role::Supervisor);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || (!supervisor && info->agentId != caller.username))
        return refuse(ErrorCode::NotFound,
                      QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
    // A malformed number is the request's fault whatever the call's situation.
    const QString e164 = store::normalisePhone(number, m_config.defaultCountryCode);
    if (e164.isEmpty())
        return refuse(ErrorCode::BadRequest,
                      QStringLiteral("field 'number' is not a phone number"));
    if (info->channel != Channel::Voice)
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("a %1 interaction cannot be transferred to a number")
                          .arg(toString(info->channel)));
    if (info->state != IxState::Active)
        return refuse(
            ErrorCode::Conflict,
            QStringLiteral("the call is not answered (%1)").arg(ixStateName(info->state)));
    if (const QString why = callTransferRefusal(*info); !why.isEmpty())
        return refuse(ErrorCode::Conflict, why);
    if (!m_voiceDevices || m_config.voice.outboundGateway.isEmpty())
        return refuse(ErrorCode::Conflict, QStringLiteral("outbound calls are not configured"));
    m_transfersToNumber.insert(interactionId, e164);
    audit(caller, action, interactionId, true, QStringLiteral("number ") + e164);
    const QString callerId = presentedNumber(info->queue);
    qCInfo(lcCore) << caller.username << "transfers" << interactionId << "to" << e164 << "as"
                   << callerId;
    emit voiceTransferRequested(interactionId, e164, callerId);
    return CoreResult::success(
        {{"interactionId", interactionId}, {"number", e164}, {"state", "ringing"}});
}

void DispatchCore::voiceTransferAnswered(const QString &interactionId, const QString &number)
{
    m_transfersToNumber.remove(interactionId);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->state != IxState::Active)
        return;
    qCInfo(lcCore) << "call" << interactionId << "handed over to" << number << ":" << info->agentId
                   << "wraps up";
    m_transferredTo.insert(interactionId, number);
    const CoreResult r = applyOutcome(m_routing.end(interactionId, nowMs()));
    m_transferredTo.remove(interactionId);
    if (!r.ok())
        qCWarning(lcCore) << "ending" << interactionId << "after its transfer failed:" << r.message;
}

void DispatchCore::voiceTransferFailed(const QString &interactionId, const QString &number,
                                       const QString &reason)
{
    if (m_transfersToNumber.value(interactionId) != number)
        return; // the call ended meanwhile
    m_transfersToNumber.remove(interactionId);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->agentId.isEmpty())
        return;
    qCInfo(lcCore) << "transfer of" << interactionId << "to" << number << "failed:" << reason;
    emit toUser(info->agentId, QLatin1String(msg::InteractionTransferFailed),
                {{"interactionId", interactionId}, {"number", number}, {"reason", reason}});
}

} // namespace relais::server

// DispatchCore: the voice side's hooks. An offer of a voice interaction rings the agent's
// registered phone; what the phone does (answer, refuse, no answer) is the agent's answer.
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include <relais/protocol/Protocol.h>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

void DispatchCore::configureRoutingAgent(const store::UserRecord &u)
{
    if (!u.roles.contains(QLatin1String("agent")))
        return;
    routing::AgentConfig a;
    a.id = u.username;
    a.name = u.name;
    a.skills = u.skills;
    a.capacity = u.capacity;
    // No phone, no voice: an agent whose device is not registered is never rung (a professional
    // ACD does not offer calls to a station that cannot ring); chats and e-mails still come.
    if (m_voiceDevices && !m_voiceReachable.contains(u.username))
        a.capacity[int(Channel::Voice)] = 0;
    m_routing.configureAgent(a);
}

void DispatchCore::enableVoiceDevices()
{
    m_voiceDevices = true;
    for (const store::UserRecord &u : std::as_const(m_users))
        configureRoutingAgent(u);
}

void DispatchCore::setVoiceDevice(const QString &username, bool registered)
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd())
        return;
    if (registered == m_voiceReachable.contains(username))
        return;
    if (registered)
        m_voiceReachable.insert(username);
    else
        m_voiceReachable.remove(username);
    qCInfo(lcCore) << "phone of" << username << (registered ? "registered" : "gone");
    configureRoutingAgent(*it);
    // A phone that just registered may take a waiting call at once.
    if (registered)
        onTick();
}

void DispatchCore::deliverVoiceOffer(const QString &interactionId, const QString &agentId,
                                     const QString &sipCallId)
{
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || info->state != routing::IxState::Offered || info->agentId != agentId)
        return; // taken back meanwhile (the revocation already went out)
    std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    if (!rec)
        return;
    rec->sipCallId = sipCallId;
    const qint64 timeoutMs = std::max<qint64>(0, info->offerExpiresAt - nowMs());
    store::InteractionRecord offered = *rec;
    offered.state = QStringLiteral("offered");
    // The phone's INVITE waits for this event: it goes first, the durable write after.
    emit toUser(agentId, QLatin1String(msg::InteractionOffered), offerPayload(offered, timeoutMs));
    if (!m_db->updateInteraction(*rec))
        qCCritical(lcCore) << "storing the Call-ID of" << interactionId
                           << "failed:" << m_db->lastError();
}

CoreResult DispatchCore::voiceAnswered(const QString &interactionId, const QString &agentId)
{
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (info && info->state == routing::IxState::Active && info->agentId == agentId)
        return CoreResult::success(); // accepted on the desk first
    return applyOutcome(m_routing.accept(agentId, interactionId, nowMs()));
}

CoreResult DispatchCore::voiceRefused(const QString &interactionId, const QString &agentId)
{
    if (acceptedButNeverRang(interactionId, agentId))
        return phoneFailedAfterAccept(interactionId, agentId);
    return applyOutcome(m_routing.reject(agentId, interactionId, nowMs()));
}

CoreResult DispatchCore::voiceUnanswered(const QString &interactionId, const QString &agentId)
{
    if (acceptedButNeverRang(interactionId, agentId))
        return phoneFailedAfterAccept(interactionId, agentId);
    return applyOutcome(m_routing.offerUnanswered(agentId, interactionId, nowMs()));
}

bool DispatchCore::acceptedButNeverRang(const QString &interactionId, const QString &agentId) const
{
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    return info && info->state == routing::IxState::Active && info->agentId == agentId &&
           info->channel == Channel::Voice;
}

CoreResult DispatchCore::phoneFailedAfterAccept(const QString &interactionId,
                                                const QString &agentId)
{
    // Accepted on the desk, but the agent's phone never took the call (unreachable, refused, no
    // answer): the caller must not be left on the line with nobody. The agent is paused first
    // (no_answer, as for an unanswered offer) so that the call is not handed straight back.
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    const qint64 now = nowMs();
    qCInfo(lcCore) << "the phone of" << agentId << "did not take" << interactionId
                   << "after the desk accepted it: back to" << info->queue;
    const CoreResult paused = applyOutcome(m_routing.setAvailability(
        agentId, routing::Availability::NotReady, QStringLiteral("no_answer"), now));
    if (!paused.ok())
        qCWarning(lcCore) << "cannot pause" << agentId << ":" << paused.message;
    return applyOutcome(m_routing.transferToQueue(interactionId, info->queue, now));
}

CoreResult DispatchCore::voiceHungUp(const QString &interactionId)
{
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info)
        return CoreResult::failure(ErrorCode::NotFound, QStringLiteral("no such interaction"));
    if (info->state == routing::IxState::Active)
        return applyOutcome(m_routing.end(interactionId, nowMs()));
    if (info->state == routing::IxState::Queued || info->state == routing::IxState::Offered)
        return applyOutcome(m_routing.abandon(interactionId, nowMs()));
    return CoreResult::success(); // already in wrap-up or closed
}

void DispatchCore::setVoiceRecording(const QString &interactionId, const QString &file)
{
    std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    if (!rec)
        return;
    rec->recording = file;
    if (!m_db->updateInteraction(*rec))
        qCCritical(lcCore) << "storing the recording of" << interactionId
                           << "failed:" << m_db->lastError();
}

CoreResult DispatchCore::setRecordingPaused(const Caller &caller, const QString &interactionId,
                                            bool pause)
{
    const bool supervisor = hasRole(caller.username, Role::Supervisor);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || (!supervisor && info->agentId != caller.username))
        return CoreResult::failure(
            ErrorCode::NotFound,
            QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
    if (info->channel != Channel::Voice)
        return CoreResult::failure(
            ErrorCode::Conflict,
            QStringLiteral("a %1 interaction is not recorded").arg(toString(info->channel)));
    const std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    if (info->state != routing::IxState::Active || !rec || rec->recording.isEmpty())
        return CoreResult::failure(
            ErrorCode::Conflict,
            QStringLiteral("interaction '%1' is not being recorded").arg(interactionId));
    audit(caller, QLatin1String(msg::InteractionRecording), interactionId, true,
          pause ? QStringLiteral("pause") : QStringLiteral("resume"));
    emit voiceRecordingPaused(interactionId, pause);
    const QJsonObject body{{"interactionId", interactionId}, {"paused", pause}};
    emit toUser(info->agentId, QLatin1String(msg::InteractionRecording), body);
    return CoreResult::success(body);
}

} // namespace relais::server

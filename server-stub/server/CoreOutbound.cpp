// DispatchCore: an agent's outbound call (call.dial). The interaction is active in the agent's
// hands at once; the voice side rings their phone, then the number through the trunk gateway.
// callback.dial places that same call for a callback (CoreCallbackDial.cpp).
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "store/PhoneNumber.h"
#include <relais/protocol/Protocol.h>

#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

QString DispatchCore::presentedNumber(const QString &queue) const
{
    if (const auto voice = m_config.queueVoice.constFind(queue);
        voice != m_config.queueVoice.cend() && !voice->callerId.isEmpty())
        return voice->callerId;
    for (const config::ServiceNumber &s : m_config.serviceNumbers) {
        if (s.kind == config::ServiceNumber::Kind::Queue && s.target == queue)
            return s.number;
    }
    return m_config.serviceNumbers.isEmpty() ? QStringLiteral("anonymous")
                                             : m_config.serviceNumbers.first().number;
}

CoreResult DispatchCore::dial(const Caller &caller, const QString &number, const QString &queue)
{
    const QString agent = caller.username;
    const std::optional<routing::AgentInfo> info = m_routing.agent(agent);
    if (!info)
        return CoreResult::failure(ErrorCode::Forbidden, QStringLiteral("only agents dial out"));
    if (!m_voiceDevices || m_config.voice.outboundGateway.isEmpty())
        return CoreResult::failure(ErrorCode::Conflict,
                                   QStringLiteral("outbound calls are not configured"));
    // A malformed number is the request's fault whatever the agent's situation.
    const QString e164 = store::normalisePhone(number, m_config.defaultCountryCode);
    if (e164.isEmpty())
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'number' is not a phone number"));
    if (!m_voiceReachable.contains(agent))
        return CoreResult::failure(ErrorCode::Conflict,
                                   QStringLiteral("your phone is not registered"));
    if (info->state == AgentState::Reserved || info->state == AgentState::Busy ||
        info->state == AgentState::WrapUp)
        return CoreResult::failure(
            ErrorCode::Conflict,
            QStringLiteral("you are %1: finish the work in hand first").arg(toString(info->state)));
    QString q = queue;
    if (q.isEmpty()) {
        const QJsonArray mine = m_agentStatic.value(agent).value("queues").toArray();
        q = mine.isEmpty() ? m_config.defaultQueue.value(Channel::Voice) : mine.first().toString();
    }
    if (!m_routing.hasQueue(q))
        return CoreResult::failure(ErrorCode::NotFound, QStringLiteral("no queue '%1'").arg(q));

    const qint64 now = nowMs();
    routing::InteractionSpec spec;
    spec.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.channel = Channel::Voice;
    spec.queue = q;
    spec.from = e164;
    spec.arrivedAt = now;
    spec.seq = m_nextSeq;
    store::InteractionRecord rec;
    const bool ok = persist([&] {
        rec.id = spec.id;
        rec.channel = Channel::Voice;
        rec.queue = q;
        rec.from = e164;
        rec.seq = spec.seq;
        rec.customerId = customerIdFor(e164, {});
        rec.state = QStringLiteral("active");
        rec.agentId = agent;
        rec.createdAt = now;
        rec.answeredAt = now;
        rec.connector = QStringLiteral("voice");
        rec.direction = QStringLiteral("outbound");
        if (rec.customerId.isEmpty() || !m_db->insertInteraction(rec))
            return false;
        const routing::Outcome o =
            m_routing.restoreAssigned(spec, agent, routing::IxState::Active, now, now);
        return o.ok() && applyEvents(o.events);
    });
    if (!ok)
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    ++m_nextSeq;
    scheduleTick();
    const QString callerId = presentedNumber(q);
    audit(caller, QStringLiteral("call.dial"), spec.id, true, e164);
    qCInfo(lcCore) << agent << "dials" << e164 << "for" << q << "as" << callerId << ":" << spec.id;
    emit voiceDialRequested(spec.id, agent, e164, callerId);
    return CoreResult::success(offerPayload(rec, 0));
}

} // namespace relais::server

// DispatchCore: callback.dial, the agent calls a customer back. A callback interaction in their
// hands is called as call.dial does (their phone, then the number at the outbound gateway). One
// not yet in their hands — scheduled and kept for them, or waiting in a queue they serve — is
// taken for them first ("call now"): out of the schedule or the queue, active in their hands as
// if offered and accepted, then called the same way.
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "store/PhoneNumber.h"
#include <relais/protocol/Protocol.h>

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;
using routing::IxState;

CoreResult DispatchCore::mayTakeCallback(const QString &agent,
                                         const std::optional<routing::InteractionInfo> &ix,
                                         const store::CallbackRecord &cb) const
{
    const auto conflict = [](const QString &m) {
        return CoreResult::failure(ErrorCode::Conflict, m);
    };
    const auto forbidden = [](const QString &m) {
        return CoreResult::failure(ErrorCode::Forbidden, m);
    };
    const QStringList served = [&] {
        QStringList out;
        for (const QJsonValue &q : m_agentStatic.value(agent).value("queues").toArray())
            out << q.toString();
        return out;
    }();
    const bool offeredToMe = ix && ix->state == IxState::Offered && ix->agentId == agent;
    if (ix) {
        if (ix->state == IxState::Offered && !offeredToMe)
            return conflict(
                QStringLiteral("the callback is offered to %1").arg(displayName(ix->agentId)));
        if (ix->state == IxState::Active || ix->state == IxState::WrapUp)
            return conflict(
                ix->agentId == agent
                    ? QStringLiteral("the callback is over")
                    : QStringLiteral("the callback is taken by %1").arg(displayName(ix->agentId)));
        if (ix->state != IxState::Queued && !offeredToMe)
            return conflict(QStringLiteral("the callback is over"));
        if (!offeredToMe && !ix->targetAgent.isEmpty() && ix->targetAgent != agent)
            return forbidden(
                QStringLiteral("the callback is kept for %1").arg(displayName(ix->targetAgent)));
        if (!offeredToMe && ix->targetAgent.isEmpty() && !served.contains(ix->queue))
            return forbidden(
                QStringLiteral("the callback waits in queue %1, which you do not serve")
                    .arg(ix->queue));
    } else if (cb.state == QLatin1String("scheduled")) {
        if (!cb.agentId.isEmpty() && cb.agentId != agent)
            return forbidden(
                QStringLiteral("the callback is kept for %1").arg(displayName(cb.agentId)));
        if (cb.agentId.isEmpty() && !served.contains(cb.queue))
            return forbidden(QStringLiteral("the callback is for queue %1, which you do not serve")
                                 .arg(cb.queue));
    } else {
        return conflict(QStringLiteral("the callback is %1").arg(cb.state));
    }
    const std::optional<routing::AgentInfo> me = m_routing.agent(agent);
    if (!me)
        return forbidden(QStringLiteral("only agents call back"));
    const bool reservedElsewhere = me->state == AgentState::Reserved && !offeredToMe;
    if (reservedElsewhere || me->state == AgentState::Busy || me->state == AgentState::WrapUp)
        return conflict(
            QStringLiteral("you are %1: finish the work in hand first").arg(toString(me->state)));
    return CoreResult::success();
}

CoreResult DispatchCore::takeCallback(const QString &agent,
                                      const std::optional<routing::InteractionInfo> &ix,
                                      const store::CallbackRecord &cb)
{
    const qint64 now = nowMs();
    CoreResult r = CoreResult::success();
    const bool stored = persist([&] {
        if (ix) { // waiting in its queue (or offered to this agent)
            r = applyOutcome(m_routing.take(agent, cb.id, now));
            return r.ok();
        }
        // Scheduled: it comes now, straight into the agent's hands.
        routing::InteractionSpec spec;
        spec.id = cb.id;
        spec.channel = Channel::Callback;
        spec.queue = m_routing.hasQueue(cb.queue) ? cb.queue
                                                  : m_config.defaultQueue.value(Channel::Callback);
        spec.from = cb.number;
        spec.arrivedAt = now;
        spec.seq = m_nextSeq;
        store::InteractionRecord rec;
        rec.id = cb.id;
        rec.channel = Channel::Callback;
        rec.queue = spec.queue;
        rec.from = cb.number;
        rec.subject = cb.note.left(256);
        rec.seq = spec.seq;
        rec.customerId = cb.customerId;
        rec.state = QStringLiteral("queued");
        rec.createdAt = now;
        if (!m_db->insertInteraction(rec))
            return false;
        ++m_nextSeq;
        r = applyOutcome(m_routing.enqueueTaken(spec, agent, now));
        return r.ok();
    });
    if (!stored && r.ok())
        r = CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    if (!r.ok())
        return r;
    m_callbackRelease.remove(cb.id);
    armCallbackTimer();
    scheduleTick();
    emit statsChanged();
    const std::optional<store::InteractionRecord> rec = m_db->interaction(cb.id);
    if (!rec)
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    qCInfo(lcCore) << agent << "takes callback" << cb.id << "to call it now";
    return CoreResult::success(offerPayload(*rec, 0));
}

CoreResult DispatchCore::callbackDial(const Caller &caller, const QString &callbackId)
{
    const QString action = QStringLiteral("callback.dial");
    const QString agent = caller.username;
    const auto refuse = [&](ErrorCode code, const QString &message) {
        audit(caller, action, callbackId, false, message);
        return CoreResult::failure(code, message);
    };
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(callbackId);
    std::optional<store::CallbackRecord> cb = m_db->callback(callbackId);
    if ((info && info->channel != Channel::Callback) || (!info && !cb))
        return refuse(ErrorCode::NotFound, QStringLiteral("no callback '%1'").arg(callbackId));
    const bool inHand = info && info->agentId == agent &&
                        (info->state == IxState::Active || info->state == IxState::WrapUp);
    if (inHand && info->state != IxState::Active)
        return refuse(ErrorCode::Conflict, QStringLiteral("the callback is over"));
    if (!inHand) {
        if (!cb) // a callback interaction without its callback: nothing to take
            return refuse(ErrorCode::NotFound, QStringLiteral("no callback '%1'").arg(callbackId));
        if (const CoreResult why = mayTakeCallback(agent, info, *cb); !why.ok())
            return refuse(*why.error, why.message);
    }
    if (!m_voiceDevices || m_config.voice.outboundGateway.isEmpty())
        return refuse(ErrorCode::Conflict, QStringLiteral("outbound calls are not configured"));
    if (!m_voiceReachable.contains(agent))
        return refuse(ErrorCode::Conflict, QStringLiteral("your phone is not registered"));
    if (m_dialledCallbacks.contains(callbackId))
        return refuse(ErrorCode::Conflict, QStringLiteral("the customer is already being called"));
    const QString number =
        store::normalisePhone(cb ? cb->number : info->from, m_config.defaultCountryCode);
    if (number.isEmpty())
        return refuse(ErrorCode::Conflict,
                      QStringLiteral("the callback has no phone number to call"));
    QJsonObject result;
    if (!inHand) {
        const CoreResult taken = takeCallback(agent, info, *cb);
        if (!taken.ok())
            return refuse(*taken.error, taken.message);
        result = taken.result;
    }
    result.insert("callbackId", callbackId);
    result.insert("number", number);
    m_dialledCallbacks.insert(callbackId);
    const QString queue = m_routing.interaction(callbackId)->queue;
    audit(caller, action, callbackId, true, inHand ? number : number + QStringLiteral(" (taken)"));
    qCInfo(lcCore) << agent << "calls back" << number << "for callback" << callbackId;
    emit voiceDialRequested(callbackId, agent, number, presentedNumber(queue));
    return CoreResult::success(result);
}

} // namespace relais::server

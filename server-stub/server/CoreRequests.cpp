// DispatchCore: what agents and supervisors ask for.
#include "server/DispatchCore.h"

#include "config/DemoData.h"
#include "server/Clock.h"
#include "server/IxStateNames.h"
#include <relais/protocol/Protocol.h>

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;
using routing::IxState;

namespace {
CoreResult notAnAgent()
{
    return CoreResult::failure(ErrorCode::Forbidden, QStringLiteral("this user has no agent role"));
}
} // namespace

std::optional<store::InteractionRecord>
DispatchCore::ownInteraction(const Caller &caller, const QString &interactionId, CoreResult *error)
{
    std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!rec || !info || info->agentId != caller.username) {
        *error = CoreResult::failure(
            ErrorCode::NotFound,
            QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
        return std::nullopt;
    }
    return rec;
}

CoreResult DispatchCore::setState(const Caller &caller, AgentState state, const QString &reason)
{
    if (!m_routing.hasAgent(caller.username))
        return notAnAgent();
    if (state != AgentState::Ready && state != AgentState::NotReady)
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'state' must be ready or not_ready"));
    if (state == AgentState::NotReady && !reason.isEmpty() &&
        !m_config.pauseReasons.contains(reason))
        return CoreResult::failure(
            ErrorCode::BadRequest,
            QStringLiteral("field 'reason' must be one of the pause reasons: %1")
                .arg(m_config.pauseReasons.join(QLatin1String(", "))));
    const routing::Availability a =
        state == AgentState::Ready ? routing::Availability::Ready : routing::Availability::NotReady;
    CoreResult r = applyOutcome(m_routing.setAvailability(
        caller.username, a, state == AgentState::Ready ? QString() : reason, nowMs()));
    if (r.ok())
        rememberAvailability(caller.username, toString(state));
    return r;
}

CoreResult DispatchCore::accept(const Caller &caller, const QString &interactionId)
{
    if (!m_routing.hasAgent(caller.username))
        return notAnAgent();
    // A voice call the agent's phone has just answered (auto-answer) is accepted already:
    // the desk's accept that crossed it is not an error.
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (info && info->channel == Channel::Voice && info->state == routing::IxState::Active &&
        info->agentId == caller.username)
        return CoreResult::success();
    return applyOutcome(m_routing.accept(caller.username, interactionId, nowMs()));
}

CoreResult DispatchCore::reject(const Caller &caller, const QString &interactionId)
{
    if (!m_routing.hasAgent(caller.username))
        return notAnAgent();
    return applyOutcome(m_routing.reject(caller.username, interactionId, nowMs()));
}

CoreResult DispatchCore::sendMessage(const Caller &caller, const QString &interactionId,
                                     const QString &text)
{
    CoreResult error;
    std::optional<store::InteractionRecord> rec = ownInteraction(caller, interactionId, &error);
    if (!rec)
        return error;
    if (!isTextChannel(rec->channel))
        return CoreResult::failure(
            ErrorCode::Conflict,
            QStringLiteral("a %1 interaction has no messages").arg(toString(rec->channel)));
    if (rec->state != QLatin1String("active"))
        return CoreResult::failure(ErrorCode::Conflict,
                                   QStringLiteral("accept the interaction before writing"));
    std::optional<Message> m =
        m_db->addMessage(interactionId, QStringLiteral("agent"), text, nowMs());
    if (!m)
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    if (!rec->connector.isEmpty())
        emit agentMessageForConnector(rec->connector, *m);
    return CoreResult::success({{"seq", m->seq}, {"at", m->at}});
}

CoreResult DispatchCore::transfer(const Caller &caller, const QString &interactionId,
                                  const QString &queue, const QString &agentId)
{
    const bool supervisor = hasRole(caller.username, Role::Supervisor);
    const std::optional<routing::InteractionInfo> info = m_routing.interaction(interactionId);
    if (!info || (!supervisor && info->agentId != caller.username)) {
        audit(caller, QStringLiteral("interaction.transfer"), interactionId, false,
              QStringLiteral("not found"));
        return CoreResult::failure(
            ErrorCode::NotFound,
            QStringLiteral("no interaction '%1' in your hands").arg(interactionId));
    }
    if (const QString why = callTransferRefusal(*info); !why.isEmpty()) {
        audit(caller, QStringLiteral("interaction.transfer"), interactionId, false, why);
        return CoreResult::failure(ErrorCode::Conflict, why);
    }
    const qint64 now = nowMs();
    routing::Outcome o;
    QString target;
    if (!queue.isEmpty()) {
        if (!m_routing.hasQueue(queue)) {
            audit(caller, QStringLiteral("interaction.transfer"), interactionId, false,
                  QStringLiteral("no queue ") + queue);
            return CoreResult::failure(ErrorCode::NotFound,
                                       QStringLiteral("no queue '%1'").arg(queue));
        }
        o = m_routing.transferToQueue(interactionId, queue, now);
        target = QStringLiteral("queue ") + queue;
    } else {
        if (!m_routing.hasAgent(agentId)) {
            audit(caller, QStringLiteral("interaction.transfer"), interactionId, false,
                  QStringLiteral("no agent ") + agentId);
            return CoreResult::failure(ErrorCode::NotFound,
                                       QStringLiteral("no agent '%1'").arg(agentId));
        }
        if (const QString why = callTargetRefusal(*info, agentId); !why.isEmpty()) {
            audit(caller, QStringLiteral("interaction.transfer"), interactionId, false, why);
            return CoreResult::failure(ErrorCode::Conflict, why);
        }
        o = m_routing.transferToAgent(interactionId, agentId, now);
        target = QStringLiteral("agent ") + agentId;
    }
    CoreResult r = applyOutcome(o);
    audit(caller, QStringLiteral("interaction.transfer"), interactionId, r.ok(),
          r.ok() ? target : r.message);
    if (r.ok() && !info->agentId.isEmpty()) {
        const QJsonObject body{{"interactionId", interactionId}, {"to", target}};
        emit toUser(info->agentId, QLatin1String(msg::InteractionTransferred), body);
    }
    return r;
}

CoreResult DispatchCore::end(const Caller &caller, const QString &interactionId)
{
    CoreResult error;
    if (!ownInteraction(caller, interactionId, &error))
        return error;
    return applyOutcome(m_routing.end(interactionId, nowMs()));
}

CoreResult DispatchCore::wrapup(const Caller &caller, const QString &interactionId,
                                const QString &disposition, const QString &notes,
                                const QString &reason,
                                const std::optional<CallbackRequest> &callback)
{
    CoreResult error;
    const std::optional<store::InteractionRecord> rec =
        ownInteraction(caller, interactionId, &error);
    if (!rec) {
        audit(caller, QStringLiteral("interaction.wrapup"), interactionId, false, error.message);
        return error;
    }
    if (!m_config.wrapupCodes.isEmpty() && !m_config.wrapupCodes.contains(disposition))
        return CoreResult::failure(
            ErrorCode::BadRequest,
            QStringLiteral("field 'disposition' must be one of the wrap-up codes: %1")
                .arg(m_config.wrapupCodes.join(QLatin1String(", "))));
    std::optional<store::CallbackRecord> cb;
    if (callback) {
        cb = callbackFor(caller, *rec, *callback, &error);
        if (!cb)
            return error;
    }
    m_pendingWrapups.insert(interactionId, PendingWrapup{disposition, notes, reason});
    // The callback is stored with the wrap-up, or neither is.
    CoreResult r;
    const bool stored = persist([&] {
        if (cb && !m_db->insertCallback(*cb))
            return false;
        r = applyOutcome(m_routing.wrapup(caller.username, interactionId, nowMs()));
        return r.ok();
    });
    if (!stored && r.ok())
        r = CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    if (!r.ok())
        m_pendingWrapups.remove(interactionId);
    QString detail = r.ok() ? disposition : r.message;
    if (r.ok() && cb) {
        detail += QStringLiteral(", callback %1 at %2")
                      .arg(cb->id, QDateTime::fromMSecsSinceEpoch(cb->dueAt).toString(Qt::ISODate));
        r.result.insert("callback", callbackJson(*cb));
        armCallbackTimer();
    }
    audit(caller, QStringLiteral("interaction.wrapup"), interactionId, r.ok(), detail);
    return r;
}

CoreResult DispatchCore::customerSearch(const QString &query)
{
    QJsonArray out;
    for (const Customer &c : m_db->searchCustomers(query, 20))
        out.append(c.toJson());
    return CoreResult::success({{"customers", out}});
}

CoreResult DispatchCore::customerHistory(const QString &customerId)
{
    if (!m_db->customer(customerId))
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no customer '%1'").arg(customerId));
    QJsonArray out;
    for (const Contact &c : m_db->history(customerId, 10))
        out.append(c.toJson());
    return CoreResult::success({{"history", out}});
}

CoreResult DispatchCore::interactionMessages(const Caller &caller, const QString &interactionId)
{
    CoreResult error;
    if (!ownInteraction(caller, interactionId, &error) &&
        !hasRole(caller.username, Role::Supervisor))
        return error;
    if (!m_db->interaction(interactionId))
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no interaction '%1'").arg(interactionId));
    QJsonArray out;
    for (const Message &m : m_db->messages(interactionId))
        out.append(m.toJson());
    return CoreResult::success({{"messages", out}});
}

CoreResult DispatchCore::forceState(const Caller &caller, const QString &agentId, AgentState state,
                                    const QString &reason)
{
    const QString action = QStringLiteral("agent.force_state");
    if (!m_routing.hasAgent(agentId)) {
        audit(caller, action, agentId, false, QStringLiteral("unknown agent"));
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no agent '%1'").arg(agentId));
    }
    const qint64 now = nowMs();
    routing::Outcome o;
    switch (state) {
    case AgentState::Ready:
        o = m_routing.setAvailability(agentId, routing::Availability::Ready, {}, now);
        break;
    case AgentState::NotReady:
        o = m_routing.setAvailability(agentId, routing::Availability::NotReady,
                                      reason.isEmpty() ? QStringLiteral("supervisor") : reason,
                                      now);
        break;
    case AgentState::LoggedOut:
        o = m_routing.forceLogout(agentId, now);
        break;
    default:
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'state' must be ready, not_ready or "
                                                  "logged_out"));
    }
    CoreResult r = applyOutcome(o);
    audit(caller, action, agentId, r.ok(),
          toString(state) + (reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
    if (r.ok()) {
        if (state == AgentState::LoggedOut) {
            const QString token = m_tokens.take(agentId);
            if (!token.isEmpty())
                m_db->deleteSession(token);
            if (QTimer *t = m_expiry.take(agentId))
                t->deleteLater();
            emit userSessionReplaced(agentId, QString());
        } else {
            rememberAvailability(agentId, toString(state));
        }
    }
    return r;
}

CoreResult DispatchCore::broadcast(const Caller &caller, const QString &text,
                                   const QString &severity, const QString &team)
{
    static const QStringList severities{"info", "warning", "incident"};
    if (!severities.contains(severity))
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'severity' must be info, warning or "
                                                  "incident"));
    const QJsonObject body{{"text", text},
                           {"severity", severity},
                           {"from", displayName(caller.username)},
                           {"team", team},
                           {"at", nowMs()}};
    audit(caller, QStringLiteral("broadcast"), team.isEmpty() ? QStringLiteral("all") : team, true,
          text.left(200));
    emit broadcastSent(team, body);
    return CoreResult::success();
}

CoreResult DispatchCore::customerLeft(const QString &interactionId)
{
    return applyOutcome(m_routing.abandon(interactionId, nowMs()));
}

CoreResult DispatchCore::auditList(const Caller &caller, int limit)
{
    audit(caller, QStringLiteral("audit.list"), QStringLiteral("audit"), true);
    QJsonArray out;
    for (const store::AuditEntry &e : m_db->auditEntries(limit)) {
        out.append(QJsonObject{{"at", e.at},
                               {"actor", e.actor},
                               {"action", e.action},
                               {"resource", e.resource},
                               {"source", e.source},
                               {"success", e.success},
                               {"detail", e.detail}});
    }
    return CoreResult::success({{"entries", out}});
}

QJsonArray DispatchCore::queueStatsJson(const QStringList &queues) const
{
    QJsonArray out;
    const qint64 now = nowMs();
    for (const QString &name : m_routing.queueNames()) {
        if (!queues.isEmpty() && !queues.contains(name))
            continue;
        out.append(m_routing.queueStats(name, now).toJson());
    }
    return out;
}

CoreResult DispatchCore::queueWaiting(const QString &queue)
{
    if (!m_routing.hasQueue(queue))
        return CoreResult::failure(ErrorCode::NotFound, QStringLiteral("no queue '%1'").arg(queue));
    const QList<routing::InteractionInfo> list = m_routing.unanswered(queue);
    const QHash<QString, std::pair<QString, QString>> customers =
        list.isEmpty() ? QHash<QString, std::pair<QString, QString>>()
                       : m_db->waitingCustomers(queue);
    const qint64 now = nowMs();
    QJsonArray out;
    for (const routing::InteractionInfo &ix : list) {
        const std::pair<QString, QString> customer = customers.value(ix.id);
        QJsonObject o{{"id", ix.id},
                      {"channel", toString(ix.channel)},
                      {"from", ix.from},
                      {"customer", QJsonObject{{"id", customer.first}, {"name", customer.second}}},
                      {"waitedMs", std::max<qint64>(0, now - ix.arrivedAt)},
                      {"priority", ix.priority},
                      {"state", ixStateName(ix.state)}};
        if (ix.state == IxState::Offered)
            o.insert("offeredTo", ix.agentId);
        if (!ix.targetAgent.isEmpty())
            o.insert("keptFor", ix.targetAgent);
        out.append(o);
    }
    return CoreResult::success({{"queue", queue}, {"interactions", out}});
}

QJsonArray DispatchCore::queueListJson() const
{
    QJsonArray out;
    for (const QString &name : m_routing.queueNames()) {
        const std::optional<routing::QueueConfig> q = m_routing.queueConfig(name);
        // The supervisors' colours: [amber, red] per figure (config [[queues]] thresholds).
        const config::QueueThresholds t = m_config.queueThresholds.value(name);
        QJsonObject thresholds{
            {"waiting", QJsonArray{t.waitingAmber, t.waitingRed}},
            {"longestWaitMs", QJsonArray{t.longestWaitAmberMs, t.longestWaitRedMs}},
            {"serviceLevel", QJsonArray{t.serviceLevelAmber, t.serviceLevelRed}},
            {"abandonRate", QJsonArray{t.abandonRateAmber, t.abandonRateRed}}};
        if (t.ahtRedMs > 0)
            thresholds.insert("ahtMs", QJsonArray{t.ahtAmberMs, t.ahtRedMs});
        out.append(QJsonObject{{"name", name},
                               {"language", q->language},
                               {"skills", QJsonArray::fromStringList(q->requiredSkills)},
                               {"serviceLevelSeconds", q->serviceLevelTargetMs / 1000},
                               {"offerTimeoutMs", q->offerTimeoutMs},
                               {"wrapupLimitMs", q->wrapupLimitMs},
                               {"thresholds", thresholds}});
    }
    return out;
}

} // namespace relais::server

#include "server/DispatchCore.h"

#include "config/ConfigLoader.h"
#include "config/DemoData.h"
#include "server/Clock.h"
#include "server/IxStateNames.h"
#include <relais/protocol/Protocol.h>

#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCore, "relais.core")

namespace relais::server {

using namespace relais::protocol;
using routing::IxState;

DispatchCore::DispatchCore(config::Config config, std::unique_ptr<store::Database> db,
                           QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_db(std::move(db))
{
    for (const routing::QueueConfig &q : m_config.queues)
        m_routing.configureQueue(q);
    for (const config::ConnectorDef &c : m_config.connectors)
        m_connectorByToken.insert(c.token, c.name);
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &DispatchCore::onTick);
    m_callbackTimer.setSingleShot(true);
    connect(&m_callbackTimer, &QTimer::timeout, this, &DispatchCore::onCallbackTimer);
}

DispatchCore::~DispatchCore() = default;

bool DispatchCore::start(QString *error)
{
    if (!config::syncUsers(*m_db, m_config, error))
        return false;
    m_serverId = m_db->setting(QStringLiteral("server_id")).value_or(QString());
    if (m_serverId.isEmpty()) {
        m_serverId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db->setSetting(QStringLiteral("server_id"), m_serverId);
    }
    QSet<QString> configured;
    for (const config::UserDef &def : m_config.users)
        configured.insert(def.username);
    for (const store::UserRecord &u : m_db->users()) {
        // A user taken out of the file keeps their history in the database but no longer exists.
        if (!configured.contains(u.username))
            continue;
        m_users.insert(u.username, u);
        configureRoutingAgent(u);
    }
    m_nextSeq = m_db->maxInteractionSeq() + 1;
    loadAgentStatics();
    closeStaleAgentStates(nowMs());
    scheduleMidnight();
    if (!restoreOpenInteractions(error))
        return false;
    restoreCallbacks();
    // The last hour of waiting counts, every 10 s.
    m_waitingHistory = std::make_unique<WaitingHistory>(m_routing.queueNames(), 10000, 360);
    connect(&m_sampleTimer, &QTimer::timeout, this, &DispatchCore::sampleWaiting);
    m_sampleTimer.start(int(m_waitingHistory->intervalMs()));
    sampleWaiting();
    return true;
}

// The queue figures are "today's": they start again at local midnight.
void DispatchCore::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    QTimer::singleShot(std::max<qint64>(1000, now.msecsTo(midnight)), this, [this] {
        m_routing.resetCounters();
        resetAgentDays();
        emit statsChanged();
        scheduleMidnight();
    });
}

bool DispatchCore::restoreOpenInteractions(QString *error)
{
    const qint64 now = nowMs();
    const QList<store::InteractionRecord> open = m_db->openInteractions();
    QSet<QString> agentsWithWork;
    routing::Events events;
    for (const store::InteractionRecord &r : open) {
        routing::InteractionSpec spec;
        spec.id = r.id;
        spec.channel = r.channel;
        spec.queue = m_routing.hasQueue(r.queue) ? r.queue : m_config.defaultQueue.value(r.channel);
        spec.from = r.from;
        spec.priority = r.priority;
        spec.arrivedAt = r.createdAt;
        spec.seq = r.seq;
        spec.targetAgent = r.targetAgent;
        routing::Outcome o;
        const bool assigned =
            (r.state == QLatin1String("active") || r.state == QLatin1String("wrap_up")) &&
            m_routing.hasAgent(r.agentId);
        if (assigned) {
            o = m_routing.restoreAssigned(spec, r.agentId,
                                          r.state == QLatin1String("active") ? IxState::Active
                                                                             : IxState::WrapUp,
                                          r.answeredAt, now);
            agentsWithWork.insert(r.agentId);
        } else {
            o = m_routing.enqueue(spec, now);
        }
        if (!o.ok()) {
            qCWarning(lcCore) << "could not restore interaction" << r.id << o.message;
            continue;
        }
        events.insert(events.end(), o.events.begin(), o.events.end());
    }
    if (!persist([&] { return applyEvents(events); })) {
        if (error)
            *error = QStringLiteral("restoring open interactions: %1").arg(m_db->lastError());
        return false;
    }
    // Their agents were cut off by the restart: they have the usual time to come back.
    for (const QString &agentId : agentsWithWork)
        startExpiry(agentId);
    qCInfo(lcCore) << "restored" << open.size() << "open interactions";
    scheduleTick();
    return true;
}

bool DispatchCore::persist(const std::function<bool()> &fn)
{
    if (m_txDepth > 0)
        return fn();
    ++m_txDepth;
    const bool ok = m_db->transaction(fn);
    --m_txDepth;
    if (!ok) {
        m_pending.clear();
        m_pendingWrapups.clear();
        return false;
    }
    // Announce only what is committed.
    const auto pending = std::exchange(m_pending, {});
    for (const auto &emitOne : pending)
        emitOne();
    return true;
}

void DispatchCore::later(std::function<void()> emitOne)
{
    m_pending.push_back(std::move(emitOne));
}

CoreResult DispatchCore::applyOutcome(const routing::Outcome &outcome, QJsonObject result)
{
    if (!outcome.ok()) {
        switch (outcome.error) {
        case routing::Error::NotFound:
            return CoreResult::failure(ErrorCode::NotFound, outcome.message);
        case routing::Error::BadRequest:
            return CoreResult::failure(ErrorCode::BadRequest, outcome.message);
        default:
            return CoreResult::failure(ErrorCode::Conflict, outcome.message);
        }
    }
    if (!persist([&] { return applyEvents(outcome.events); })) {
        qCCritical(lcCore) << "storage failed:" << m_db->lastError();
        return CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    }
    scheduleTick();
    return CoreResult::success(std::move(result));
}

bool DispatchCore::applyEvents(const routing::Events &events)
{
    Batch batch;
    for (const routing::Event &e : events) {
        if (!applyEvent(e, &batch))
            return false;
    }
    for (const QString &id : std::as_const(batch.closed)) {
        std::optional<store::InteractionRecord> rec = m_db->interaction(id);
        if (rec && !writeContact(*rec))
            return false;
        m_routing.forget(id);
    }
    announceAgents(batch);
    if (!events.empty())
        later([this] { emit statsChanged(); });
    return true;
}

bool DispatchCore::applyEvent(const routing::Event &event, Batch *batch)
{
    const qint64 now = nowMs();
    if (const auto *offer = std::get_if<routing::OfferMade>(&event)) {
        batch->touched.insert(offer->agentId);
        std::optional<store::InteractionRecord> rec = m_db->interaction(offer->interactionId);
        if (!rec)
            return true;
        rec->state = QStringLiteral("offered");
        const qint64 timeoutMs = std::max<qint64>(0, offer->expiresAt - now);
        const QJsonObject payload = offerPayload(*rec, timeoutMs);
        const QString agent = offer->agentId;
        if (m_voiceDevices && rec->channel == Channel::Voice) {
            const QString id = offer->interactionId;
            if (m_consultHandovers.contains(id))
                return true; // already on the colleague's phone: taken for them at once
            later([this, id, agent] { emit voiceOfferMade(id, agent); });
            return true;
        }
        later([this, agent, payload] {
            emit toUser(agent, QLatin1String(msg::InteractionOffered), payload);
        });
        return true;
    }
    if (const auto *revoked = std::get_if<routing::OfferRevoked>(&event)) {
        batch->touched.insert(revoked->agentId);
        const QJsonObject body{{"interactionId", revoked->interactionId},
                               {"reason", revokeReasonName(revoked->reason)}};
        const QString agent = revoked->agentId;
        later([this, agent, body] {
            emit toUser(agent, QLatin1String(msg::InteractionRevoked), body);
        });
        const std::optional<routing::InteractionInfo> info =
            m_routing.interaction(revoked->interactionId);
        if (m_voiceDevices && info && info->channel == Channel::Voice) {
            const QString id = revoked->interactionId;
            later([this, id, agent] { emit voiceOfferRevoked(id, agent); });
        }
        return true;
    }
    if (const auto *st = std::get_if<routing::AgentStateChanged>(&event)) {
        if (!m_db->logAgentState(st->agentId, toString(st->state), st->reason, st->since))
            return false;
        batch->announced.insert(st->agentId);
        const routing::AgentStateChanged copy = *st;
        // Built when it goes out (after the commit), with the counters as they are then.
        later([this, copy] {
            const QJsonObject body =
                agentStateJson(copy.agentId, copy.state, copy.reason, copy.since);
            emit toUser(copy.agentId, QLatin1String(msg::AgentState), body);
            emit toSupervisors(QLatin1String(msg::AgentState), body);
        });
        return true;
    }
    if (const auto *ix = std::get_if<routing::InteractionStateChanged>(&event))
        return applyInteractionState(*ix, batch);
    if (const auto *overflow = std::get_if<routing::OverflowDue>(&event)) {
        qCInfo(lcCore) << "overflow due for" << overflow->interactionId << "in" << overflow->queue;
        const QString id = overflow->interactionId;
        later([this, id] { emit overflowDue(id); });
        return true;
    }
    if (const auto *expired = std::get_if<routing::WrapupExpired>(&event)) {
        PendingWrapup &w = m_pendingWrapups[expired->interactionId];
        if (w.disposition.isEmpty())
            w.disposition = QStringLiteral("wrapup_timeout");
        return true;
    }
    return true;
}

bool DispatchCore::applyInteractionState(const routing::InteractionStateChanged &ix, Batch *batch)
{
    std::optional<store::InteractionRecord> rec = m_db->interaction(ix.interactionId);
    if (!rec)
        return true;
    const qint64 now = nowMs();
    const QString previousAgent = rec->agentId;
    const bool wasActive = rec->state == QLatin1String("active");
    rec->state = ixStateName(ix.state);
    if (!ix.queue.isEmpty())
        rec->queue = ix.queue;
    if (std::optional<routing::InteractionInfo> info = m_routing.interaction(ix.interactionId)) {
        rec->targetAgent = info->targetAgent;
        rec->priority = info->priority;
    }
    switch (ix.state) {
    case IxState::Queued:
        rec->agentId.clear();
        break;
    case IxState::Offered:
        rec->agentId = ix.agentId;
        break;
    case IxState::Active:
        rec->agentId = ix.agentId;
        if (rec->answeredAt == 0)
            rec->answeredAt = now;
        break;
    case IxState::WrapUp:
        if (rec->endedAt == 0)
            rec->endedAt = now;
        break;
    case IxState::Closed: {
        if (rec->endedAt == 0)
            rec->endedAt = now;
        rec->closedAt = now;
        const PendingWrapup w = m_pendingWrapups.take(rec->id);
        if (!w.disposition.isEmpty())
            rec->disposition = w.disposition;
        if (!w.notes.isEmpty())
            rec->notes = w.notes;
        if (!w.reason.isEmpty())
            rec->reason = w.reason;
        batch->closed.append(rec->id);
        if (rec->answeredAt > 0 && !rec->agentId.isEmpty()) {
            const QString agent = rec->agentId;
            const qint64 handleMs = std::max<qint64>(0, rec->closedAt - rec->answeredAt);
            later([this, agent, handleMs] { countHandled(agent, handleMs); });
        }
        break;
    }
    case IxState::Abandoned:
        rec->endedAt = now;
        rec->closedAt = now;
        m_routing.forget(rec->id);
        break;
    }
    if (!m_db->updateInteraction(*rec))
        return false;
    if (rec->channel == Channel::Callback && !trackCallback(*rec, ix.state))
        return false;

    const QString agent = ix.agentId.isEmpty() ? previousAgent : ix.agentId;
    if (!agent.isEmpty())
        batch->touched.insert(agent);
    // A call (a voice interaction, or a callback being called back) is over: hang it up.
    const bool called = rec->channel == Channel::Voice || m_dialledCallbacks.contains(rec->id);
    if (m_voiceDevices && called && (ix.state == IxState::WrapUp || ix.state == IxState::Closed)) {
        m_dialledCallbacks.remove(rec->id);
        m_transfersToNumber.remove(rec->id);
        // Hung up during a consultation: the voice side hangs up the consulted number too.
        if (const auto consult = m_consults.constFind(rec->id); consult != m_consults.constEnd()) {
            consultEvent(agent, rec->id, *consult, QStringLiteral("ended"),
                         QStringLiteral("call ended"));
            // The colleague is free again once this outcome is applied.
            later([this, colleague = consult->agentId] { holdForConsultation(colleague, false); });
            m_consults.erase(consult);
        }
        const QString id = rec->id;
        later([this, id] { emit voiceEnded(id); });
    }
    // An answered call back to waiting (a transfer): off the agent's phone, back to the queue's
    // music; queued before any offer of this batch, so the next agent rings after.
    if (m_voiceDevices && rec->channel == Channel::Voice && wasActive &&
        ix.state == IxState::Queued && !m_consultHandovers.contains(rec->id)) {
        m_transfersToNumber.remove(rec->id);
        const QString id = rec->id;
        later([this, id] { emit voiceRequeued(id); });
    }
    const QJsonObject body{
        {"interactionId", rec->id}, {"state", rec->state}, {"queue", rec->queue}};
    if (ix.state == IxState::WrapUp && !agent.isEmpty()) {
        const routing::QueueConfig *q = m_config.queue(rec->queue);
        QJsonObject ended = body;
        ended.insert("wrapupLimitMs", q ? q->wrapupLimitMs : 0);
        if (m_transferredTo.contains(rec->id))
            ended.insert("transferredTo", m_transferredTo.value(rec->id));
        later([this, agent, ended] {
            emit toUser(agent, QLatin1String(msg::InteractionEnded), ended);
        });
    } else if (ix.state == IxState::Closed && !agent.isEmpty()) {
        QJsonObject c = body;
        c.insert("disposition", rec->disposition);
        later([this, agent, c] { emit toUser(agent, QLatin1String(msg::InteractionClosed), c); });
    } else if (ix.state == IxState::Active && !agent.isEmpty()) {
        later([this, agent, body] {
            emit toUser(agent, QLatin1String(msg::InteractionAccepted), body);
        });
    }
    return true;
}

bool DispatchCore::writeContact(const store::InteractionRecord &rec)
{
    if (rec.customerId.isEmpty())
        return true;
    Contact c;
    c.at = rec.createdAt;
    c.channel = rec.channel;
    c.queue = rec.queue;
    c.reason = rec.reason;
    c.disposition = rec.disposition;
    c.agent = displayName(rec.agentId);
    c.notes = rec.notes;
    c.interactionId = rec.id;
    return m_db->addContact(rec.customerId, c);
}

QJsonObject DispatchCore::interactionJson(const store::InteractionRecord &rec) const
{
    Interaction i;
    i.id = rec.id;
    i.channel = rec.channel;
    i.queue = rec.queue;
    i.from = rec.from;
    i.subject = rec.subject;
    i.priority = rec.priority;
    i.waitedMs = std::max<qint64>(0, (rec.answeredAt ? rec.answeredAt : nowMs()) - rec.createdAt);
    i.sipCallId = rec.sipCallId;
    QJsonObject o = i.toJson();
    o.insert("state", rec.state);
    if (!rec.recording.isEmpty())
        o.insert("recording", rec.recording);
    if (rec.channel == Channel::Voice)
        o.insert("direction", rec.direction);
    return o;
}

QJsonObject DispatchCore::offerPayload(const store::InteractionRecord &rec, qint64 timeoutMs) const
{
    QJsonObject customer;
    QJsonArray history;
    if (!rec.customerId.isEmpty()) {
        if (std::optional<Customer> c = m_db->customer(rec.customerId))
            customer = c->toJson();
        for (const Contact &k : m_db->history(rec.customerId, 10))
            history.append(k.toJson());
    }
    QJsonObject payload{{"interaction", interactionJson(rec)},
                        {"customer", customer},
                        {"history", history},
                        {"timeoutMs", timeoutMs}};
    if (isTextChannel(rec.channel)) {
        QJsonArray messages;
        for (const Message &m : m_db->messages(rec.id))
            messages.append(m.toJson());
        payload.insert("messages", messages);
    }
    if (rec.channel == Channel::Callback) {
        if (std::optional<store::CallbackRecord> cb = m_db->callback(rec.id)) {
            cb->customerName = customer.value("name").toString();
            payload.insert("callback", callbackJson(*cb));
        }
    }
    return payload;
}

void DispatchCore::scheduleTick()
{
    const std::optional<qint64> next = m_routing.nextDeadline();
    if (!next) {
        m_tick.stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(*next - nowMs(), 0, 24LL * 3600 * 1000);
    m_tick.start(int(delay));
}

void DispatchCore::onTick()
{
    const routing::Events events = m_routing.tick(nowMs());
    if (!persist([&] { return applyEvents(events); }))
        qCCritical(lcCore) << "storage failed while handling deadlines:" << m_db->lastError();
    scheduleTick();
}

void DispatchCore::audit(const Caller &caller, const QString &action, const QString &resource,
                         bool success, const QString &detail)
{
    store::AuditEntry e;
    e.at = nowMs();
    e.actor = caller.username;
    e.action = action;
    e.resource = resource;
    e.source = caller.source;
    e.success = success;
    e.detail = detail;
    if (!m_db->audit(e))
        qCCritical(lcCore) << "audit write failed:" << m_db->lastError();
}

QString DispatchCore::displayName(const QString &username) const
{
    const auto it = m_users.constFind(username);
    return it == m_users.constEnd() || it->name.isEmpty() ? username : it->name;
}

std::optional<store::UserRecord> DispatchCore::user(const QString &username) const
{
    const auto it = m_users.constFind(username);
    if (it == m_users.constEnd())
        return std::nullopt;
    return *it;
}

bool DispatchCore::hasRole(const QString &username, Role role) const
{
    const auto it = m_users.constFind(username);
    return it != m_users.constEnd() && it->roles.contains(toString(role));
}

} // namespace relais::server

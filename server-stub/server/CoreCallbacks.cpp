// DispatchCore: callbacks promised to customers. Scheduled in the wrap-up, stored, and turned
// into a `callback` interaction when due, kept first for the agent who promised it.
#include "server/DispatchCore.h"

#include "server/Clock.h"
#include "server/RecordingFiles.h"
#include "store/PhoneNumber.h"

#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace relais::server {

using namespace relais::protocol;

namespace {
constexpr qint64 kMaxCallbackAheadMs = 30LL * 24 * 3600 * 1000;
// How long a due callback waits for the agent who promised it before anyone may take it.
constexpr qint64 kCallbackKeptForAgentMs = 5LL * 60 * 1000;
constexpr qint64 kMaxTimerMs = 3600LL * 1000;
} // namespace

std::optional<store::CallbackRecord> DispatchCore::callbackFor(const Caller &caller,
                                                               const store::InteractionRecord &rec,
                                                               const CallbackRequest &request,
                                                               CoreResult *error)
{
    const qint64 now = nowMs();
    const auto bad = [&](const QString &message) {
        *error = CoreResult::failure(ErrorCode::BadRequest, message);
        return std::nullopt;
    };
    if (request.at <= now)
        return bad(QStringLiteral("field 'callback.at' must be in the future"));
    if (request.at > now + kMaxCallbackAheadMs)
        return bad(QStringLiteral("field 'callback.at' is more than 30 days ahead"));
    QString number;
    if (!request.number.isEmpty()) {
        number = store::normalisePhone(request.number, m_config.defaultCountryCode);
        if (number.isEmpty())
            return bad(QStringLiteral("field 'callback.number' is not a phone number"));
    } else {
        if (!rec.customerId.isEmpty()) {
            if (std::optional<Customer> c = m_db->customer(rec.customerId))
                number = c->phone;
        }
        if (number.isEmpty())
            number = store::normalisePhone(rec.from, m_config.defaultCountryCode);
        if (number.isEmpty())
            return bad(QStringLiteral("field 'callback.number' is required: no phone number is "
                                      "known for this customer"));
    }
    store::CallbackRecord cb;
    cb.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    cb.customerId = rec.customerId;
    cb.number = number;
    cb.queue =
        m_routing.hasQueue(rec.queue) ? rec.queue : m_config.defaultQueue.value(Channel::Callback);
    cb.agentId = caller.username;
    cb.dueAt = request.at;
    cb.note = request.note;
    cb.state = QStringLiteral("scheduled");
    cb.sourceInteraction = rec.id;
    cb.createdBy = caller.username;
    cb.createdAt = now;
    return cb;
}

QJsonObject DispatchCore::callbackJson(const store::CallbackRecord &c) const
{
    QJsonObject o{{"id", c.id},
                  {"state", c.state},
                  {"customer", QJsonObject{{"id", c.customerId}, {"name", c.customerName}}},
                  {"number", c.number},
                  {"queue", c.queue},
                  {"agentId", c.agentId},
                  {"agentName", c.agentId.isEmpty() ? QString() : displayName(c.agentId)},
                  {"dueAt", c.dueAt},
                  {"note", c.note},
                  {"createdBy", c.createdBy},
                  {"createdAt", c.createdAt}};
    if (!c.recording.isEmpty())
        o.insert("recordingUrl", c.recording);
    // Whether recording.get can hand the request out (recorded, and the file still there).
    o.insert("hasRecording",
             !c.recording.isEmpty() &&
                 !RecordingFiles(m_config.voice.recordingsDir).resolve(c.recording).isEmpty());
    if (const std::optional<routing::InteractionInfo> ix = m_routing.interaction(c.id)) {
        o.insert("interactionId", c.id);
        o.insert("offeredTo", ix->state == routing::IxState::Offered ? ix->agentId : QString());
        o.insert("keptFor", ix->targetAgent);
    }
    return o;
}

// The callback follows its interaction: waiting while queued or offered, then in progress, done.
bool DispatchCore::trackCallback(const store::InteractionRecord &rec, routing::IxState state)
{
    QString s;
    switch (state) {
    case routing::IxState::Queued:
    case routing::IxState::Offered:
        s = QStringLiteral("waiting");
        break;
    case routing::IxState::Active:
    case routing::IxState::WrapUp:
        s = QStringLiteral("in_progress");
        break;
    case routing::IxState::Closed:
        s = QStringLiteral("done");
        break;
    case routing::IxState::Abandoned:
        s = QStringLiteral("abandoned");
        break;
    }
    return m_db->setCallbackState(rec.id, s); // no row (a voice overflow turned callback): no-op
}

bool DispatchCore::startCallback(const store::CallbackRecord &cb, qint64 now)
{
    QString queue = cb.queue;
    if (!m_routing.hasQueue(queue))
        queue = m_config.defaultQueue.value(Channel::Callback);
    routing::InteractionSpec spec;
    spec.id = cb.id;
    spec.channel = Channel::Callback;
    spec.queue = queue;
    spec.from = cb.number;
    spec.arrivedAt = now;
    spec.seq = m_nextSeq;
    // Kept for the agent who promised it, if they are at work; else anyone in the queue.
    const std::optional<routing::AgentInfo> agent = m_routing.agent(cb.agentId);
    const bool keep = agent && agent->availability != routing::Availability::LoggedOut;
    if (keep)
        spec.targetAgent = cb.agentId;

    store::InteractionRecord rec;
    rec.id = cb.id;
    rec.channel = Channel::Callback;
    rec.queue = queue;
    rec.from = cb.number;
    rec.subject = cb.note.left(256);
    rec.seq = spec.seq;
    rec.customerId = cb.customerId;
    rec.state = QStringLiteral("queued");
    rec.targetAgent = spec.targetAgent;
    rec.createdAt = now;
    routing::Outcome outcome;
    const bool ok = persist([&] {
        if (!m_db->insertInteraction(rec) ||
            !m_db->setCallbackState(cb.id, QStringLiteral("waiting")))
            return false;
        outcome = m_routing.enqueue(spec, now);
        return outcome.ok() && applyEvents(outcome.events);
    });
    if (!ok) {
        qCCritical(lcCore) << "could not start callback" << cb.id << outcome.message
                           << m_db->lastError();
        return false;
    }
    ++m_nextSeq;
    if (keep)
        m_callbackRelease.insert(cb.id, now + kCallbackKeptForAgentMs);
    qCInfo(lcCore) << "callback" << cb.id << "due, in" << queue
                   << (keep ? QStringLiteral("for ") + cb.agentId : QStringLiteral("for anyone"));
    scheduleTick();
    return true;
}

// After a restart: callbacks waiting for their agent get the rest of their time.
void DispatchCore::restoreCallbacks()
{
    for (const QString &queue : m_routing.queueNames()) {
        for (const QString &id : m_routing.waiting(queue)) {
            const std::optional<routing::InteractionInfo> ix = m_routing.interaction(id);
            if (ix && ix->channel == Channel::Callback && !ix->targetAgent.isEmpty() &&
                m_db->callback(id))
                m_callbackRelease.insert(id, ix->arrivedAt + kCallbackKeptForAgentMs);
        }
    }
    armCallbackTimer();
}

void DispatchCore::armCallbackTimer()
{
    std::optional<qint64> next = m_db->nextCallbackDue();
    for (const qint64 at : std::as_const(m_callbackRelease))
        next = next ? std::min(*next, at) : at;
    if (!next) {
        m_callbackTimer.stop();
        return;
    }
    m_callbackTimer.start(int(std::clamp<qint64>(*next - nowMs(), 0, kMaxTimerMs)));
}

void DispatchCore::onCallbackTimer()
{
    const qint64 now = nowMs();
    bool failed = false;
    for (const store::CallbackRecord &cb : m_db->dueCallbacks(now))
        failed = !startCallback(cb, now) || failed;
    QStringList release;
    for (auto it = m_callbackRelease.cbegin(); it != m_callbackRelease.cend(); ++it) {
        if (it.value() <= now)
            release << it.key();
    }
    for (const QString &id : release) {
        m_callbackRelease.remove(id);
        const std::optional<routing::InteractionInfo> ix = m_routing.interaction(id);
        if (ix && !ix->targetAgent.isEmpty())
            applyOutcome(m_routing.releaseTarget(id, now));
    }
    if (failed) // the store refuses: try again later rather than at once
        m_callbackTimer.start(5000);
    else
        armCallbackTimer();
}

CoreResult DispatchCore::callbackList(const Caller &caller, const QString &scope,
                                      const QString &queue)
{
    QList<store::CallbackRecord> list;
    if (scope == QLatin1String("mine")) {
        list = m_db->openCallbacks(caller.username, QString());
    } else {
        if (!queue.isEmpty() && !m_routing.hasQueue(queue))
            return CoreResult::failure(ErrorCode::NotFound,
                                       QStringLiteral("no queue '%1'").arg(queue));
        list = m_db->openCallbacks(QString(), queue);
    }
    QJsonArray out;
    for (const store::CallbackRecord &c : std::as_const(list))
        out.append(callbackJson(c));
    return CoreResult::success({{"callbacks", out}});
}

CoreResult DispatchCore::callbackCancel(const Caller &caller, const QString &callbackId)
{
    const QString action = QStringLiteral("callback.cancel");
    std::optional<store::CallbackRecord> cb = m_db->callback(callbackId);
    if (!cb) {
        audit(caller, action, callbackId, false, QStringLiteral("unknown callback"));
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no callback '%1'").arg(callbackId));
    }
    const bool supervisor =
        hasRole(caller.username, Role::Supervisor) || hasRole(caller.username, Role::Admin);
    if (!supervisor && cb->agentId != caller.username && cb->createdBy != caller.username) {
        audit(caller, action, callbackId, false, QStringLiteral("not theirs"));
        return CoreResult::failure(
            ErrorCode::Forbidden,
            QStringLiteral("callback '%1' is another agent's").arg(callbackId));
    }
    if (cb->state != QLatin1String("scheduled") && cb->state != QLatin1String("waiting")) {
        audit(caller, action, callbackId, false, cb->state);
        return CoreResult::failure(
            ErrorCode::Conflict, QStringLiteral("callback '%1' is %2").arg(callbackId, cb->state));
    }
    CoreResult r = CoreResult::success();
    const bool stored = persist([&] {
        if (m_routing.interaction(callbackId)) {
            r = applyOutcome(m_routing.withdraw(callbackId, nowMs()));
            if (!r.ok())
                return false;
            std::optional<store::InteractionRecord> rec = m_db->interaction(callbackId);
            if (rec) {
                rec->state = QStringLiteral("cancelled");
                if (!m_db->updateInteraction(*rec))
                    return false;
            }
        }
        return m_db->setCallbackState(callbackId, QStringLiteral("cancelled"));
    });
    if (!stored && r.ok())
        r = CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    audit(caller, action, callbackId, r.ok(), r.ok() ? cb->agentId : r.message);
    if (!r.ok())
        return r;
    m_callbackRelease.remove(callbackId);
    armCallbackTimer();
    cb->state = QStringLiteral("cancelled");
    return CoreResult::success({{"callback", callbackJson(*cb)}});
}

CoreResult DispatchCore::voiceCallback(const QString &interactionId, const QString &recordingPath)
{
    std::optional<store::InteractionRecord> rec = m_db->interaction(interactionId);
    if (!rec || rec->channel != Channel::Voice)
        return CoreResult::failure(ErrorCode::NotFound,
                                   QStringLiteral("no voice interaction '%1'").arg(interactionId));
    const qint64 now = nowMs();
    store::CallbackRecord cb;
    cb.id = rec->id; // as for a promised callback, the interaction has the callback's id
    cb.customerId = rec->customerId;
    cb.number = store::normalisePhone(rec->from, m_config.defaultCountryCode);
    if (cb.number.isEmpty())
        cb.number = rec->from;
    cb.queue = rec->queue;
    cb.dueAt = now;
    if (!recordingPath.isEmpty())
        cb.recording = QUrl::fromLocalFile(recordingPath).toString();
    cb.state = QStringLiteral("waiting");
    cb.sourceInteraction = rec->id;
    cb.createdBy = QStringLiteral("voice");
    cb.createdAt = now;
    CoreResult r = CoreResult::success();
    const bool stored = persist([&] {
        // Stored first: an offer made at once reads the callback from the store.
        rec->channel = Channel::Callback;
        if (!m_db->updateInteraction(*rec) || !m_db->insertCallback(cb))
            return false;
        r = applyOutcome(m_routing.convertChannel(interactionId, Channel::Callback, now));
        return r.ok();
    });
    if (!stored && r.ok())
        r = CoreResult::failure(ErrorCode::Internal, QStringLiteral("storage failed"));
    if (!r.ok()) {
        qCWarning(lcCore) << "voice callback for" << interactionId << "refused:" << r.message;
        return r;
    }
    qCInfo(lcCore) << "voice caller" << cb.number << "left a callback request in" << cb.queue
                   << "as" << cb.id << cb.recording;
    emit statsChanged();
    return CoreResult::success({{"callback", callbackJson(cb)}});
}

} // namespace relais::server

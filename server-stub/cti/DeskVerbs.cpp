// The verbs of the desk's agent and supervisor faces beyond the core contract: help requests,
// settings, callbacks, waiting lists, reports and day charts. See docs/protocol.md.
#include "cti/CtiVerb.h"

#include "server/DispatchCore.h"

#include <QDate>

namespace relais::cti {

using namespace relais::protocol;
using server::CoreResult;

namespace {

CoreResult helpRequest(VerbContext &c)
{
    const QString text = c.fields.optionalString("text", 2000).value_or(QString());
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.helpRequest(c.caller(), text.trimmed());
}

// A required, non-empty name of at most 128 characters.
QString requireName(VerbContext &c, const QString &field)
{
    const QString name = c.fields.requireString(field, 128);
    if (c.fields.ok() && name.isEmpty())
        c.fields.fail(field, QStringLiteral("must not be empty"));
    return name;
}

// The verbs that name one thing: read the name, then ask the core.
template <const char *Field,
          CoreResult (server::DispatchCore::*Method)(const server::Caller &, const QString &)>
CoreResult onName(VerbContext &c)
{
    const QString name = requireName(c, QLatin1String(Field));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return (c.core.*Method)(c.caller(), name);
}

// `requestId` and `callbackId`, not `id`: the envelope's `id` is the request's number.
constexpr char kRequestId[] = "requestId";
constexpr char kCallbackId[] = "callbackId";
constexpr char kKey[] = "key";

CoreResult settingsSet(VerbContext &c)
{
    const QString key = requireName(c, QLatin1String(kKey));
    const QJsonValue value = c.request.body.value(QLatin1String("value"));
    if (c.fields.ok() && value.isUndefined())
        c.fields.fail("value", QStringLiteral("is required (any JSON; null removes the setting)"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.settingsSet(c.caller(), key, value);
}

CoreResult callbackList(VerbContext &c)
{
    const QString scope = c.fields.optionalString("scope", 16).value_or(QStringLiteral("mine"));
    const QString queue = c.fields.optionalString("queue", 128).value_or(QString());
    if (c.fields.ok() && scope != QLatin1String("mine") && scope != QLatin1String("queue"))
        c.fields.fail("scope", QStringLiteral("must be mine or queue"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.callbackList(c.caller(), scope, queue);
}

CoreResult queueWaiting(VerbContext &c)
{
    const QString queue = c.fields.requireString("queue", 128);
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.queueWaiting(queue);
}

// {from, to}: dates YYYY-MM-DD, to not before from, 93 days at most.
bool readPeriod(VerbContext &c, QDate *from, QDate *to)
{
    const QString a = c.fields.requireString("from", 10);
    const QString b = c.fields.requireString("to", 10);
    if (!c.fields.ok())
        return false;
    *from = QDate::fromString(a, QStringLiteral("yyyy-MM-dd"));
    *to = QDate::fromString(b, QStringLiteral("yyyy-MM-dd"));
    if (!from->isValid())
        c.fields.fail("from", QStringLiteral("must be a date YYYY-MM-DD"));
    else if (!to->isValid())
        c.fields.fail("to", QStringLiteral("must be a date YYYY-MM-DD"));
    else if (*to < *from)
        c.fields.fail("to", QStringLiteral("is before 'from'"));
    else if (from->daysTo(*to) + 1 > 93)
        c.fields.fail("to", QStringLiteral("is more than 93 days after 'from'"));
    return c.fields.ok();
}

CoreResult reportQueues(VerbContext &c)
{
    QDate from, to;
    if (!readPeriod(c, &from, &to))
        return badRequest(c.fields);
    return c.core.reportQueues(from, to);
}

CoreResult reportAgents(VerbContext &c)
{
    QDate from, to;
    if (!readPeriod(c, &from, &to))
        return badRequest(c.fields);
    return c.core.reportAgents(from, to);
}

// `queues`: optional filter; a name no queue has is not_found.
std::optional<CoreResult> unknownQueue(VerbContext &c, const QStringList &queues)
{
    const QStringList known = c.core.routing().queueNames();
    for (const QString &q : queues) {
        if (!known.contains(q))
            return CoreResult::failure(ErrorCode::NotFound, QStringLiteral("no queue '%1'").arg(q));
    }
    return std::nullopt;
}

CoreResult statsIntervals(VerbContext &c)
{
    const QString date = c.fields.optionalString("date", 10).value_or(QString());
    QDate day = QDate::currentDate();
    if (c.fields.ok() && !date.isEmpty()) {
        day = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
        if (!day.isValid())
            c.fields.fail("date", QStringLiteral("must be a date YYYY-MM-DD"));
    }
    const QStringList queues = c.fields.optionalStringList("queues");
    if (!c.fields.ok())
        return badRequest(c.fields);
    if (std::optional<CoreResult> unknown = unknownQueue(c, queues))
        return *unknown;
    return c.core.statsIntervals(day, queues);
}

CoreResult statsWaitingHistory(VerbContext &c)
{
    const QStringList queues = c.fields.optionalStringList("queues");
    if (!c.fields.ok())
        return badRequest(c.fields);
    if (std::optional<CoreResult> unknown = unknownQueue(c, queues))
        return *unknown;
    return c.core.statsWaitingHistory(queues);
}

} // namespace

void addDeskVerbs(QHash<QString, Verb> &table)
{
    table.insert(QStringLiteral("help.request"), {Need::Agent, helpRequest});
    table.insert(QStringLiteral("help.list"),
                 {Need::Supervisor, [](VerbContext &c) { return c.core.helpList(); }});
    table.insert(QStringLiteral("help.resolve"),
                 {Need::Supervisor, onName<kRequestId, &server::DispatchCore::helpResolve>});
    table.insert(QStringLiteral("settings.get"),
                 {Need::Session, onName<kKey, &server::DispatchCore::settingsGet>});
    table.insert(QStringLiteral("settings.set"), {Need::Session, settingsSet});
    table.insert(QStringLiteral("callback.list"), {Need::Session, callbackList});
    table.insert(QStringLiteral("callback.cancel"),
                 {Need::Session, onName<kCallbackId, &server::DispatchCore::callbackCancel>});
    table.insert(QStringLiteral("callback.dial"),
                 {Need::Agent, onName<kCallbackId, &server::DispatchCore::callbackDial>});
    table.insert(QStringLiteral("queue.waiting"), {Need::Supervisor, queueWaiting});
    table.insert(QStringLiteral("report.queues"), {Need::Supervisor, reportQueues});
    table.insert(QStringLiteral("report.agents"), {Need::Supervisor, reportAgents});
    table.insert(QStringLiteral("stats.intervals"), {Need::SupervisorOrTrainer, statsIntervals});
    table.insert(QStringLiteral("stats.waiting_history"),
                 {Need::SupervisorOrTrainer, statsWaitingHistory});
}

} // namespace relais::cti

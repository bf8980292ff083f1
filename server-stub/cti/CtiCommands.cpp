#include "cti/CtiCommands.h"

#include "cti/CtiSession.h"
#include "cti/CtiVerb.h"
#include "server/DispatchCore.h"

#include <relais/protocol/FieldReader.h>
#include <relais/protocol/Protocol.h>

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <functional>

namespace relais::cti {

server::Caller VerbContext::caller() const
{
    return {session.username(), session.peer()};
}

using namespace relais::protocol;
using server::CoreResult;
using server::DispatchCore;

namespace {

using Context = VerbContext;

CoreResult stateSet(Context &c)
{
    const QString state = c.fields.requireString("state", 32);
    const QString reason = c.fields.optionalString("reason", 64).value_or(QString());
    if (!c.fields.ok())
        return badRequest(c.fields);
    const std::optional<AgentState> s = agentStateFromString(state);
    if (!s || (*s != AgentState::Ready && *s != AgentState::NotReady))
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'state' must be ready or not_ready"));
    return c.core.setState(c.caller(), *s, reason);
}

template <CoreResult (DispatchCore::*Method)(const server::Caller &, const QString &)>
CoreResult onInteraction(Context &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    if (!c.fields.ok())
        return badRequest(c.fields);
    return (c.core.*Method)(c.caller(), id);
}

CoreResult message(Context &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    const QString text = c.fields.requireString("text", 16384);
    if (c.fields.ok() && text.trimmed().isEmpty())
        c.fields.fail("text", QStringLiteral("must not be empty"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.sendMessage(c.caller(), id, text);
}

CoreResult transfer(Context &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    const QString queue = c.fields.optionalString("queue", 128).value_or(QString());
    const QString agent = c.fields.optionalString("agentId", 128).value_or(QString());
    const QString number = c.fields.optionalString("number", 64).value_or(QString());
    const int targets = int(!queue.isEmpty()) + int(!agent.isEmpty()) + int(!number.isEmpty());
    if (c.fields.ok() && targets != 1)
        c.fields.fail("queue",
                      QStringLiteral("or 'agentId' or 'number' is required (exactly one)"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    if (!number.isEmpty())
        return c.core.transferToNumber(c.caller(), id, number);
    return c.core.transfer(c.caller(), id, queue, agent);
}

CoreResult wrapup(Context &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    const QString disposition = c.fields.requireString("disposition", 64);
    const QString notes = c.fields.optionalString("notes", 16384).value_or(QString());
    const QString reason = c.fields.optionalString("reason", 256).value_or(QString());
    std::optional<DispatchCore::CallbackRequest> callback;
    const QJsonObject cb = c.fields.optionalObject("callback");
    if (c.fields.ok() && c.request.body.contains(QLatin1String("callback")) &&
        !c.request.body.value(QLatin1String("callback")).isNull()) {
        FieldReader f(cb, QStringLiteral("callback"));
        callback = DispatchCore::CallbackRequest{
            f.requireInt("at"), f.optionalString("number", 64).value_or(QString()).trimmed(),
            f.optionalString("note", 2000).value_or(QString())};
        if (!f.ok())
            return badRequest(f);
    }
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.wrapup(c.caller(), id, disposition, notes, reason, callback);
}

CoreResult customerSearch(Context &c)
{
    const QString query = c.fields.requireString("query", 256);
    if (c.fields.ok() && query.trimmed().size() < 2)
        c.fields.fail("query", QStringLiteral("needs at least 2 characters"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.customerSearch(query.trimmed());
}

CoreResult customerHistory(Context &c)
{
    const QString id = c.fields.requireString("customerId", 128);
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.customerHistory(id);
}

CoreResult interactionMessages(Context &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.interactionMessages(c.caller(), id);
}

CoreResult subscribe(Context &c)
{
    const QStringList queues = c.fields.optionalStringList("queues");
    if (!c.fields.ok())
        return badRequest(c.fields);
    const QStringList known = c.core.routing().queueNames();
    for (const QString &q : queues) {
        if (!known.contains(q))
            return CoreResult::failure(ErrorCode::NotFound, QStringLiteral("no queue '%1'").arg(q));
    }
    c.session.setSupervising(true, queues);
    // The snapshot goes out right after the reply (see handle()).
    return CoreResult::success({{"queues", c.core.queueListJson()}});
}

CoreResult unsubscribe(Context &c)
{
    c.session.setSupervising(false);
    return CoreResult::success();
}

CoreResult forceState(Context &c)
{
    const QString agent = c.fields.requireString("agentId", 128);
    const QString state = c.fields.requireString("state", 32);
    const QString reason = c.fields.optionalString("reason", 256).value_or(QString());
    if (!c.fields.ok())
        return badRequest(c.fields);
    const std::optional<AgentState> s = agentStateFromString(state);
    if (!s)
        return CoreResult::failure(ErrorCode::BadRequest,
                                   QStringLiteral("field 'state' is not a known agent state"));
    // Pausing someone or signing them out is explained (the audit trail keeps the reason).
    if ((*s == AgentState::NotReady || *s == AgentState::LoggedOut) && reason.trimmed().isEmpty())
        return CoreResult::failure(
            ErrorCode::BadRequest,
            QStringLiteral("field 'reason' is required to force %1").arg(state));
    return c.core.forceState(c.caller(), agent, *s, reason.trimmed());
}

CoreResult broadcast(Context &c)
{
    const QString text = c.fields.requireString("text", 2000);
    const QString severity = c.fields.optionalString("severity", 16).value_or("info");
    const QString team = c.fields.optionalString("team", 64).value_or(QString());
    if (c.fields.ok() && text.trimmed().isEmpty())
        c.fields.fail("text", QStringLiteral("must not be empty"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.broadcast(c.caller(), text, severity, team);
}

CoreResult agentList(Context &c)
{
    return CoreResult::success({{"agents", c.core.agentStatesJson()}});
}

CoreResult agentDirectory(Context &c)
{
    const std::optional<QString> channel = c.fields.optionalString("channel", 32);
    std::optional<Channel> ch;
    if (c.fields.ok() && channel) {
        ch = channelFromString(*channel);
        if (!ch)
            c.fields.fail("channel", QStringLiteral("must be voice, chat, email, sms, whatsapp, "
                                                    "facebook or callback"));
    }
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.agentDirectory(c.caller(), ch);
}

CoreResult auditList(Context &c)
{
    const int limit = int(c.fields.optionalInt("limit").value_or(100));
    if (c.fields.ok() && (limit < 1 || limit > 1000))
        c.fields.fail("limit", QStringLiteral("must be between 1 and 1000"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.auditList(c.caller(), limit);
}

QHash<QString, Verb> makeVerbs()
{
    QHash<QString, Verb> table{
        {msg::Ping,
         {Need::Nothing,
          [](Context &) {
              return CoreResult::success({{"now", QDateTime::currentMSecsSinceEpoch()}});
          }}},
        {msg::StateSet, {Need::Agent, stateSet}},
        {msg::InteractionAccept, {Need::Agent, onInteraction<&DispatchCore::accept>}},
        {msg::InteractionReject, {Need::Agent, onInteraction<&DispatchCore::reject>}},
        {msg::InteractionEnd, {Need::Agent, onInteraction<&DispatchCore::end>}},
        {msg::InteractionMessage, {Need::Agent, message}},
        {msg::InteractionTransfer, {Need::Session, transfer}},
        {msg::InteractionWrapup, {Need::Agent, wrapup}},
        {"interaction.messages", {Need::Session, interactionMessages}},
        {msg::CustomerSearch, {Need::Session, customerSearch}},
        {msg::CustomerHistory, {Need::Session, customerHistory}},
        {msg::SuperviseSubscribe, {Need::SupervisorOrTrainer, subscribe}},
        {msg::SuperviseUnsubscribe, {Need::SupervisorOrTrainer, unsubscribe}},
        {msg::AgentForceState, {Need::Supervisor, forceState}},
        {msg::Broadcast, {Need::Supervisor, broadcast}},
        {msg::AgentList, {Need::SupervisorOrTrainer, agentList}},
        {msg::AgentDirectory, {Need::AgentOrSupervisor, agentDirectory}},
        {"audit.list", {Need::Admin, auditList}},
        {msg::QueueList,
         {Need::Session,
          [](Context &c) {
              return CoreResult::success({{"queues", c.core.queueListJson()}});
          }}},
    };
    addDeskVerbs(table);
    addVoiceVerbs(table);
    return table;
}

const QHash<QString, Verb> &verbs()
{
    static const QHash<QString, Verb> table = makeVerbs();
    return table;
}

std::optional<CoreResult> checkNeed(Need need, CtiSession &session, DispatchCore &core)
{
    if (need == Need::Nothing)
        return std::nullopt;
    if (!session.isAuthenticated())
        return CoreResult::failure(ErrorCode::Unauthenticated, QStringLiteral("log in first"));
    const QString &user = session.username();
    switch (need) {
    case Need::Agent:
        if (!core.hasRole(user, Role::Agent))
            return CoreResult::failure(ErrorCode::Forbidden,
                                       QStringLiteral("this needs the agent role"));
        break;
    case Need::Supervisor:
        if (!core.hasRole(user, Role::Supervisor) && !core.hasRole(user, Role::Admin))
            return CoreResult::failure(ErrorCode::Forbidden,
                                       QStringLiteral("this needs the supervisor role"));
        break;
    case Need::SupervisorOrTrainer:
        if (!core.hasRole(user, Role::Supervisor) && !core.hasRole(user, Role::Trainer) &&
            !core.hasRole(user, Role::Admin))
            return CoreResult::failure(ErrorCode::Forbidden,
                                       QStringLiteral("this needs the supervisor or trainer role"));
        break;
    case Need::AgentOrSupervisor:
        if (!core.hasRole(user, Role::Agent) && !core.hasRole(user, Role::Supervisor) &&
            !core.hasRole(user, Role::Admin))
            return CoreResult::failure(ErrorCode::Forbidden,
                                       QStringLiteral("this needs the agent or supervisor role"));
        break;
    case Need::Admin:
        if (!core.hasRole(user, Role::Admin))
            return CoreResult::failure(ErrorCode::Forbidden,
                                       QStringLiteral("this needs the admin role"));
        break;
    default:
        break;
    }
    return std::nullopt;
}

void reply(CtiSession &session, qint64 id, const CoreResult &r)
{
    if (r.ok())
        session.sendReply(makeReply(id, r.result));
    else
        session.sendError(id, *r.error, r.message);
}

void login(CtiSession &session, DispatchCore &core, const Request &request)
{
    FieldReader f(request.body);
    const QString user = f.requireString("user", 128);
    const QString password = f.requireString("password", 1024);
    const QString station = f.optionalString("station", 128).value_or(QString());
    if (!f.ok())
        return reply(session, request.id, badRequest(f));
    if (session.isAuthenticated())
        return reply(session, request.id,
                     CoreResult::failure(ErrorCode::Conflict,
                                         QStringLiteral("already logged in on this connection")));
    QPointer<CtiSession> guard(&session);
    const qint64 id = request.id;
    core.login(user, password, station, session.peer(),
               [guard, id](CoreResult r, QString username, QString token) {
                   if (!guard)
                       return;
                   if (r.ok())
                       guard->setAuthenticated(username, token);
                   reply(*guard, id, r);
               });
}

} // namespace

void CtiCommands::handle(CtiSession &session, DispatchCore &core, const Request &request)
{
    if (request.type == QLatin1String(msg::Login))
        return login(session, core, request);
    if (request.type == QLatin1String(msg::Resume)) {
        FieldReader f(request.body);
        const QString token = f.requireString("token", 256);
        if (!f.ok())
            return reply(session, request.id, badRequest(f));
        QString username;
        CoreResult r = core.resume(token, session.peer(), &username);
        if (r.ok())
            session.setAuthenticated(username, token);
        return reply(session, request.id, r);
    }
    if (request.type == QLatin1String(msg::Logout)) {
        if (!session.isAuthenticated())
            return reply(
                session, request.id,
                CoreResult::failure(ErrorCode::Unauthenticated, QStringLiteral("not logged in")));
        CoreResult r = core.logout({session.username(), session.peer()}, session.token());
        if (r.ok())
            session.clearAuthentication();
        return reply(session, request.id, r);
    }
    const auto it = verbs().constFind(request.type);
    if (it == verbs().constEnd()) {
        return reply(
            session, request.id,
            CoreResult::failure(ErrorCode::UnknownType,
                                QStringLiteral("unknown request type '%1'").arg(request.type)));
    }
    if (std::optional<CoreResult> refused = checkNeed(it->need, session, core))
        return reply(session, request.id, *refused);
    Context c{session, core, request, FieldReader(request.body)};
    const CoreResult r = it->handler(c);
    reply(session, request.id, r);
    if (r.ok() && request.type == QLatin1String(msg::SuperviseSubscribe)) {
        session.sendEvent(QLatin1String(msg::StatsQueues),
                          {{"at", QDateTime::currentMSecsSinceEpoch()},
                           {"queues", core.queueStatsJson(session.supervisedQueues())}});
        for (const QJsonValue &a : core.agentStatesJson())
            session.sendEvent(QLatin1String(msg::AgentState), a.toObject());
    }
}

} // namespace relais::cti

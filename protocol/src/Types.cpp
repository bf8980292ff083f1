#include "relais/protocol/Types.h"

#include "relais/protocol/FieldReader.h"

#include <QJsonArray>

namespace relais::protocol {
namespace {

template <typename T> std::optional<T> finish(const FieldReader &r, T value, QString *error)
{
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return value;
}

void putIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject Skill::toJson() const { return {{"name", name}, {"level", level}}; }

std::optional<Skill> Skill::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o);
    Skill s;
    s.name = r.requireString("name", 64);
    s.level = int(r.optionalInt("level").value_or(1));
    return finish(r, s, error);
}

QJsonObject Agent::toJson() const
{
    QJsonArray r;
    for (Role role : roles)
        r.append(toString(role));
    QJsonArray s;
    for (const Skill &skill : skills)
        s.append(skill.toJson());
    return {{"id", id}, {"name", name}, {"roles", r}, {"skills", s}};
}

std::optional<Agent> Agent::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o);
    Agent a;
    a.id = r.requireString("id", 128);
    a.name = r.requireString("name", 256);
    for (const QString &name : r.optionalStringList("roles")) {
        if (auto role = roleFromString(name))
            a.roles << *role;
        else
            r.fail("roles", QStringLiteral("has an unknown role '%1'").arg(name));
    }
    for (const QJsonValue &v : r.optionalArray("skills")) {
        QString e;
        if (auto s = Skill::fromJson(v.toObject(), &e))
            a.skills << *s;
        else
            r.fail("skills", e);
    }
    return finish(r, a, error);
}

QJsonObject Customer::toJson() const
{
    QJsonObject o{{"id", id}, {"name", name}, {"fields", fields}};
    putIfSet(o, "phone", phone);
    putIfSet(o, "email", email);
    putIfSet(o, "language", language);
    putIfSet(o, "segment", segment);
    return o;
}

std::optional<Customer> Customer::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o, QStringLiteral("customer"));
    Customer c;
    c.id = r.requireString("id", 128);
    c.name = r.optionalString("name").value_or(QString());
    c.phone = r.optionalString("phone", 64).value_or(QString());
    c.email = r.optionalString("email", 320).value_or(QString());
    c.language = r.optionalString("language", 16).value_or(QString());
    c.segment = r.optionalString("segment", 64).value_or(QString());
    c.fields = r.optionalObject("fields");
    return finish(r, c, error);
}

QJsonObject Contact::toJson() const
{
    QJsonObject o{{"at", at},
                  {"channel", toString(channel)},
                  {"queue", queue},
                  {"reason", reason},
                  {"disposition", disposition},
                  {"agent", agent},
                  {"notes", notes}};
    putIfSet(o, "interactionId", interactionId);
    putIfSet(o, "recording", recording);
    return o;
}

std::optional<Contact> Contact::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o);
    Contact c;
    c.at = r.requireInt("at");
    const QString ch = r.requireString("channel", 32);
    if (auto parsed = channelFromString(ch))
        c.channel = *parsed;
    else if (r.ok())
        r.fail("channel", QStringLiteral("is not a known channel"));
    c.queue = r.optionalString("queue").value_or(QString());
    c.reason = r.optionalString("reason").value_or(QString());
    c.disposition = r.optionalString("disposition").value_or(QString());
    c.agent = r.optionalString("agent").value_or(QString());
    c.notes = r.optionalString("notes", 65536).value_or(QString());
    c.interactionId = r.optionalString("interactionId").value_or(QString());
    c.recording = r.optionalString("recording", 512).value_or(QString());
    return finish(r, c, error);
}

QJsonObject Interaction::toJson() const
{
    QJsonObject o{{"id", id},          {"channel", toString(channel)}, {"queue", queue},
                  {"from", from},      {"priority", priority},         {"waitedMs", waitedMs}};
    putIfSet(o, "subject", subject);
    putIfSet(o, "sipCallId", sipCallId);
    return o;
}

std::optional<Interaction> Interaction::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o, QStringLiteral("interaction"));
    Interaction i;
    i.id = r.requireString("id", 128);
    const QString ch = r.requireString("channel", 32);
    if (auto parsed = channelFromString(ch))
        i.channel = *parsed;
    else if (r.ok())
        r.fail("channel", QStringLiteral("is not a known channel"));
    i.queue = r.requireString("queue", 128);
    i.from = r.optionalString("from", 320).value_or(QString());
    i.subject = r.optionalString("subject", 998).value_or(QString());
    i.priority = int(r.optionalInt("priority").value_or(0));
    i.waitedMs = r.optionalInt("waitedMs").value_or(0);
    i.sipCallId = r.optionalString("sipCallId", 256).value_or(QString());
    return finish(r, i, error);
}

QJsonObject QueueStats::toJson() const
{
    return {{"name", name},
            {"waiting", waiting},
            {"longestWaitMs", longestWaitMs},
            {"offered", offered},
            {"answered", answered},
            {"abandoned", abandoned},
            {"serviceLevel", serviceLevel},
            {"ahtMs", ahtMs},
            {"agents", QJsonObject{{"ready", agents.ready},
                                   {"busy", agents.busy},
                                   {"not_ready", agents.notReady},
                                   {"wrap_up", agents.wrapUp},
                                   {"reserved", agents.reserved}}}};
}

std::optional<QueueStats> QueueStats::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o);
    QueueStats s;
    s.name = r.requireString("name");
    s.waiting = int(r.requireInt("waiting"));
    s.longestWaitMs = r.optionalInt("longestWaitMs").value_or(0);
    s.offered = int(r.optionalInt("offered").value_or(0));
    s.answered = int(r.optionalInt("answered").value_or(0));
    s.abandoned = int(r.optionalInt("abandoned").value_or(0));
    s.serviceLevel = o.value("serviceLevel").toDouble(100.0);
    s.ahtMs = r.optionalInt("ahtMs").value_or(0);
    FieldReader a(r.optionalObject("agents"), QStringLiteral("agents"));
    s.agents.ready = int(a.optionalInt("ready").value_or(0));
    s.agents.busy = int(a.optionalInt("busy").value_or(0));
    s.agents.notReady = int(a.optionalInt("not_ready").value_or(0));
    s.agents.wrapUp = int(a.optionalInt("wrap_up").value_or(0));
    s.agents.reserved = int(a.optionalInt("reserved").value_or(0));
    if (!a.ok())
        r.fail("agents", a.error());
    return finish(r, s, error);
}

QJsonObject AgentStateInfo::toJson() const
{
    QJsonObject o{{"agentId", agentId}, {"name", name}, {"state", toString(state)}, {"since", since}};
    putIfSet(o, "reason", reason);
    return o;
}

std::optional<AgentStateInfo> AgentStateInfo::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o);
    AgentStateInfo s;
    s.agentId = r.requireString("agentId");
    s.name = r.optionalString("name").value_or(QString());
    const QString st = r.requireString("state");
    if (auto parsed = agentStateFromString(st))
        s.state = *parsed;
    else if (r.ok())
        r.fail("state", QStringLiteral("is not a known agent state"));
    s.reason = r.optionalString("reason").value_or(QString());
    s.since = r.optionalInt("since").value_or(0);
    return finish(r, s, error);
}

QJsonObject Message::toJson() const
{
    return {{"interactionId", interactionId}, {"seq", seq}, {"from", from}, {"text", text}, {"at", at}};
}

std::optional<Message> Message::fromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o);
    Message m;
    m.interactionId = r.requireString("interactionId");
    m.seq = r.optionalInt("seq").value_or(0);
    m.from = r.requireString("from");
    m.text = r.requireString("text", 65536);
    m.at = r.optionalInt("at").value_or(0);
    return finish(r, m, error);
}

} // namespace relais::protocol

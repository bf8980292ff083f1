// The verbs of voice calls beyond the core contract: pausing a call's recording (the customer
// reads out a card number), fetching a recording, an agent's outbound call, consulting a
// number before transferring a call to it. See
// docs/protocol.md.
#include "cti/CtiVerb.h"

#include "server/DispatchCore.h"
#include <relais/protocol/Protocol.h>

namespace relais::cti {

using namespace relais::protocol;
using server::CoreResult;

namespace {

CoreResult recording(VerbContext &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    const std::optional<bool> pause = c.fields.optionalBool("pause");
    if (c.fields.ok() && !pause)
        c.fields.fail("pause", QStringLiteral("is required (boolean)"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.setRecordingPaused(c.caller(), id, *pause);
}

// An interaction id as the server makes them (a UUID, letters, digits, '-', '_', '.'): anything
// else never names a recording, and never reaches a file path.
bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.startsWith(QLatin1Char('.')) || id.contains(QLatin1String("..")))
        return false;
    for (const QChar ch : id) {
        const char16_t u = ch.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

CoreResult recordingGet(VerbContext &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    const QString kind = c.fields.optionalString("kind", 16).value_or(QString());
    const qint64 offset = c.fields.optionalInt("offset").value_or(0);
    if (c.fields.ok() && !isPlainId(id))
        c.fields.fail("interactionId", QStringLiteral("is not an interaction id"));
    else if (c.fields.ok() && !kind.isEmpty() && kind != QLatin1String("request") &&
             kind != QLatin1String("call"))
        c.fields.fail("kind", QStringLiteral("must be request or call"));
    else if (c.fields.ok() && offset < 0)
        c.fields.fail("offset", QStringLiteral("must not be negative"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.recordingGet(c.caller(), id, kind, offset);
}

CoreResult dial(VerbContext &c)
{
    const QString number = c.fields.requireString("number", 64);
    const QString queue = c.fields.optionalString("queue", 128).value_or(QString());
    if (c.fields.ok() && number.trimmed().isEmpty())
        c.fields.fail("number", QStringLiteral("must not be empty"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.dial(c.caller(), number, queue);
}

// interaction.consult {interactionId, number | agentId} (exactly one).
CoreResult consult(VerbContext &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    const QString number = c.fields.optionalString("number", 64).value_or(QString()).trimmed();
    const QString agent = c.fields.optionalString("agentId", 128).value_or(QString()).trimmed();
    if (c.fields.ok() && number.isEmpty() == agent.isEmpty())
        c.fields.fail("number", QStringLiteral("or 'agentId' is required (exactly one)"));
    if (!c.fields.ok())
        return badRequest(c.fields);
    return c.core.consult(c.caller(), id, number, agent);
}

template <CoreResult (server::DispatchCore::*Method)(const server::Caller &, const QString &)>
CoreResult onCall(VerbContext &c)
{
    const QString id = c.fields.requireString("interactionId", 128);
    if (!c.fields.ok())
        return badRequest(c.fields);
    return (c.core.*Method)(c.caller(), id);
}

} // namespace

void addVoiceVerbs(QHash<QString, Verb> &table)
{
    // The agent holding the call or a supervisor (checked by the core).
    table.insert(QLatin1String(msg::InteractionRecording), {Need::Session, recording});
    table.insert(QLatin1String(msg::CallDial), {Need::Agent, dial});
    // Attended transfer: the agent holding the call (checked by the core).
    table.insert(QLatin1String(msg::InteractionConsult), {Need::Agent, consult});
    table.insert(QLatin1String(msg::InteractionConsultComplete),
                 {Need::Agent, onCall<&server::DispatchCore::consultComplete>});
    table.insert(QLatin1String(msg::InteractionConsultCancel),
                 {Need::Agent, onCall<&server::DispatchCore::consultCancel>});
    // Agents for the callbacks and calls they may hear, supervisors any (checked by the core).
    table.insert(QStringLiteral("recording.get"), {Need::Session, recordingGet});
}

} // namespace relais::cti

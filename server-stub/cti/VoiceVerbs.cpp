// The verbs of voice calls beyond the core contract: pausing a call's recording (the customer
// reads out a card number), an agent's outbound call. See docs/protocol.md.
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

} // namespace

void addVoiceVerbs(QHash<QString, Verb> &table)
{
    // The agent holding the call or a supervisor (checked by the core).
    table.insert(QLatin1String(msg::InteractionRecording), {Need::Session, recording});
    table.insert(QLatin1String(msg::CallDial), {Need::Agent, dial});
}

} // namespace relais::cti

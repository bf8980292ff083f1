// The verbs of voice calls beyond the core contract: pausing a call's recording (the customer
// reads out a card number). See docs/protocol.md.
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

} // namespace

void addVoiceVerbs(QHash<QString, Verb> &table)
{
    // The agent holding the call or a supervisor (checked by the core).
    table.insert(QLatin1String(msg::InteractionRecording), {Need::Session, recording});
}

} // namespace relais::cti

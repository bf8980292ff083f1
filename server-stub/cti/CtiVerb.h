#pragma once

#include "server/CoreResult.h"

#include <relais/protocol/FieldReader.h>
#include <relais/protocol/Frame.h>

#include <QHash>
#include <functional>

namespace relais::server {
class DispatchCore;
}

// Private to cti/: what a verb handler gets and what the verb table holds.
namespace relais::cti {

class CtiSession;

// The role a verb needs (checked before its handler runs).
enum class Need {
    Nothing,
    Session,
    Agent,
    Supervisor,
    SupervisorOrTrainer,
    AgentOrSupervisor,
    Admin
};

struct VerbContext
{
    CtiSession &session;
    server::DispatchCore &core;
    const protocol::Request &request;
    protocol::FieldReader fields;
    server::Caller caller() const;
};

using VerbHandler = std::function<server::CoreResult(VerbContext &)>;

struct Verb
{
    Need need;
    VerbHandler handler;
};

inline server::CoreResult badRequest(const protocol::FieldReader &r)
{
    return server::CoreResult::failure(protocol::ErrorCode::BadRequest, r.error());
}

// The verbs of the desk's agent and supervisor faces beyond the core contract (DeskVerbs.cpp).
void addDeskVerbs(QHash<QString, Verb> &table);
// The verbs of voice calls (VoiceVerbs.cpp).
void addVoiceVerbs(QHash<QString, Verb> &table);

} // namespace relais::cti

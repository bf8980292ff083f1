#pragma once

#include <relais/protocol/Frame.h>

namespace relais::server {
class DispatchCore;
}

namespace relais::cti {

class CtiSession;

// The CTI verbs: checks authentication and roles, validates fields (naming the bad one), calls
// the core and replies exactly once per request.
class CtiCommands
{
public:
    static void handle(CtiSession &session, server::DispatchCore &core,
                       const protocol::Request &request);
};

} // namespace relais::cti

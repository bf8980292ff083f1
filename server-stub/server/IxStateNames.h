#pragma once

#include "routing/RoutingTypes.h"

#include <QString>

// Names used for interaction states and revoke reasons in storage and on the wire.
namespace relais::server {

inline QString ixStateName(routing::IxState s)
{
    switch (s) {
    case routing::IxState::Queued:
        return QStringLiteral("queued");
    case routing::IxState::Offered:
        return QStringLiteral("offered");
    case routing::IxState::Active:
        return QStringLiteral("active");
    case routing::IxState::WrapUp:
        return QStringLiteral("wrap_up");
    case routing::IxState::Closed:
        return QStringLiteral("closed");
    case routing::IxState::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

inline QString revokeReasonName(routing::RevokeReason r)
{
    switch (r) {
    case routing::RevokeReason::Timeout:
        return QStringLiteral("timeout");
    case routing::RevokeReason::Rejected:
        return QStringLiteral("rejected");
    case routing::RevokeReason::Abandoned:
        return QStringLiteral("abandoned");
    case routing::RevokeReason::Transferred:
        return QStringLiteral("transferred");
    case routing::RevokeReason::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

} // namespace relais::server

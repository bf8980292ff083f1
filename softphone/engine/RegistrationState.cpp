#include "relais/softphone/RegistrationState.h"

namespace relais::softphone {

QString registrationStateName(RegistrationState state)
{
    switch (state) {
    case RegistrationState::Unregistered:
        return QStringLiteral("unregistered");
    case RegistrationState::Registering:
        return QStringLiteral("registering");
    case RegistrationState::Registered:
        return QStringLiteral("registered");
    case RegistrationState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

} // namespace relais::softphone

#pragma once
#include <QMetaType>
#include <QString>

namespace relais::softphone {

enum class RegistrationState {
    Unregistered,
    Registering,
    Registered,
    Failed, // refused (wrong password, unknown user...) or no registrar answers
};

QString registrationStateName(RegistrationState state);

// One registration report for an account.
struct RegistrationStatus
{
    QString accountId;
    RegistrationState state = RegistrationState::Unregistered;
    QString registrar;      // the one in use (primary or fallback)
    int sipStatus = 0;      // last final status, 0 when the registrar did not answer
    QString reason;         // reason phrase or error text
    int expiresSeconds = 0; // granted by the registrar
};

} // namespace relais::softphone

Q_DECLARE_METATYPE(relais::softphone::RegistrationStatus)

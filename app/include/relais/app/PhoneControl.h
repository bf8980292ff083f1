#pragma once

#include "relais/app/SessionTypes.h"

#include <QObject>
#include <QString>

namespace relais::app {

// The seam between the desk's brain and the softphone engine. appcore never links the engine:
// the desk's main gives DeskCore an implementation that drives relais_softphone (or a fake in
// tests). DeskCore calls these on login/logout and on voice interactions; the implementation
// reports back through the signals.
class PhoneControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PhoneControl() override = default;

    // Register with the login's SIP account (called after login and after a failover, when the
    // credentials or the registrar changed).
    virtual void registerAccount(const relais::app::SipCredentials &credentials) = 0;
    virtual void unregisterAccount() = 0;
    // The agent accepted a voice offer: answer the call the server rings (matched by its SIP
    // Call-ID when the offer carries one).
    virtual void answer(const QString &sipCallId) = 0;
    // The interaction ended on the desk's side (end, transfer): hang the call up.
    virtual void hangup(const QString &sipCallId) = 0;
    // Click to dial (callbacks, history).
    virtual void dial(const QString &number) = 0;

signals:
    void registrationChanged(bool registered, const QString &error);
    // The far end or the phone hung up; DeskCore ends the matching interaction.
    void callEnded(const QString &sipCallId);
};

} // namespace relais::app

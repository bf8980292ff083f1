#pragma once
// What the libre side reports. Called on the libre thread; implementations copy the values
// and hand them over (the façade posts queued calls to the Qt thread), never block.
#include "relais/softphone/CallInfo.h"
#include "relais/softphone/CallQuality.h"
#include "relais/softphone/RegistrationState.h"

namespace relais::softphone {

class EngineListener
{
public:
    virtual ~EngineListener() = default;
    virtual void registrationChanged(const RegistrationStatus &status) = 0;
    virtual void incomingCall(const CallInfo &call) = 0;
    virtual void callUpdated(const CallInfo &call) = 0;
    virtual void callClosed(const CallInfo &call, CallEndReason reason, int sipStatus,
                            const QString &text) = 0;
    virtual void dtmfReceived(const QString &callId, QChar digit) = 0;
    virtual void transferRequested(const QString &callId, const QString &target,
                                   const QString &newCallId) = 0;
    virtual void transferResult(const QString &callId, bool ok, int sipStatus,
                                const QString &text) = 0;
    virtual void callQuality(const QString &callId, const CallQuality &quality) = 0;
    virtual void recordingChanged(const QString &callId, bool recording, const QString &error) = 0;
    virtual void callError(const QString &callId, const QString &error) = 0;
};

} // namespace relais::softphone

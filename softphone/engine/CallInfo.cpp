#include "relais/softphone/CallInfo.h"

namespace relais::softphone {

QString callStateName(CallState state)
{
    switch (state) {
    case CallState::Dialing:
        return QStringLiteral("dialing");
    case CallState::Ringing:
        return QStringLiteral("ringing");
    case CallState::EarlyMedia:
        return QStringLiteral("early_media");
    case CallState::Established:
        return QStringLiteral("established");
    case CallState::Closed:
        return QStringLiteral("closed");
    }
    return QString();
}

QString callEndReasonName(CallEndReason reason)
{
    switch (reason) {
    case CallEndReason::LocalHangup:
        return QStringLiteral("local_hangup");
    case CallEndReason::RemoteHangup:
        return QStringLiteral("remote_hangup");
    case CallEndReason::Declined:
        return QStringLiteral("declined");
    case CallEndReason::Rejected:
        return QStringLiteral("rejected");
    case CallEndReason::Cancelled:
        return QStringLiteral("cancelled");
    case CallEndReason::Replaced:
        return QStringLiteral("replaced");
    case CallEndReason::Transferred:
        return QStringLiteral("transferred");
    case CallEndReason::Failed:
        return QStringLiteral("failed");
    case CallEndReason::Shutdown:
        return QStringLiteral("shutdown");
    }
    return QString();
}

QString CallInfo::interactionId() const
{
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        if (it.key().compare(QLatin1String("X-Relais-Interaction"), Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QString();
}

} // namespace relais::softphone

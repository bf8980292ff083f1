#pragma once
// Whether an SDP offer from the far end puts us on hold: its audio stream (or the session,
// when the stream says nothing) is sendonly or inactive, or its connection address is
// 0.0.0.0 (RFC 2543 style). Read from the SDP text itself, so it does not depend on how the
// media layer reports directions (libre stores them from our side: sendonly as recvonly).
#include <QByteArray>

namespace relais::softphone {

class SdpHold
{
public:
    static bool isHoldOffer(const QByteArray &sdp);
};

} // namespace relais::softphone

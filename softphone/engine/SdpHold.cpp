#include "SdpHold.h"

#include <QList>

namespace relais::softphone {

bool SdpHold::isHoldOffer(const QByteArray &sdp)
{
    enum class Direction { Unset, Hold, Active };
    Direction session = Direction::Unset;
    Direction audio = Direction::Unset;
    bool inAudio = false;
    bool seenAudio = false;
    bool nullAddress = false;
    const QList<QByteArray> lines = sdp.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.startsWith("m=")) {
            inAudio = line.startsWith("m=audio") && !seenAudio;
            seenAudio |= inAudio;
            continue;
        }
        if (!inAudio && seenAudio)
            continue; // a later stream (video...) does not decide
        Direction direction = Direction::Unset;
        if (line == "a=sendonly" || line == "a=inactive")
            direction = Direction::Hold;
        else if (line == "a=sendrecv" || line == "a=recvonly")
            direction = Direction::Active;
        else if (line.startsWith("c=") && line.endsWith(" 0.0.0.0"))
            nullAddress = true;
        if (direction != Direction::Unset)
            (inAudio ? audio : session) = direction;
    }
    const Direction effective = audio != Direction::Unset ? audio : session;
    return effective == Direction::Hold || nullAddress;
}

} // namespace relais::softphone

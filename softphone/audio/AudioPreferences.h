#pragma once
// Which sound devices the agent chose (ids from QAudioDevice::id(), as AudioDeviceModel shows
// them). An empty id means the system's default device.
#include <QByteArray>

namespace relais::softphone {

struct AudioPreferences
{
    QByteArray inputId;    // headset microphone
    QByteArray outputId;   // headset earpiece
    QByteArray ringerId;   // where incoming calls ring (often the loudspeaker)
    bool disabled = false; // use no sound device at all (the null device)
    int bufferMs = 60;     // playback buffer: latency against robustness (60 ms at least)
};

} // namespace relais::softphone

#pragma once
// Picks the engine's audio device: the headset through Qt Multimedia when the machine has
// sound devices, otherwise the null device together with the reason (a headless server, a
// desk with no sound card), so the engine can still place and take calls.
#include "AudioPreferences.h"
#include "relais/softphone/AudioDevice.h"

#include <QString>
#include <memory>

namespace relais::softphone {

struct AudioDeviceChoice
{
    std::unique_ptr<AudioDevice> device;
    // Why the null device was chosen; empty when `device` is the real one.
    QString fallbackReason;
    [[nodiscard]] bool isNull() const { return !fallbackReason.isEmpty(); }
};

AudioDeviceChoice createAudioDevice(const AudioPreferences &preferences);

} // namespace relais::softphone

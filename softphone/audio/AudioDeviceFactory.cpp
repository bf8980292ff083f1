#include "AudioDeviceFactory.h"

#include "NullAudioDevice.h"
#include "QtAudioDevice.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QMediaDevices>

namespace relais::softphone {

AudioDeviceChoice createAudioDevice(const AudioPreferences &preferences)
{
    QString reason;
    if (preferences.disabled)
        reason = QCoreApplication::translate("AudioDeviceFactory", "Sound is turned off in the "
                                                                   "settings.");
    else if (QMediaDevices::audioOutputs().isEmpty())
        reason = QCoreApplication::translate(
            "AudioDeviceFactory",
            "No audio output device was found (no sound card, or no sound server running).");
    else if (QMediaDevices::audioInputs().isEmpty())
        reason = QCoreApplication::translate("AudioDeviceFactory", "No microphone was found.");
    AudioDeviceChoice choice;
    if (reason.isEmpty()) {
        choice.device = std::make_unique<QtAudioDevice>(preferences);
    } else {
        choice.device = std::make_unique<NullAudioDevice>(reason);
        choice.fallbackReason = reason;
    }
    return choice;
}

} // namespace relais::softphone

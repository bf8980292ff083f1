#pragma once
// The two ends of a voice GUI test against a real relais-dispatch: the agent's desk (the real
// AgentWindow at 1024×768 over a DeskCore with the given phone, logged in, phone registered,
// ready) and a caller on the trunk (the softphone engine with a file "device" that says a tone
// and records what it hears). Compiled into each GUI voice test.
#include "FileAudioDevice.h"

#include "agent/AgentWindow.h"
#include "common/LanguageManager.h"
#include "common/Theme.h"

#include <relais/app/DeskCore.h>
#include <relais/app/PhoneControl.h>
#include <relais/softphone/Softphone.h>

#include <QString>
#include <memory>

class VoiceDesk
{
public:
    explicit VoiceDesk(relais::app::PhoneControl *phone);
    // Logs `user` in on `ctiUrl`, shows the window, waits for the phone's registration and
    // (unless told not to) sets the agent ready; false with the reason otherwise.
    bool start(const QString &ctiUrl, const QString &user, QString *error, bool ready = true);

    relais::app::DeskCore core;
    relais::ui::Theme theme;
    relais::ui::LanguageManager language;
    relais::ui::DeskContext context{&core, &theme, &language, nullptr};
    std::unique_ptr<relais::ui::AgentWindow> window;

private:
    relais::app::PhoneControl *m_phone;
};

class TrunkCaller
{
public:
    // Says `toneHz`; what it hears is written to `hearsPath` (empty: nothing written).
    TrunkCaller(double toneHz, const QString &hearsPath);
    ~TrunkCaller();
    // Calls `number` at relais-dispatch's SIP port from +22997000001; the engine's call id.
    QString dial(const QString &number, quint16 sipPort, QString *error);
    void stop(); // hangs up what is up and closes the file

    relais::softphone::Softphone phone;
    relais::softphone::FileAudioDevice device;
};

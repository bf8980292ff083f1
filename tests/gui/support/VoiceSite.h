#pragma once
// The server side of a voice GUI test: relais-dispatch on the demo site with a fresh database
// `name` in `dir`, its calls recorded under dir/recordings-<name> and, with a gateway port, its
// outbound calls sent to 127.0.0.1:<port> (an OutsideParty). And the desk phone's options on a
// file "headset". Compiled into each GUI voice test, with VoiceDesk.
#include "EnginePhone.h"
#include "FileAudioDevice.h"

#include <relais/softphone/Softphone.h>

#include <QObject>
#include <QString>
#include <QStringList>

class QTemporaryDir;
class ServerProcess;

bool startVoiceSite(ServerProcess &server, QTemporaryDir &dir, const QString &name,
                    quint16 outboundGatewayPort, QString *error);

// The desk's EnginePhone on loopback, its audio on `headset` instead of sound devices.
relais::app::EnginePhone::Options headsetPhoneOptions(relais::softphone::FileAudioDevice *headset);

// Someone outside, behind the operator's gateway: answers every call (or turns it down with
// `rejectStatus` when set), saying `toneHz`.
class OutsideParty : public QObject
{
public:
    bool start(double toneHz);
    quint16 port() const;

    relais::softphone::FileAudioDevice device;
    relais::softphone::Softphone phone;
    QStringList calls;    // ids of the calls that came, answered or not
    int rejectStatus = 0; // e.g. 486: the next calls are turned down
};

// Another agent's phone (not a desk): registered as `user` (password "demo") at the site's
// registrar, saying `toneHz`, answering every call that comes.
class ColleaguePhone : public QObject
{
public:
    // Waits for the registration; false with the reason otherwise.
    bool start(const QString &user, quint16 sipPort, double toneHz, QString *error);

    relais::softphone::FileAudioDevice device;
    relais::softphone::Softphone phone;
    QStringList calls; // ids of the calls that came, all answered
};

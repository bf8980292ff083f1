#pragma once
// relais-phone's command line (see softphone/phone/main.cpp for the contract).
#include "relais/softphone/SipTransport.h"

#include <QString>
#include <QStringList>

namespace relais::phone {

struct PhoneOptions
{
    QString listenHost;     // empty: the default route's address
    quint16 listenPort = 0; // 0: any free port (printed in the "listening" event)
    QString registrar;
    QString user;
    QString password;
    softphone::SipTransport transport = softphone::SipTransport::Udp;
    QString dial;
    bool autoAnswer = false;
    double toneHz = 0.0;
    QString playFile;
    QString recordFile;
    QList<QString> codecs; // --codecs: audio codecs in preference order; empty: the engine's
    QString dtmf;
    double hangupAfterSeconds = 0.0;
    int exitAfterCalls = 0;
    bool exitAfterRegister = false;

    // Parses the arguments (argv[0] first). False with a message for the user on error;
    // `helpShown` when --help/--version was handled.
    static bool parse(const QStringList &arguments, PhoneOptions *options, QString *error,
                      bool *helpShown);
};

} // namespace relais::phone

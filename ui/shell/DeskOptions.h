#pragma once

#include <QString>
#include <QStringList>

namespace relais::ui {

// relais-desk's command line and environment:
//   relais-desk [--server URL[,URL...]] [--user NAME] [--lang fr|en] [--wallboard]
//               [--screenshot DIR]
// and RELAIS_PASSWORD (then no login form, for kiosks and scripted starts).
struct DeskOptions
{
    QString servers;
    QString user;
    QString language; // empty: the remembered one
    bool wallboard = false;
    QString screenshotDir; // --screenshot DIR: grab the face(s) into DIR as PNG, then quit
    QString password;      // from RELAIS_PASSWORD only, never from the command line
    QString error;         // set when the command line is wrong

    // Parses the arguments (argv[0] first); --help and --version print and exit.
    static DeskOptions parse(const QStringList &arguments);
};

} // namespace relais::ui

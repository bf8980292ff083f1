#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace relais::server {

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
    QString text() const;
};

struct Options
{
    QString configFile;
    bool demo = false;
    QString db = QStringLiteral("sqlite:relais.db");
    Endpoint cti{QHostAddress::LocalHost, 8433};
    Endpoint http{QHostAddress::LocalHost, 8480};
    Endpoint sip{QHostAddress::LocalHost, 5060};
    bool voice = false; // --listen-sip given: the SIP side (registrar, trunk) runs
    QString tlsCert;
    QString tlsKey;
};

// "HOST:PORT", "[v6]:PORT" or ":PORT"; port 0 lets the system choose (tests).
std::optional<Endpoint> parseEndpoint(const QString &text, QString *error);

// Parses the command line. On --help/--version prints and sets *exitCode = 0; on a bad flag
// prints what is wrong and sets *exitCode = 2. Returns nullopt in both cases.
std::optional<Options> parseCommandLine(const QStringList &arguments, int *exitCode);

} // namespace relais::server

#include "server/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

namespace relais::server {

QString Endpoint::text() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

std::optional<Endpoint> parseEndpoint(const QString &text, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:\[([0-9a-fA-F:.]+)\]|([^:\[\]]*)):(\d{1,5})$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("'%1' is not HOST:PORT").arg(text);
        return std::nullopt;
    }
    const uint port = m.captured(3).toUInt();
    if (port > 65535) {
        *error = QStringLiteral("port %1 is out of range").arg(port);
        return std::nullopt;
    }
    QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    Endpoint e;
    e.port = quint16(port);
    if (host.isEmpty() || host == QLatin1String("*"))
        e.address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        e.address = QHostAddress::LocalHost;
    else if (!e.address.setAddress(host)) {
        *error = QStringLiteral("'%1' is not an IP address").arg(host);
        return std::nullopt;
    }
    return e;
}

std::optional<Options> parseCommandLine(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "relais-dispatch: the Relais dispatch server (queues, routing, CTI WebSocket on /cti, "
        "channel HTTP API).\n"
        "Without --config, --demo runs the built-in demo site; the database is seeded once."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption config({"c", "config"}, "Configuration file (TOML).", "FILE");
    const QCommandLineOption demo("demo",
                                  "Seed the demo site (users, queues, 200 customers) once.");
    const QCommandLineOption db("db",
                                "Database: sqlite:PATH (default sqlite:relais.db) or "
                                "postgresql://USER:PW@HOST:PORT/DB.",
                                "URL", "sqlite:relais.db");
    const QCommandLineOption cti("listen-cti", "CTI WebSocket address (default 127.0.0.1:8433).",
                                 "HOST:PORT", "127.0.0.1:8433");
    const QCommandLineOption http("listen-http",
                                  "Channel HTTP API address (default 127.0.0.1:8480).", "HOST:PORT",
                                  "127.0.0.1:8480");
    const QCommandLineOption sip(
        "listen-sip",
        "Run the voice side (agents' registrar, SIP trunk) on this address; "
        "without it, no SIP.",
        "HOST:PORT", "127.0.0.1:5060");
    const QCommandLineOption cert("tls-cert", "PEM certificate: the CTI endpoint becomes wss://.",
                                  "FILE");
    const QCommandLineOption key("tls-key", "PEM private key for --tls-cert.", "FILE");
    p.addOptions({config, demo, db, cti, http, sip, cert, key});

    auto fail = [&](const QString &what) {
        std::fprintf(stderr, "relais-dispatch: %s\nTry 'relais-dispatch --help'.\n",
                     qPrintable(what));
        *exitCode = 2;
        return std::nullopt;
    };
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("relais-dispatch %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

    Options o;
    o.configFile = p.value(config);
    o.demo = p.isSet(demo);
    o.db = p.value(db);
    if (!o.db.startsWith(QLatin1String("sqlite:")) &&
        !o.db.startsWith(QLatin1String("postgresql://")))
        return fail(
            QStringLiteral("--db must be sqlite:PATH or postgresql://USER:PW@HOST:PORT/DB"));
    QString error;
    const std::pair<const QCommandLineOption *, Endpoint *> endpoints[] = {
        {&cti, &o.cti}, {&http, &o.http}, {&sip, &o.sip}};
    for (const auto &[opt, target] : endpoints) {
        std::optional<Endpoint> e = parseEndpoint(p.value(*opt), &error);
        if (!e)
            return fail(QStringLiteral("--%1: %2").arg(opt->names().constFirst(), error));
        *target = *e;
    }
    o.voice = p.isSet(sip);
    o.tlsCert = p.value(cert);
    o.tlsKey = p.value(key);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (o.configFile.isEmpty() && !o.demo)
        return fail(
            QStringLiteral("no configuration: give --config FILE, or --demo for the demo site"));
    return o;
}

} // namespace relais::server

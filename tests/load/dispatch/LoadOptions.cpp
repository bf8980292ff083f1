#include "LoadOptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <cstdio>

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<LoadOptions> bad(const QString &what, int *exitCode)
{
    std::fprintf(stderr, "relais-load: %s\n", qPrintable(what));
    *exitCode = 2;
    return std::nullopt;
}

} // namespace

std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, int *exitCode)
{
    LoadOptions o;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Load generator for relais-dispatch: N agents over the CTI WebSocket, interactions "
        "posted through the channel HTTP API at a fixed rate, optional supervisors."));
    p.addHelpOption();
    const auto opt = [&](const char *name, const char *help, const char *value) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QString::fromLatin1(value));
        p.addOption(o);
        return o;
    };
    const auto cti = opt("cti", "CTI WebSocket URL (loopback only).", "url");
    const auto http = opt("http", "Channel API base URL (loopback only).", "url");
    const auto agents = opt("agents", "Agents to log in (default 100).", "n");
    const auto prefix = opt("user-prefix", "Agent usernames are PREFIX1..PREFIXn.", "prefix");
    const auto password = opt("password", "Password of every load user.", "password");
    const auto rate = opt("rate", "Interactions created per second (default 10).", "r");
    const auto duration = opt("duration", "Seconds of posting (default 30).", "s");
    const auto sups = opt("supervisors", "Supervisor connections (default 0).", "k");
    const auto supPrefix =
        opt("supervisor-prefix", "Supervisor usernames are PREFIX1..PREFIXk (default loadsup).",
            "prefix");
    const auto channel = opt("channel", "Channel of the interactions (default chat).", "channel");
    const auto queues = opt("queues",
                            "Comma-separated queues, used in turn (default: none, "
                            "the channel's default queue).",
                            "list");
    const auto token =
        opt("token", "Connector bearer token (default demo-connector-token).", "token");
    const auto pid = opt("server-pid", "Read the server's RSS and CPU from /proc/PID.", "pid");
    const auto window = opt("login-window", "Logins in flight at once (default 16).", "n");
    const auto handle =
        opt("handle-ms", "Handle time range accept→end, MIN-MAX ms (default 300-3000).", "range");
    const auto customers = opt("customers", "Distinct callers (default 2000).", "n");
    const auto drain =
        opt("drain", "Seconds to wait for open work after posting (default 15).", "s");
    const auto connectTimeout =
        opt("connect-timeout", "Give up logging in after this many seconds (default 600).", "s");
    const auto breaks =
        opt("breaks",
            "While posting, this many breaks a second across the agents: an agent with nothing "
            "in hand goes not_ready (break) for 0.5-1.5 s, then ready (default 0).",
            "r");
    p.process(arguments); // exits on --help and on unknown options

    if (!p.isSet(cti) || !p.isSet(http) || !p.isSet(password))
        return bad(QStringLiteral("--cti, --http and --password are required"), exitCode);
    o.cti = QUrl(p.value(cti));
    o.http = QUrl(p.value(http));
    if (!o.cti.isValid() || (o.cti.scheme() != QLatin1String("ws")))
        return bad(QStringLiteral("--cti must be a ws:// URL"), exitCode);
    if (!o.http.isValid() || o.http.scheme() != QLatin1String("http"))
        return bad(QStringLiteral("--http must be an http:// URL"), exitCode);
    if (!isLoopback(o.cti) || !isLoopback(o.http))
        return bad(QStringLiteral("only loopback addresses (127.0.0.0/8, ::1, localhost)"),
                   exitCode);
    o.password = p.value(password);

    bool ok = true;
    const auto number = [&](const QCommandLineOption &c, auto fallback, auto min, auto max) {
        if (!p.isSet(c))
            return fallback;
        bool good = false;
        const double v = p.value(c).toDouble(&good);
        if (!good || v < double(min) || v > double(max)) {
            std::fprintf(stderr, "relais-load: --%s must be a number in [%g, %g]\n",
                         qPrintable(c.names().first()), double(min), double(max));
            ok = false;
            return fallback;
        }
        return decltype(fallback)(v);
    };
    o.agents = number(agents, o.agents, 1, 100000);
    o.rate = number(rate, o.rate, 0.0, 10000.0);
    o.duration = number(duration, o.duration, 0.0, 86400.0);
    o.supervisors = number(sups, o.supervisors, 0, 1000);
    o.serverPid = number(pid, o.serverPid, 1, 1e9);
    o.loginWindow = number(window, o.loginWindow, 1, 10000);
    o.customers = number(customers, o.customers, 1, 1000000);
    o.drainSeconds = number(drain, o.drainSeconds, 0.0, 3600.0);
    o.connectTimeout = number(connectTimeout, o.connectTimeout, 1.0, 86400.0);
    o.breaksPerSecond = number(breaks, o.breaksPerSecond, 0.0, 100000.0);
    if (!ok) {
        *exitCode = 2;
        return std::nullopt;
    }
    if (p.isSet(prefix))
        o.userPrefix = p.value(prefix);
    if (p.isSet(supPrefix))
        o.supervisorPrefix = p.value(supPrefix);
    if (p.isSet(channel))
        o.channel = p.value(channel);
    if (p.isSet(queues))
        o.queues = p.value(queues).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(token))
        o.token = p.value(token);
    if (p.isSet(handle)) {
        const QStringList parts = p.value(handle).split(QLatin1Char('-'));
        bool a = false, b = false;
        if (parts.size() == 2) {
            o.handleMinMs = parts[0].toInt(&a);
            o.handleMaxMs = parts[1].toInt(&b);
        }
        if (!a || !b || o.handleMinMs < 0 || o.handleMaxMs < o.handleMinMs)
            return bad(QStringLiteral("--handle-ms must be MIN-MAX (ms, MIN <= MAX)"), exitCode);
    }
    return o;
}

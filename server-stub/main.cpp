// relais-dispatch: the dispatch server. Wires configuration, storage, the core, the CTI
// WebSocket and the channel HTTP API together; everything else lives in its room.
#include "channels/ChannelApi.h"
#include "channels/WebhookPusher.h"
#include "config/ConfigLoader.h"
#include "config/DemoData.h"
#include "cti/CtiServer.h"
#include "server/Clock.h"
#include "server/CommandLine.h"
#include "server/DispatchCore.h"
#include "server/SignalWatcher.h"
#include "store/Database.h"
#include "voice/VoiceService.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <cstdio>

using namespace relais;

namespace {

int fail(const QString &what, int code = 1)
{
    std::fprintf(stderr, "relais-dispatch: %s\n", qPrintable(what));
    return code;
}

std::optional<QSslConfiguration> loadTls(const server::Options &o, QString *error)
{
    if (o.tlsCert.isEmpty())
        return std::nullopt;
    QFile certFile(o.tlsCert), keyFile(o.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 or %2").arg(o.tlsCert, o.tlsKey);
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error =
            QStringLiteral("%1 / %2 are not a PEM certificate and key").arg(o.tlsCert, o.tlsKey);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    return tls;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-dispatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));

    int exitCode = 0;
    const std::optional<server::Options> options =
        server::parseCommandLine(app.arguments(), &exitCode);
    if (!options)
        return exitCode;

    QString error;
    std::optional<config::Config> cfg = options->configFile.isEmpty()
                                            ? std::optional<config::Config>(config::demoConfig())
                                            : config::loadConfigFile(options->configFile, &error);
    if (!cfg)
        return fail(error, 2);
    std::optional<QSslConfiguration> tls = loadTls(*options, &error);
    if (!error.isEmpty())
        return fail(error, 2);

    std::unique_ptr<store::Database> db = store::Database::open(options->db, &error);
    if (!db)
        return fail(QStringLiteral("database %1: %2").arg(options->db, error));
    db->setDefaultCountryCode(cfg->defaultCountryCode);
    if (options->demo && !config::seedDemoData(*db, *cfg, server::nowMs(), &error))
        return fail(QStringLiteral("seeding the demo data: %1").arg(error));

    server::DispatchCore core(*cfg, std::move(db));
    core.setSipRegistrar(QStringLiteral("sip:%1").arg(options->sip.text()));
    if (!core.start(&error))
        return fail(error);

    cti::CtiServer ctiServer(core);
    if (!ctiServer.listen(options->cti.address, options->cti.port, tls, &error))
        return fail(QStringLiteral("CTI on %1: %2").arg(options->cti.text(), error));

    channels::ChannelApi channelApi(core);
    if (!channelApi.listen(options->http.address, options->http.port, &error))
        return fail(QStringLiteral("HTTP on %1: %2").arg(options->http.text(), error));

    channels::WebhookPusher webhooks;
    for (const config::ConnectorDef &c : cfg->connectors)
        webhooks.setWebhook(c.name, QUrl(c.webhookUrl));
    QObject::connect(&core, &server::DispatchCore::agentMessageForConnector, &webhooks,
                     &channels::WebhookPusher::push);

    std::unique_ptr<voice::VoiceService> voiceService;
    if (options->voice) {
        voiceService = std::make_unique<voice::VoiceService>(*cfg, options->demo);
        voiceService->setCore(&core);
        if (!voiceService->start(options->sip.address, options->sip.port, &error))
            return fail(QStringLiteral("SIP on %1: %2").arg(options->sip.text(), error));
        server::Endpoint sipAt = options->sip;
        sipAt.port = voiceService->port();
        core.setSipRegistrar(QStringLiteral("sip:%1").arg(sipAt.text()));
    }
    server::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &server::SignalWatcher::terminationRequested, &app,
                     [&](int sig) {
                         std::fprintf(stderr, "relais-dispatch: signal %d, shutting down\n", sig);
                         ctiServer.closeAll();
                         app.quit();
                     });

    const QString ctiHost = options->cti.address.toString();
    std::printf("relais-dispatch: listening cti=%s://%s:%u/cti http=http://%s:%u db=%s\n",
                tls ? "wss" : "ws", qPrintable(ctiHost), ctiServer.port(),
                qPrintable(options->http.address.toString()), channelApi.port(),
                qPrintable(options->db.section(QLatin1Char('@'), -1)));
    if (voiceService)
        std::printf("READY {\"cti\":%u,\"http\":%u,\"sip\":%u}\n", ctiServer.port(),
                    channelApi.port(), voiceService->port());
    else
        std::printf("READY {\"cti\":%u,\"http\":%u}\n", ctiServer.port(), channelApi.port());
    std::fflush(stdout);
    return app.exec();
}

#include "VoiceSite.h"

#include "ServerProcess.h"
#include "TestEnv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

bool startVoiceSite(ServerProcess &server, QTemporaryDir &dir, const QString &name,
                    quint16 outboundGatewayPort, QString *error)
{
    const QString db = TestEnv::freshDatabase(name, dir, error);
    if (db.isEmpty())
        return false;
    QString site = QStringLiteral("trunk_gateways = [\"192.0.2.10\"]\nrecordings_dir = \"%1\"")
                       .arg(dir.filePath(QStringLiteral("recordings-") + name));
    if (outboundGatewayPort)
        site += QStringLiteral("\noutbound_gateway = \"127.0.0.1:%1\"").arg(outboundGatewayPort);
    const QString config = TestEnv::demoConfigWith(dir, {{R"(^trunk_gateways = .*$)", site}});
    if (config.isEmpty()) {
        *error = QStringLiteral("cannot write the site's configuration");
        return false;
    }
    if (!server.start(db, {"--config", config})) {
        *error = server.output();
        return false;
    }
    return true;
}

app::EnginePhone::Options headsetPhoneOptions(softphone::FileAudioDevice *headset)
{
    app::EnginePhone::Options options;
    options.listenAddress = QStringLiteral("127.0.0.1");
    options.useSoundDevices = false;
    options.device = headset;
    return options;
}

bool OutsideParty::start(double toneHz)
{
    device.setSourceTone(toneHz);
    softphone::SoftphoneConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.contactUser = QStringLiteral("customer");
    if (!phone.start(config))
        return false;
    phone.setAudioDevice(&device);
    connect(&phone, &softphone::Softphone::incomingCall, this,
            [this](const softphone::CallInfo &call) {
                calls << call.id;
                if (rejectStatus)
                    phone.reject(call.id, rejectStatus);
                else
                    phone.answer(call.id);
            });
    return true;
}

quint16 OutsideParty::port() const
{
    return phone.localPort(softphone::SipTransport::Udp);
}

bool ColleaguePhone::start(const QString &user, quint16 sipPort, double toneHz, QString *error)
{
    device.setSourceTone(toneHz);
    softphone::SoftphoneConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.contactUser = user;
    if (!phone.start(config)) {
        *error = QStringLiteral("%1's phone did not start").arg(user);
        return false;
    }
    phone.setAudioDevice(&device);
    connect(&phone, &softphone::Softphone::incomingCall, this,
            [this](const softphone::CallInfo &call) {
                calls << call.id;
                phone.answer(call.id);
            });
    QSignalSpy registered(&phone, &softphone::Softphone::registrationChanged);
    softphone::AccountConfig account;
    account.id = user;
    account.aor = QStringLiteral("sip:%1@relais.local").arg(user);
    account.registrar = QStringLiteral("sip:127.0.0.1:%1").arg(sipPort);
    account.password = QStringLiteral("demo");
    account.keepAliveSeconds = 0;
    if (!phone.addAccount(account)) {
        *error = QStringLiteral("%1's account was refused").arg(user);
        return false;
    }
    const bool ok = QTest::qWaitFor(
        [&] {
            return !registered.isEmpty() &&
                   registered.last().at(0).value<softphone::RegistrationStatus>().state ==
                       softphone::RegistrationState::Registered;
        },
        20000);
    if (!ok)
        *error = QStringLiteral("%1's phone did not register").arg(user);
    return ok;
}

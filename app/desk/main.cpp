// relais-desk: the téléconseiller's desktop. Wires appcore (DeskCore), the softphone seam and
// the widgets (DeskShell); everything else lives in app/ and ui/.
#include <relais/app/DeskCore.h>

#include "EnginePhone.h"
#include "HeadsetPlayback.h"

#include "shell/DeskOptions.h"
#include "shell/DeskShell.h"

#include <QApplication>
#include <QTextStream>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relais"));
    QApplication::setOrganizationDomain(QStringLiteral("relais.local"));
    QApplication::setApplicationName(QStringLiteral("relais-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relais"));
    QApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("relais-desk"));

    const relais::ui::DeskOptions options = relais::ui::DeskOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        QTextStream(stderr) << "relais-desk: " << options.error << '\n';
        return 2;
    }

    relais::app::DeskCore core;
    // The embedded softphone (a wallboard has none). The engine starts when an agent's login
    // brings SIP credentials; without a sound card it runs on the null device.
    std::unique_ptr<relais::app::EnginePhone> phone;
    // Recordings (callback requests, calls) play on the headset chosen for the phone.
    std::unique_ptr<relais::app::HeadsetPlayback> playback;
    if (!options.wallboard) {
        phone = std::make_unique<relais::app::EnginePhone>(relais::app::EnginePhone::Options{});
        core.setPhone(phone.get());
        playback = std::make_unique<relais::app::HeadsetPlayback>(phone.get());
        core.setAudioPlayback(playback.get());
    }
    relais::ui::DeskShell shell(&core, options);
    QObject::connect(&shell, &relais::ui::DeskShell::quitRequested, &app, &QApplication::quit);
    shell.start();
    return app.exec();
}

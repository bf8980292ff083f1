// relais-desk: the téléconseiller's desktop. Wires appcore (DeskCore), the softphone seam and
// the widgets (DeskShell); everything else lives in app/ and ui/.
#include <relais/app/DeskCore.h>

#include "shell/DeskOptions.h"
#include "shell/DeskShell.h"

#include <QApplication>
#include <QTextStream>

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
    // The softphone engine joins here through a PhoneControl once relais_softphone has a
    // façade for it; until then the phone panel says that no phone is available.
    relais::ui::DeskShell shell(&core, options);
    QObject::connect(&shell, &relais::ui::DeskShell::quitRequested, &app, &QApplication::quit);
    shell.start();
    return app.exec();
}

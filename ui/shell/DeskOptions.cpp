#include "shell/DeskOptions.h"

#include "common/LanguageManager.h"

#include <relais/app/CtiClient.h>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace relais::ui {

DeskOptions DeskOptions::parse(const QStringList &arguments)
{
    DeskOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("DeskOptions", "Relais contact centre desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("DeskOptions",
                                    "Dispatch servers to try in order, separated by commas."),
        QStringLiteral("URL[,URL...]"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("DeskOptions", "User name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("DeskOptions", "Language of the desk: fr or en."),
        QStringLiteral("fr|en"));
    const QCommandLineOption wallboard(
        QStringLiteral("wallboard"),
        QCoreApplication::translate("DeskOptions", "Start the wallboard face."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "DeskOptions", "Save pictures of the face into DIR once it is filled, then quit."),
        QStringLiteral("DIR"));
    parser.addOptions({server, user, lang, wallboard, screenshot});
    if (!parser.parse(arguments)) {
        o.error = parser.errorText();
        return o;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    if (!parser.positionalArguments().isEmpty()) {
        o.error = QCoreApplication::translate("DeskOptions", "Unexpected argument: %1")
                      .arg(parser.positionalArguments().constFirst());
        return o;
    }
    o.servers = parser.value(server).trimmed();
    if (parser.isSet(server) && o.servers.isEmpty()) {
        o.error = QCoreApplication::translate("DeskOptions", "--server needs at least one address");
        return o;
    }
    // Each address on its own, so that a typo is named instead of silently skipped.
    for (const QString &item : o.servers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (app::CtiClient::parseServerList(item).isEmpty()) {
            o.error = QCoreApplication::translate(
                          "DeskOptions",
                          "--server: \"%1\" is not a server address (ws://host:port or wss://…)")
                          .arg(item.trimmed());
            return o;
        }
    }
    o.user = parser.value(user).trimmed();
    o.language = parser.value(lang).trimmed().toLower();
    if (!o.language.isEmpty() && !LanguageManager::available().contains(o.language)) {
        o.error = QCoreApplication::translate("DeskOptions", "--lang must be fr or en");
        return o;
    }
    o.wallboard = parser.isSet(wallboard);
    o.screenshotDir = parser.value(screenshot);
    o.password = qEnvironmentVariable("RELAIS_PASSWORD");
    return o;
}

} // namespace relais::ui

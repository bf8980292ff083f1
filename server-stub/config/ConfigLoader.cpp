#include "config/ConfigLoader.h"

#include "config/ConfigParser.h"
#include "config/TomlReader.h"

#include <QFile>

namespace relais::config {

std::optional<Config> loadConfigFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    return parseConfig(QString::fromUtf8(bytes), path, error);
}

std::optional<Config> parseConfig(const QString &text, const QString &sourceName, QString *error)
{
    TomlReader reader(sourceName);
    const std::string utf8 = text.toStdString();
    const std::string source = sourceName.toStdString();
    toml::table root;
    try {
        root = toml::parse(utf8, source);
    } catch (const toml::parse_error &e) {
        reader.fail(e.source(),
                    QStringLiteral("TOML syntax: %1").arg(TomlReader::qstr(e.description())));
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    ConfigParser parser(reader);
    std::optional<Config> config = parser.parse(root);
    if (!config && error)
        *error = reader.error();
    return config;
}

Config demoConfig()
{
    QString error;
    std::optional<Config> config = loadConfigFile(QStringLiteral(":/relais/demo.toml"), &error);
    if (!config)
        qFatal("the embedded demo configuration is invalid: %s", qPrintable(error));
    return *config;
}

} // namespace relais::config

#pragma once

#include "config/Config.h"
#include "config/TomlReader.h"

#include <optional>

namespace relais::config {

// Turns a parsed TOML document into a validated Config. Section by section; stops at the first
// error, which the TomlReader holds (with file, line and column).
class ConfigParser
{
public:
    explicit ConfigParser(TomlReader &reader) : r(reader) {}
    std::optional<Config> parse(const toml::table &root);

private:
    bool parseSite(const toml::table &root);
    bool parseSecurity(const toml::table &root);
    bool parseSkills(const toml::table &root);
    bool parseDesk(const toml::table &root);
    bool parseLabelled(const toml::table &desk, std::string_view key, QStringList *ids,
                       QHash<QString, QString> *labels);
    bool parseQueues(const toml::table &root);
    bool parseQueue(const toml::table &t, routing::QueueConfig *q);
    bool parseDefaults(const toml::table &root);
    bool parseUsers(const toml::table &root);
    bool parseUser(const toml::table &t, UserDef *u);
    bool parseConnectors(const toml::table &root);
    bool parseServiceNumbers(const toml::table &root);
    bool parseQueueVoice(const toml::table &t, const routing::QueueConfig &q);
    bool parseQueueThresholds(const toml::table &t, const routing::QueueConfig &q);
    bool parseVoice(const toml::table &root);
    bool parseIvrs(const toml::table &root);
    bool parseIvr(const toml::table &t, IvrDef *ivr);
    bool parseIvrNode(const toml::table &t, IvrNode *node);
    bool parseIvrChoice(const toml::node &item, const QString &digit, IvrChoice *choice);
    bool checkIvrRefs(const toml::table &t, const IvrDef &ivr);
    // A WAV prompt path at t[key] (absent: *out unchanged).
    bool readPrompt(const toml::table &t, std::string_view key, QString *out);
    // The string at t[key] must name a declared queue.
    bool checkQueueRef(const toml::table &t, std::string_view key);
    static bool isIdentifier(const QString &s);

    TomlReader &r;
    Config c;
};

} // namespace relais::config

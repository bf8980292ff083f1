#include "config/ConfigParser.h"

#include "store/PhoneNumber.h"

#include <QRegularExpression>
#include <QSet>

namespace relais::config {

std::optional<Config> ConfigParser::parse(const toml::table &root)
{
    r.checkKeys(root,
                {"skills", "site", "security", "desk", "defaults", "queues", "users", "connectors",
                 "service_numbers", "voice", "ivrs"},
                QStringLiteral("the top level"));
    // Site first: the country code normalises the queues' priority numbers.
    if (!parseSite(root) || !parseSecurity(root) || !parseSkills(root) || !parseDesk(root) ||
        !parseQueues(root) || !parseDefaults(root) || !parseUsers(root) || !parseConnectors(root) ||
        !parseVoice(root) || !parseIvrs(root) || !parseServiceNumbers(root))
        return std::nullopt;
    return c;
}

bool ConfigParser::isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.@-]*$"));
    return re.match(s).hasMatch();
}

bool ConfigParser::parseSite(const toml::table &root)
{
    const toml::table *t = r.readTable(root, "site");
    if (!t)
        return !r.failed();
    r.checkKeys(*t, {"sip_domain", "default_country_code"}, QStringLiteral("[site]"));
    r.readString(*t, "sip_domain", &c.sipDomain);
    r.readString(*t, "default_country_code", &c.defaultCountryCode);
    if (r.failed())
        return false;
    if (c.sipDomain.trimmed().isEmpty())
        return r.fail(*t->get("sip_domain"), QStringLiteral("\"sip_domain\" must not be empty"));
    static const QRegularExpression cc(QStringLiteral("^[1-9][0-9]{0,2}$"));
    if (!cc.match(c.defaultCountryCode).hasMatch())
        return r.fail(*t->get("default_country_code"),
                      QStringLiteral("\"default_country_code\" must be 1 to 3 digits without "
                                     "the +, like \"229\", not \"%1\"")
                          .arg(c.defaultCountryCode));
    return true;
}

bool ConfigParser::parseSecurity(const toml::table &root)
{
    const toml::table *t = r.readTable(root, "security");
    if (!t)
        return !r.failed();
    r.checkKeys(*t,
                {"max_failed_logins", "lockout", "rate_limit_per_second", "rate_limit_burst",
                 "session_expiry"},
                QStringLiteral("[security]"));
    r.readInt(*t, "max_failed_logins", 1, 1000, &c.maxFailedLogins);
    r.readSeconds(*t, "lockout", 0, &c.lockoutMs);
    r.readInt(*t, "rate_limit_per_second", 1, 1000000, &c.rateLimitPerSecond);
    r.readInt(*t, "rate_limit_burst", 1, 1000000, &c.rateLimitBurst);
    r.readSeconds(*t, "session_expiry", 1, &c.sessionExpiryMs);
    return !r.failed();
}

bool ConfigParser::parseSkills(const toml::table &root)
{
    if (!r.readStringList(root, "skills", &c.skills))
        return false;
    const toml::array *a = root.get_as<toml::array>("skills");
    QSet<QString> seen;
    for (qsizetype i = 0; i < c.skills.size(); ++i) {
        const QString &s = c.skills[i];
        if (!isIdentifier(s))
            return r.fail(
                *a->get(size_t(i)),
                QStringLiteral("skill \"%1\" must be a word (letters, digits, _ . -)").arg(s));
        if (seen.contains(s))
            return r.fail(*a->get(size_t(i)),
                          QStringLiteral("skill \"%1\" is declared twice").arg(s));
        seen.insert(s);
    }
    return true;
}

bool ConfigParser::parseDesk(const toml::table &root)
{
    const toml::table *t = r.readTable(root, "desk");
    if (!t)
        return !r.failed();
    r.checkKeys(*t, {"pause_reasons", "wrapup_codes", "canned_responses"},
                QStringLiteral("[desk]"));
    return parseLabelled(*t, "pause_reasons", &c.pauseReasons, &c.pauseReasonLabels) &&
           parseLabelled(*t, "wrapup_codes", &c.wrapupCodes, &c.wrapupCodeLabels) &&
           r.readStringList(*t, "canned_responses", &c.cannedResponses);
}

// Items are "id" (the id is its own label) or { id = "break", label = "Pause café" }.
bool ConfigParser::parseLabelled(const toml::table &desk, std::string_view key, QStringList *ids,
                                 QHash<QString, QString> *labels)
{
    const toml::array *a = r.readArray(desk, key);
    if (!a)
        return !r.failed();
    const QString what = TomlReader::qstr(key);
    for (const toml::node &item : *a) {
        QString id;
        QString label;
        if (item.is_string()) {
            id = label = TomlReader::qstr(item.as_string()->get());
        } else if (item.is_table()) {
            const toml::table &t = *item.as_table();
            const QString ctx = QStringLiteral("an item of \"%1\"").arg(what);
            if (!r.checkKeys(t, {"id", "label"}, ctx) || !r.require(t, "id", ctx) ||
                !r.readString(t, "id", &id) || !r.readString(t, "label", &label))
                return false;
            if (label.isEmpty())
                label = id;
        } else {
            return r.fail(item, QStringLiteral("\"%1\" items must be strings or "
                                               "{ id = \"…\", label = \"…\" }, not %2")
                                    .arg(what, TomlReader::typeName(item)));
        }
        if (!isIdentifier(id))
            return r.fail(item, QStringLiteral("\"%1\": id \"%2\" must be a word (letters, "
                                               "digits, _ . -)")
                                    .arg(what, id));
        if (ids->contains(id))
            return r.fail(item, QStringLiteral("\"%1\": id \"%2\" appears twice").arg(what, id));
        ids->append(id);
        labels->insert(id, label);
    }
    return true;
}

bool ConfigParser::parseQueues(const toml::table &root)
{
    QList<const toml::table *> tables;
    if (!r.readTableArray(root, "queues", &tables))
        return false;
    if (tables.isEmpty())
        return r.fail(toml::source_region{},
                      QStringLiteral("no queue: declare at least one [[queues]]"));
    for (const toml::table *t : tables) {
        routing::QueueConfig q;
        if (!parseQueue(*t, &q))
            return false;
        if (c.queue(q.name))
            return r.fail(*t->get("name"),
                          QStringLiteral("queue \"%1\" is declared twice").arg(q.name));
        c.queues.append(q);
    }
    // Overflow targets may name a queue declared further down.
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const routing::QueueConfig &q = c.queues[i];
        if (q.overflowAction != routing::OverflowAction::Queue)
            continue;
        if (!checkQueueRef(*tables[i], "overflow_target"))
            return false;
        if (q.overflowTarget == q.name)
            return r.fail(*tables[i]->get("overflow_target"),
                          QStringLiteral("queue \"%1\" cannot overflow into itself").arg(q.name));
    }
    return true;
}

bool ConfigParser::parseQueue(const toml::table &t, routing::QueueConfig *q)
{
    const QString ctx = QStringLiteral("[[queues]]");
    r.checkKeys(t,
                {"name", "language", "skills", "priority_numbers", "priority_boost",
                 "service_level_seconds", "offer_timeout", "wrapup_limit", "overflow_delay",
                 "overflow_action", "overflow_target", "welcome_prompt", "music_on_hold",
                 "announcement_prompt", "announcement_interval", "record", "caller_id",
                 "thresholds"},
                ctx);
    r.require(t, "name", ctx);
    r.readString(t, "name", &q->name);
    if (r.failed())
        return false;
    if (!isIdentifier(q->name))
        return r.fail(*t.get("name"), QStringLiteral("queue name \"%1\" must be a word (letters, "
                                                     "digits, _ . -)")
                                          .arg(q->name));
    r.readString(t, "language", &q->language);
    r.readStringList(t, "skills", &q->requiredSkills);
    int boost = q->priorityBoost;
    r.readInt(t, "priority_boost", 0, 1000000, &boost);
    q->priorityBoost = boost;
    r.readSeconds(t, "service_level_seconds", 1, &q->serviceLevelTargetMs);
    r.readSeconds(t, "offer_timeout", 1, &q->offerTimeoutMs);
    r.readSeconds(t, "wrapup_limit", 0, &q->wrapupLimitMs);
    r.readSeconds(t, "overflow_delay", 0, &q->overflowDelayMs);
    QStringList numbers;
    r.readStringList(t, "priority_numbers", &numbers);
    QString action = QStringLiteral("none");
    r.readString(t, "overflow_action", &action);
    r.readString(t, "overflow_target", &q->overflowTarget);
    if (r.failed())
        return false;

    for (qsizetype i = 0; i < q->requiredSkills.size(); ++i) {
        if (!c.skills.contains(q->requiredSkills[i]))
            return r.fail(*t.get_as<toml::array>("skills")->get(size_t(i)),
                          QStringLiteral("queue \"%1\" needs skill \"%2\", which is not declared "
                                         "in the top-level \"skills\"")
                              .arg(q->name, q->requiredSkills[i]));
    }
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QString &raw = numbers[i];
        const QString n = raw.contains(QLatin1Char('@'))
                              ? raw.trimmed().toLower()
                              : store::normalisePhone(raw, c.defaultCountryCode);
        if (n.isEmpty())
            return r.fail(
                *t.get_as<toml::array>("priority_numbers")->get(size_t(i)),
                QStringLiteral("\"%1\" is neither a phone number nor an e-mail address").arg(raw));
        q->priorityNumbers.insert(n);
    }
    if (action == QLatin1String("none"))
        q->overflowAction = routing::OverflowAction::None;
    else if (action == QLatin1String("callback"))
        q->overflowAction = routing::OverflowAction::Callback;
    else if (action == QLatin1String("queue"))
        q->overflowAction = routing::OverflowAction::Queue;
    else
        return r.fail(*t.get("overflow_action"),
                      QStringLiteral("\"overflow_action\" must be \"none\", \"callback\" or "
                                     "\"queue\", not \"%1\"")
                          .arg(action));
    if (q->overflowAction == routing::OverflowAction::Queue)
        r.require(t, "overflow_target", QStringLiteral("a queue with overflow_action = \"queue\""));
    else if (t.contains("overflow_target"))
        return r.fail(*t.get("overflow_target"),
                      QStringLiteral("\"overflow_target\" only applies to overflow_action = "
                                     "\"queue\""));
    if (!parseQueueVoice(t, *q))
        return false;
    if (!parseQueueThresholds(t, *q))
        return false;
    if (q->overflowAction != routing::OverflowAction::None && q->overflowDelayMs <= 0)
        return r.fail(t.contains("overflow_delay") ? t.get("overflow_delay")->source() : t.source(),
                      QStringLiteral("queue \"%1\" overflows: \"overflow_delay\" must be more "
                                     "than 0 seconds")
                          .arg(q->name));
    return !r.failed();
}

bool ConfigParser::checkQueueRef(const toml::table &t, std::string_view key)
{
    const toml::node *n = t.get(key);
    if (!n)
        return true;
    const QString name = TomlReader::qstr(n->as_string()->get());
    if (c.queue(name))
        return true;
    QStringList known;
    for (const routing::QueueConfig &q : c.queues)
        known.append(q.name);
    return r.fail(*n, QStringLiteral("unknown queue \"%1\" in \"%2\" (queues: %3)")
                          .arg(name, TomlReader::qstr(key), known.join(", ")));
}

bool ConfigParser::parseDefaults(const toml::table &root)
{
    const toml::table *t = r.readTable(root, "defaults");
    if (r.failed())
        return false;
    QString all = c.queues.first().name;
    if (t) {
        QStringList known{QStringLiteral("queue")};
        for (int i = 0; i < protocol::kChannelCount; ++i)
            known.append(protocol::toString(protocol::Channel(i)));
        for (auto &&[key, value] : *t) {
            if (!known.contains(TomlReader::qstr(key.str())))
                return r.fail(key.source(),
                              QStringLiteral("unknown key \"%1\" in [defaults] (known keys: %2)")
                                  .arg(TomlReader::qstr(key.str()), known.join(", ")));
            QString ignored;
            if (!r.readString(*t, key.str(), &ignored) || !checkQueueRef(*t, key.str()))
                return false;
        }
        r.readString(*t, "queue", &all);
    }
    for (int i = 0; i < protocol::kChannelCount; ++i) {
        const auto channel = protocol::Channel(i);
        QString q = all;
        if (t)
            r.readString(*t, protocol::toString(channel).toStdString(), &q);
        c.defaultQueue.insert(channel, q);
    }
    return !r.failed();
}

} // namespace relais::config

// ConfigParser: what callers hear — [voice], [[ivrs]] and the queues' voice keys.
#include "config/ConfigParser.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace relais::config {

bool ConfigParser::readPrompt(const toml::table &t, std::string_view key, QString *out)
{
    QString path;
    if (!t.contains(key))
        return true;
    if (!r.readString(t, key, &path))
        return false;
    if (!path.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive))
        return r.fail(*t.get(key), QStringLiteral("\"%1\" must name a .wav file, not \"%2\"")
                                       .arg(TomlReader::qstr(key), path));
    *out = path;
    return true;
}

bool ConfigParser::parseQueueVoice(const toml::table &t, const routing::QueueConfig &q)
{
    // The defaults are the prompts scripts/make-prompts.sh makes, in the queue's language.
    const QString lang =
        q.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    QueueVoice v;
    v.welcomePrompt = lang + QStringLiteral("/welcome.wav");
    v.announcementPrompt = lang + QStringLiteral("/announcement.wav");
    v.musicOnHold = QStringLiteral("music.wav");
    readPrompt(t, "welcome_prompt", &v.welcomePrompt);
    readPrompt(t, "music_on_hold", &v.musicOnHold);
    readPrompt(t, "announcement_prompt", &v.announcementPrompt);
    r.readSeconds(t, "announcement_interval", 0, &v.announcementIntervalMs);
    r.readBool(t, "record", &v.record);
    r.readString(t, "caller_id", &v.callerId);
    if (r.failed())
        return false;
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9]{2,20}$"));
    if (t.contains("caller_id") && !number.match(v.callerId).hasMatch())
        return r.fail(*t.get("caller_id"),
                      QStringLiteral("\"caller_id\" must be a phone number (digits, an optional "
                                     "leading +), not \"%1\"")
                          .arg(v.callerId));
    if (v.announcementIntervalMs > 0 && v.announcementIntervalMs < 5000)
        return r.fail(*t.get("announcement_interval"),
                      QStringLiteral("\"announcement_interval\" must be 0 (none) or at least 5 "
                                     "seconds"));
    c.queueVoice.insert(q.name, v);
    return true;
}

namespace {
// "ip" or "ip:port" (IPv6 in brackets: "[2001:db8::1]:5060").
bool validGateway(const QString &g)
{
    QString host = g;
    if (g.startsWith(QLatin1Char('['))) {
        const qsizetype end = g.indexOf(QLatin1Char(']'));
        if (end < 0)
            return false;
        host = g.mid(1, end - 1);
        const QString rest = g.mid(end + 1);
        if (!rest.isEmpty() && (!rest.startsWith(QLatin1Char(':')) || rest.mid(1).toUInt() == 0 ||
                                rest.mid(1).toUInt() > 65535))
            return false;
    } else if (g.count(QLatin1Char(':')) == 1) {
        host = g.section(QLatin1Char(':'), 0, 0);
        const uint port = g.section(QLatin1Char(':'), 1).toUInt();
        if (port == 0 || port > 65535)
            return false;
    }
    return !QHostAddress(host).isNull();
}
} // namespace

bool ConfigParser::parseVoice(const toml::table &root)
{
    const toml::table *t = r.readTable(root, "voice");
    if (!t)
        return !r.failed();
    r.checkKeys(*t,
                {"trunk_gateways", "prompts_dir", "recordings_dir", "outbound_gateway",
                 "transfer_ring_timeout"},
                QStringLiteral("[voice]"));
    r.readStringList(*t, "trunk_gateways", &c.voice.trunkGateways);
    r.readString(*t, "prompts_dir", &c.voice.promptsDir);
    r.readString(*t, "recordings_dir", &c.voice.recordingsDir);
    r.readString(*t, "outbound_gateway", &c.voice.outboundGateway);
    r.readSeconds(*t, "transfer_ring_timeout", 5, 120, &c.voice.transferRingTimeoutMs);
    if (r.failed())
        return false;
    if (!c.voice.outboundGateway.isEmpty() && !validGateway(c.voice.outboundGateway))
        return r.fail(
            *t->get("outbound_gateway"),
            QStringLiteral("outbound gateway \"%1\" is not an IP address with an optional "
                           "port (\"192.0.2.10\", \"192.0.2.10:5060\")")
                .arg(c.voice.outboundGateway));
    for (qsizetype i = 0; i < c.voice.trunkGateways.size(); ++i) {
        const QString &g = c.voice.trunkGateways[i];
        const bool ok = g.contains(QLatin1Char('/')) ? QHostAddress::parseSubnet(g).second >= 0
                                                     : !QHostAddress(g).isNull();
        if (!ok)
            return r.fail(*t->get_as<toml::array>("trunk_gateways")->get(size_t(i)),
                          QStringLiteral("trunk gateway \"%1\" is not an IP address or a subnet "
                                         "(\"192.0.2.10\", \"198.51.100.0/24\")")
                              .arg(g));
    }
    if (c.voice.recordingsDir.trimmed().isEmpty())
        return r.fail(*t->get("recordings_dir"),
                      QStringLiteral("\"recordings_dir\" must not be empty"));
    return true;
}

bool ConfigParser::parseIvrs(const toml::table &root)
{
    QList<const toml::table *> tables;
    if (!r.readTableArray(root, "ivrs", &tables))
        return false;
    for (const toml::table *t : tables) {
        IvrDef ivr;
        if (!parseIvr(*t, &ivr))
            return false;
        if (c.ivr(ivr.name))
            return r.fail(*t->get("name"),
                          QStringLiteral("IVR \"%1\" is declared twice").arg(ivr.name));
        c.ivrs.append(ivr);
    }
    return true;
}

bool ConfigParser::parseIvr(const toml::table &t, IvrDef *ivr)
{
    const QString ctx = QStringLiteral("[[ivrs]]");
    r.checkKeys(t, {"name", "root", "nodes"}, ctx);
    r.require(t, "name", ctx);
    r.require(t, "root", ctx);
    r.readString(t, "name", &ivr->name);
    r.readString(t, "root", &ivr->root);
    QList<const toml::table *> nodes;
    r.readTableArray(t, "nodes", &nodes);
    if (r.failed())
        return false;
    if (!isIdentifier(ivr->name))
        return r.fail(*t.get("name"), QStringLiteral("IVR name \"%1\" must be a word (letters, "
                                                     "digits, _ . -)")
                                          .arg(ivr->name));
    if (nodes.isEmpty())
        return r.fail(t,
                      QStringLiteral("IVR \"%1\" has no node: add [[ivrs.nodes]]").arg(ivr->name));
    for (const toml::table *n : nodes) {
        IvrNode node;
        if (!parseIvrNode(*n, &node))
            return false;
        if (ivr->node(node.id))
            return r.fail(*n->get("id"), QStringLiteral("IVR \"%1\": node \"%2\" is declared twice")
                                             .arg(ivr->name, node.id));
        ivr->nodes.append(node);
    }
    if (!ivr->node(ivr->root))
        return r.fail(*t.get("root"), QStringLiteral("IVR \"%1\": root \"%2\" is not one of its "
                                                     "nodes")
                                          .arg(ivr->name, ivr->root));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!checkIvrRefs(*nodes[i], *ivr))
            return false;
    }
    return true;
}

bool ConfigParser::parseIvrNode(const toml::table &t, IvrNode *node)
{
    const QString ctx = QStringLiteral("[[ivrs.nodes]]");
    r.checkKeys(t, {"id", "prompt", "timeout", "default", "hangup", "choices"}, ctx);
    r.require(t, "id", ctx);
    r.require(t, "prompt", ctx);
    r.readString(t, "id", &node->id);
    readPrompt(t, "prompt", &node->prompt);
    r.readSeconds(t, "timeout", 1, &node->timeoutMs);
    r.readString(t, "default", &node->defaultChoice);
    r.readBool(t, "hangup", &node->hangup);
    if (r.failed())
        return false;
    if (!isIdentifier(node->id))
        return r.fail(*t.get("id"), QStringLiteral("IVR node id \"%1\" must be a word (letters, "
                                                   "digits, _ . -)")
                                        .arg(node->id));
    static const QRegularExpression digitRe(QStringLiteral("^[0-9*#]$"));
    if (const toml::table *choices = r.readTable(t, "choices")) {
        for (auto &&[key, value] : *choices) {
            const QString digit = TomlReader::qstr(key.str());
            if (!digitRe.match(digit).hasMatch())
                return r.fail(key.source(), QStringLiteral("IVR node \"%1\": choice \"%2\" must be "
                                                           "one key: 0-9, * or #")
                                                .arg(node->id, digit));
            IvrChoice choice;
            if (!parseIvrChoice(value, digit, &choice))
                return false;
            node->choices.insert(digit, choice);
        }
    }
    if (r.failed())
        return false;
    if (node->hangup && !node->choices.isEmpty())
        return r.fail(*t.get("choices"), QStringLiteral("IVR node \"%1\" hangs up: it cannot have "
                                                        "choices")
                                             .arg(node->id));
    if (!node->hangup && node->choices.isEmpty())
        return r.fail(t, QStringLiteral("IVR node \"%1\" needs choices, or hangup = true for a "
                                        "leaf that plays and hangs up")
                             .arg(node->id));
    if (!node->defaultChoice.isEmpty() && !node->choices.contains(node->defaultChoice))
        return r.fail(*t.get("default"), QStringLiteral("IVR node \"%1\": default \"%2\" is not "
                                                        "one of its choices")
                                             .arg(node->id, node->defaultChoice));
    return true;
}

// A choice is { node = "menu-fr", language = "fr" } or { queue = "technique" }.
bool ConfigParser::parseIvrChoice(const toml::node &item, const QString &digit, IvrChoice *choice)
{
    if (!item.is_table())
        return r.fail(item, QStringLiteral("choice \"%1\" must be { node = \"…\" } or "
                                           "{ queue = \"…\" }, not %2")
                                .arg(digit, TomlReader::typeName(item)));
    const toml::table &t = *item.as_table();
    const QString ctx = QStringLiteral("choice \"%1\"").arg(digit);
    r.checkKeys(t, {"node", "queue", "language"}, ctx);
    r.readString(t, "node", &choice->node);
    r.readString(t, "queue", &choice->queue);
    r.readString(t, "language", &choice->language);
    if (r.failed())
        return false;
    if (t.contains("node") == t.contains("queue"))
        return r.fail(
            t,
            QStringLiteral("choice \"%1\" needs exactly one of \"node\" or \"queue\"").arg(digit));
    if (t.contains("queue") && !checkQueueRef(t, "queue"))
        return false;
    static const QRegularExpression langRe(QStringLiteral("^[a-z]{2}$"));
    if (t.contains("language") && !langRe.match(choice->language).hasMatch())
        return r.fail(*t.get("language"), QStringLiteral("\"language\" must be a two-letter code "
                                                         "like \"fr\" or \"en\", not \"%1\"")
                                              .arg(choice->language));
    return true;
}

// Node references may point further down the file, so they are checked once all are read.
bool ConfigParser::checkIvrRefs(const toml::table &t, const IvrDef &ivr)
{
    const toml::table *choices = t.get_as<toml::table>("choices");
    if (!choices)
        return true;
    for (auto &&[key, value] : *choices) {
        const toml::table &ct = *value.as_table();
        const toml::node *n = ct.get("node");
        if (!n)
            continue;
        const QString id = TomlReader::qstr(n->as_string()->get());
        if (!ivr.node(id))
            return r.fail(*n, QStringLiteral("IVR \"%1\": unknown node \"%2\"").arg(ivr.name, id));
    }
    return true;
}

} // namespace relais::config

// ConfigParser: the people and the doors — [[users]], [[connectors]], [[service_numbers]].
#include "config/ConfigParser.h"

#include <QRegularExpression>
#include <QUrl>

namespace relais::config {

bool ConfigParser::parseUsers(const toml::table &root)
{
    QList<const toml::table *> tables;
    if (!r.readTableArray(root, "users", &tables))
        return false;
    for (const toml::table *t : tables) {
        UserDef u;
        if (!parseUser(*t, &u))
            return false;
        if (c.userDef(u.username))
            return r.fail(*t->get("username"),
                          QStringLiteral("user \"%1\" is declared twice").arg(u.username));
        c.users.append(u);
    }
    return true;
}

bool ConfigParser::parseUser(const toml::table &t, UserDef *u)
{
    const QString ctx = QStringLiteral("[[users]]");
    r.checkKeys(t,
                {"username", "name", "roles", "skills", "capacity", "password", "password_hash",
                 "sip_user", "sip_password", "auto_answer", "team"},
                ctx);
    r.require(t, "username", ctx);
    r.readString(t, "username", &u->username);
    if (r.failed())
        return false;
    if (!isIdentifier(u->username))
        return r.fail(*t.get("username"),
                      QStringLiteral("username \"%1\" must be a word (letters, digits, _ . @ -)")
                          .arg(u->username));
    u->name = u->username;
    u->sipUser = u->username;
    u->roles = QStringList{QStringLiteral("agent")};
    u->capacity = routing::defaultCapacity();
    r.readString(t, "name", &u->name);
    r.readStringList(t, "roles", &u->roles);
    r.readString(t, "password", &u->password);
    r.readString(t, "password_hash", &u->passwordHash);
    r.readString(t, "sip_user", &u->sipUser);
    r.readString(t, "sip_password", &u->sipPassword);
    r.readBool(t, "auto_answer", &u->autoAnswer);
    r.readString(t, "team", &u->team);
    if (r.failed())
        return false;

    static const QStringList kRoles{"agent", "supervisor", "trainer", "admin"};
    if (u->roles.isEmpty())
        return r.fail(*t.get("roles"),
                      QStringLiteral("user \"%1\" needs at least one role").arg(u->username));
    for (qsizetype i = 0; i < u->roles.size(); ++i) {
        if (!kRoles.contains(u->roles[i]))
            return r.fail(*t.get_as<toml::array>("roles")->get(size_t(i)),
                          QStringLiteral("unknown role \"%1\" (roles: %2)")
                              .arg(u->roles[i], kRoles.join(", ")));
    }
    u->roles.removeDuplicates();
    if (t.contains("password") && t.contains("password_hash"))
        return r.fail(
            *t.get("password_hash"),
            QStringLiteral("user \"%1\": give \"password\" or \"password_hash\", not both")
                .arg(u->username));
    if (t.contains("password") && u->password.isEmpty())
        return r.fail(*t.get("password"), QStringLiteral("\"password\" must not be empty"));
    if (t.contains("password_hash") && !u->passwordHash.startsWith(QLatin1String("$argon2")))
        return r.fail(*t.get("password_hash"),
                      QStringLiteral("\"password_hash\" must be an argon2 hash (\"$argon2id$…\")"));

    if (const toml::table *skills = r.readTable(t, "skills")) {
        for (auto &&[key, value] : *skills) {
            const QString skill = TomlReader::qstr(key.str());
            if (!c.skills.contains(skill))
                return r.fail(key.source(),
                              QStringLiteral("user \"%1\" has skill \"%2\", which is not declared "
                                             "in the top-level \"skills\"")
                                  .arg(u->username, skill));
            int level = 0;
            if (!r.readInt(*skills, key.str(), 1, 10, &level))
                return false;
            u->skills.insert(skill, level);
        }
    }
    if (const toml::table *capacity = r.readTable(t, "capacity")) {
        for (auto &&[key, value] : *capacity) {
            const std::optional<protocol::Channel> channel =
                protocol::channelFromString(TomlReader::qstr(key.str()));
            if (!channel)
                return r.fail(key.source(), QStringLiteral("unknown channel \"%1\" in \"capacity\"")
                                                .arg(TomlReader::qstr(key.str())));
            int n = 0;
            if (!r.readInt(*capacity, key.str(), 0, 100, &n))
                return false;
            u->capacity[size_t(*channel)] = n;
        }
    }
    return !r.failed();
}

bool ConfigParser::parseConnectors(const toml::table &root)
{
    QList<const toml::table *> tables;
    if (!r.readTableArray(root, "connectors", &tables))
        return false;
    const QString ctx = QStringLiteral("[[connectors]]");
    for (const toml::table *t : tables) {
        ConnectorDef d;
        r.checkKeys(*t, {"name", "token", "webhook_url"}, ctx);
        r.require(*t, "name", ctx);
        r.require(*t, "token", ctx);
        r.readString(*t, "name", &d.name);
        r.readString(*t, "token", &d.token);
        r.readString(*t, "webhook_url", &d.webhookUrl);
        if (r.failed())
            return false;
        if (!isIdentifier(d.name))
            return r.fail(*t->get("name"), QStringLiteral("connector name \"%1\" must be a word "
                                                          "(letters, digits, _ . -)")
                                               .arg(d.name));
        if (d.token.trimmed().isEmpty())
            return r.fail(*t->get("token"),
                          QStringLiteral("connector \"%1\" has an empty token").arg(d.name));
        for (const ConnectorDef &other : std::as_const(c.connectors)) {
            if (other.name == d.name)
                return r.fail(*t->get("name"),
                              QStringLiteral("connector \"%1\" is declared twice").arg(d.name));
            if (other.token == d.token)
                return r.fail(*t->get("token"),
                              QStringLiteral("connector \"%1\" reuses the token of connector "
                                             "\"%2\"")
                                  .arg(d.name, other.name));
        }
        if (!d.webhookUrl.isEmpty()) {
            const QUrl url(d.webhookUrl, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
                return r.fail(*t->get("webhook_url"),
                              QStringLiteral("\"webhook_url\" must be an http:// or https:// URL, "
                                             "not \"%1\"")
                                  .arg(d.webhookUrl));
        }
        c.connectors.append(d);
    }
    return true;
}

bool ConfigParser::parseServiceNumbers(const toml::table &root)
{
    QList<const toml::table *> tables;
    if (!r.readTableArray(root, "service_numbers", &tables))
        return false;
    const QString ctx = QStringLiteral("[[service_numbers]]");
    static const QRegularExpression numberRe(QStringLiteral("^\\+?[0-9*#]+$"));
    for (const toml::table *t : tables) {
        ServiceNumber s;
        r.checkKeys(*t, {"number", "ivr", "queue"}, ctx);
        r.require(*t, "number", ctx);
        r.readString(*t, "number", &s.number);
        if (r.failed())
            return false;
        if (!numberRe.match(s.number).hasMatch())
            return r.fail(*t->get("number"), QStringLiteral("service number \"%1\" must be digits "
                                                            "(with an optional leading +)")
                                                 .arg(s.number));
        for (const ServiceNumber &other : std::as_const(c.serviceNumbers)) {
            if (other.number == s.number)
                return r.fail(
                    *t->get("number"),
                    QStringLiteral("service number \"%1\" is declared twice").arg(s.number));
        }
        const bool ivr = t->contains("ivr");
        if (ivr == t->contains("queue"))
            return r.fail(*t, QStringLiteral("service number \"%1\" needs exactly one of \"ivr\" "
                                             "or \"queue\"")
                                  .arg(s.number));
        s.kind = ivr ? ServiceNumber::Kind::Ivr : ServiceNumber::Kind::Queue;
        if (!r.readString(*t, ivr ? "ivr" : "queue", &s.target))
            return false;
        if (s.target.isEmpty())
            return r.fail(
                *t->get(ivr ? "ivr" : "queue"),
                QStringLiteral("service number \"%1\" has an empty target").arg(s.number));
        if (!ivr && !checkQueueRef(*t, "queue"))
            return false;
        if (ivr && !c.ivr(s.target)) {
            QStringList known;
            for (const IvrDef &i : std::as_const(c.ivrs))
                known.append(i.name);
            return r.fail(
                *t->get("ivr"),
                QStringLiteral("unknown IVR \"%1\" (IVRs: %2)").arg(s.target, known.join(", ")));
        }
        c.serviceNumbers.append(s);
    }
    return true;
}

} // namespace relais::config

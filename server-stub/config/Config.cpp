#include "config/Config.h"

namespace relais::config {

const routing::QueueConfig *Config::queue(const QString &name) const
{
    for (const routing::QueueConfig &q : queues) {
        if (q.name == name)
            return &q;
    }
    return nullptr;
}

const UserDef *Config::userDef(const QString &username) const
{
    for (const UserDef &u : users) {
        if (u.username == username)
            return &u;
    }
    return nullptr;
}

} // namespace relais::config

namespace relais::config {

const IvrNode *IvrDef::node(const QString &id) const
{
    for (const IvrNode &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

const IvrDef *Config::ivr(const QString &name) const
{
    for (const IvrDef &i : ivrs) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

const ServiceNumber *Config::serviceNumber(const QString &number) const
{
    for (const ServiceNumber &s : serviceNumbers) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

bool Config::trunkAllowed(const QHostAddress &from, bool demo) const
{
    if (demo && from.isLoopback())
        return true;
    for (const QString &g : voice.trunkGateways) {
        if (g.contains(QLatin1Char('/'))) {
            if (from.isInSubnet(QHostAddress::parseSubnet(g)))
                return true;
        } else if (from.isEqual(QHostAddress(g), QHostAddress::TolerantConversion)) {
            return true;
        }
    }
    return false;
}

} // namespace relais::config

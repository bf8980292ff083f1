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

#pragma once

#include "config/Config.h"
#include "store/Database.h"

namespace relais::config {

// Seeds once and idempotently (the "demo.seeded" setting): 200 customers from +22997000001 on
// (French/Beninese/Ivorian names, language fr/en, segment standard/gold/vip/pro, fields account,
// city, contract, balance), 6 past contacts for +22997000001 with different dates, reasons,
// dispositions and agents, and a few for some others. All in one transaction: false and *error
// on failure, nothing half-written.
bool seedDemoData(store::Database &db, const Config &config, qint64 now, QString *error);

// Upserts every config user into the db. A new user gets `password_hash`, or the hash of
// `password`; an existing one keeps its stored hash (a password changed by its owner survives a
// restart) unless the config gives a different `password_hash`.
bool syncUsers(store::Database &db, const Config &config, QString *error);

} // namespace relais::config

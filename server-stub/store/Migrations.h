#pragma once

#include <QList>
#include <QStringList>

namespace relais::store {

// One schema step: its version (1, 2, 3… in order) and the SQL statements that take the schema
// from version-1 to version. Portable between SQLite and PostgreSQL: TEXT, INTEGER, BIGINT only,
// no auto-increment columns (ids are made in C++).
struct Migration
{
    int version = 0;
    QStringList statements;
};

// Every step, oldest first. `postgres` picks a dialect for the rare statement that needs one.
QList<Migration> migrations(bool postgres);

} // namespace relais::store

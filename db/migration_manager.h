// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered, append-only schema migrations (never edit one that has shipped; add the next number). The schema
// version lives in PRAGMA user_version (SQLite) or the table prep_schema_version (PostgreSQL); each migration runs
// in its own transaction together with the version bump, so a failure midway leaves the database at the previous
// version. One numbered list, written in each dialect: db/migrations/NNNN_name.sql (SQLite) and
// db/migrations/postgresql/NNNN_name.pg.sql (PostgreSQL), the same tables, columns and constraints.
#pragma once

#include "db/backend.h"
#include "db/error.h"

#include <string>
#include <vector>

namespace prep::db {

struct Migration
{
    int version = 0;  // 1, 2, ... without gaps
    std::string name; // "0001_initial.sql"
    std::string sql;
};

struct MigrationOutcome
{
    enum class Kind { Created, Upgraded, UpToDate };
    Kind kind = Kind::UpToDate;
    int fromVersion = 0;
    int toVersion = 0;
    std::vector<std::string> applied; // names, in order
};

// The migrations shipped with this code for `dialect` (embedded db/migrations/), in order. Their names are the
// same in both dialects ("0001_initial.sql").
Result<std::vector<Migration>> builtinMigrations(Dialect dialect = Dialect::Sqlite);

class MigrationManager
{
public:
    MigrationManager(Backend& db, std::vector<Migration> migrations);
    int latestVersion() const;
    // Brings the database to latestVersion(). Errors: Version (database newer than the code, or migrations out of
    // order), Invalid/Io (a migration failed: the database stays at the last version that fully applied).
    Result<MigrationOutcome> migrate();

private:
    Backend& m_db;
    std::vector<Migration> m_migrations;
};

} // namespace prep::db

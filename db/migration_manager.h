// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered, append-only schema migrations (never edit one that has shipped; add the next number). The schema
// version lives in PRAGMA user_version; each migration runs in its own transaction together with the version bump,
// so a failure midway leaves the database at the previous version.
#pragma once

#include "db/error.h"

#include <string>
#include <vector>

struct sqlite3;

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

// The migrations shipped with this code (embedded db/migrations/NNNN_*.sql), in order.
Result<std::vector<Migration>> builtinMigrations();

class MigrationManager
{
public:
    MigrationManager(sqlite3* db, std::vector<Migration> migrations);
    int latestVersion() const;
    // Brings the database to latestVersion(). Errors: Version (database newer than the code, or migrations out of
    // order), Invalid/Io (a migration failed: the database stays at the last version that fully applied).
    Result<MigrationOutcome> migrate();

private:
    sqlite3* m_db;
    std::vector<Migration> m_migrations;
};

int userVersion(sqlite3* db);

} // namespace prep::db

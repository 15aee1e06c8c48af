// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/migration_manager.h"

#include "db/embedded.h"
#include "db/sqlite/statement.h"

#include <sqlite3.h>

#include <cstdio>

namespace prep::db {

namespace {

Result<Ok> exec(sqlite3* db, const std::string& sqlText, std::string_view doing)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sqlText.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Ok{};
    DbError e = sql::errorFrom(nullptr, rc, doing);
    if (message) {
        e.message = std::string(doing) + ": " + message;
        sqlite3_free(message);
    }
    return e;
}

} // namespace

Result<std::vector<Migration>> builtinMigrations()
{
    // The embed lists files by name; migrations are found by probing 0001_, 0002_, ... against this list, which
    // grows with each new migration file (a test checks every file in db/migrations/ is listed here).
    static const char* const kNames[] = {"0001_initial.sql", "0002_pharmacist_decision.sql", "0003_data_versions.sql",
                                         "0004_password_state.sql"};
    std::vector<Migration> out;
    int version = 0;
    for (const char* name : kNames) {
        ++version;
        const std::string_view sqlText = embeddedFile(name);
        if (sqlText.empty())
            return makeDbError(DbError::Kind::Invalid, std::string("migration not embedded: ") + name);
        out.push_back(Migration{version, name, std::string(sqlText)});
    }
    return out;
}

int userVersion(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

MigrationManager::MigrationManager(sqlite3* db, std::vector<Migration> migrations)
    : m_db(db)
    , m_migrations(std::move(migrations))
{}

int MigrationManager::latestVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Result<MigrationOutcome> MigrationManager::migrate()
{
    for (size_t i = 0; i < m_migrations.size(); ++i)
        if (m_migrations[i].version != int(i) + 1)
            return makeDbError(DbError::Kind::Version, "migration " + m_migrations[i].name + " is out of sequence");

    // Read the version inside the write transaction, so two stations opening a fresh file do not both migrate.
    if (auto r = exec(m_db, "BEGIN IMMEDIATE", "locking the database for migration"); !r)
        return r.error();
    const int current = userVersion(m_db);
    (void)exec(m_db, "COMMIT", "ending the version check");
    if (current < 0)
        return makeDbError(DbError::Kind::Corrupt, "cannot read the schema version (not a PrepStation database?)");

    MigrationOutcome outcome;
    outcome.fromVersion = current;
    outcome.toVersion = current;
    if (current > latestVersion())
        return makeDbError(DbError::Kind::Version, "database schema version " + std::to_string(current) +
                                                       " is newer than this program (" +
                                                       std::to_string(latestVersion()) + "); refusing to open it");

    for (const Migration& m : m_migrations) {
        if (m.version <= outcome.toVersion)
            continue;
        if (auto r = exec(m_db, "BEGIN IMMEDIATE", "beginning migration " + m.name); !r)
            return r.error();
        // Another process may have migrated while we waited for the lock.
        if (userVersion(m_db) >= m.version) {
            (void)exec(m_db, "COMMIT", "ending migration check");
            outcome.toVersion = m.version;
            continue;
        }
        auto r = exec(m_db, m.sql, "migration " + m.name);
        if (r)
            r = exec(m_db, "PRAGMA user_version = " + std::to_string(m.version), "recording migration " + m.name);
        if (r)
            r = exec(m_db, "COMMIT", "committing migration " + m.name);
        if (!r) {
            (void)exec(m_db, "ROLLBACK", "rolling back migration " + m.name);
            DbError e = r.error();
            e.message += " (database left at schema version " + std::to_string(outcome.toVersion) + ")";
            return e;
        }
        outcome.toVersion = m.version;
        outcome.applied.push_back(m.name);
    }
    if (outcome.applied.empty())
        outcome.kind = MigrationOutcome::Kind::UpToDate;
    else
        outcome.kind = outcome.fromVersion == 0 ? MigrationOutcome::Kind::Created : MigrationOutcome::Kind::Upgraded;
    return outcome;
}

} // namespace prep::db

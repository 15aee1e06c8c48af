// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/migration_manager.h"

#include "db/embedded.h"

namespace prep::db {

namespace {

DbError doing(DbError e, std::string_view what)
{
    e.message = std::string(what) + ": " + e.message;
    return e;
}

} // namespace

Result<std::vector<Migration>> builtinMigrations(Dialect dialect)
{
    // The embed lists files by name; migrations are found by probing 0001_, 0002_, ... against this list, which
    // grows with each new migration file (a test checks every file in db/migrations/ is listed here, in both
    // dialects).
    static const char* const kNames[] = {
        "0001_initial.sql",        "0002_pharmacist_decision.sql", "0003_data_versions.sql", "0004_password_state.sql",
        "0005_inbound_orders.sql", "0006_audit_checkpoints.sql",   "0007_order_checks.sql",  "0008_vial_weighings.sql",
        "0009_step_redo.sql",      "0010_logger_formats.sql",      "0011_field_scans.sql",   "0012_dispatch_watch.sql",
        "0013_home_delivery.sql"};
    std::vector<Migration> out;
    int version = 0;
    for (const char* name : kNames) {
        ++version;
        std::string file = name;
        if (dialect == Dialect::Postgresql)
            file.replace(file.size() - 4, 4, ".pg.sql");
        const std::string_view sqlText = embeddedFile(file);
        if (sqlText.empty())
            return makeDbError(DbError::Kind::Invalid, "migration not embedded: " + file);
        out.push_back(Migration{version, name, std::string(sqlText)});
    }
    return out;
}

MigrationManager::MigrationManager(Backend& db, std::vector<Migration> migrations)
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

    // The version as it is now, read without the write lock: a station opening an up-to-date database while
    // others write must not queue behind them (on SQLite, three busy writers can starve it past its timeout). Each
    // migration below re-reads it under the lock, so two stations opening a fresh database do not both migrate.
    const auto current = m_db.schemaVersion();
    if (!current)
        return current.error();

    MigrationOutcome outcome;
    outcome.fromVersion = *current;
    outcome.toVersion = *current;
    if (*current > latestVersion())
        return makeDbError(DbError::Kind::Version, "database schema version " + std::to_string(*current) +
                                                       " is newer than this program (" +
                                                       std::to_string(latestVersion()) + "); refusing to open it");

    for (const Migration& m : m_migrations) {
        if (m.version <= outcome.toVersion)
            continue;
        if (auto r = m_db.beginWrite(); !r)
            return doing(r.error(), "beginning migration " + m.name);
        // Another process may have migrated while we waited for the lock.
        const auto now = m_db.schemaVersion();
        if (now && *now >= m.version) {
            (void)m_db.execute("COMMIT");
            outcome.toVersion = m.version;
            continue;
        }
        Result<Ok> r = now ? m_db.execute(m.sql) : Result<Ok>(now.error());
        if (r)
            r = m_db.recordSchemaVersion(m.version);
        if (r)
            r = m_db.execute("COMMIT");
        if (!r) {
            (void)m_db.execute("ROLLBACK");
            DbError e = doing(r.error(), "migration " + m.name);
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

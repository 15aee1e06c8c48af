// SPDX-License-Identifier: GPL-3.0-or-later
// The station's database: one SQLite file in WAL mode, foreign keys on, a busy timeout so two stations can share
// it, migrated to the schema this code expects on open. Not thread-safe: one Database per thread or process.
#pragma once

#include "db/error.h"
#include "db/migration_manager.h"
#include "db/sqlite/statement.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace prep::db {

class Database
{
public:
    // Creates the file when missing; runs the pending migrations; refuses a database written by newer code.
    static Result<std::unique_ptr<Database>> open(const std::string& path);
    // The same with an explicit migration list (tests of the migration manager).
    static Result<std::unique_ptr<Database>> open(const std::string& path, const std::vector<Migration>& migrations);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    int schemaVersion() const;
    const std::string& path() const { return m_path; }
    // What the migration manager did when this database was opened.
    const MigrationOutcome& migrationOutcome() const { return m_migrationOutcome; }

    // A consistent copy of the live database at `path`, taken with SQLite's online backup API while other
    // connections keep writing. The copy is written beside the target and renamed into place.
    Result<Ok> backupTo(const std::string& path);
    // Replaces this database's content with the database file at `path` (online backup API, the other way).
    // The source is checked first (integrity_check) and never modified; the caller verifies its audit trail.
    Result<Ok> restoreFrom(const std::string& path);
    // PRAGMA integrity_check: Ok when SQLite answers "ok", otherwise a Corrupt error with its first finding.
    Result<Ok> integrityCheck();

    // Internal to db/ (parallel reads): begins a read transaction on this connection (SAVEPOINT `savepoint`, which
    // the caller releases) and on `extra` new connections to the same file, all on one snapshot: a further
    // connection holds the write lock for the instant they start, so no commit can fall between them (writers wait
    // microseconds, within their busy timeout). The readers end their transaction when destroyed. No reader is
    // returned when this connection is already inside a transaction (its snapshot may hold its own uncommitted
    // writes), when the database is not a file, or when the lock cannot be had: the caller then reads alone.
    // (On PostgreSQL the same is pg_export_snapshot() and SET TRANSACTION SNAPSHOT.)
    Result<std::vector<std::unique_ptr<Database>>> beginSharedRead(const std::string& savepoint, int extra);

    // Internal to db/ (repositories): a cached prepared statement, and statements without results.
    Result<sql::Statement> prepare(const std::string& sqlText);
    Result<Ok> execute(const std::string& sqlText);
    std::int64_t lastInsertId() const;
    sqlite3* handle() const { return m_db; }
    int& transactionDepth() { return m_transactionDepth; }

private:
    Database(sqlite3* db, std::string path)
        : m_db(db)
        , m_path(std::move(path))
    {}
    sqlite3* m_db;
    std::string m_path;
    MigrationOutcome m_migrationOutcome;
    std::map<std::string, sqlite3_stmt*, std::less<>> m_statements;
    int m_transactionDepth = 0;
};

// RAII transaction: rolls back unless committed. Nested transactions are SAVEPOINTs, so a repository's own
// transaction joins a caller's; the outermost one is BEGIN IMMEDIATE, taking the write lock up front so two
// stations never deadlock upgrading a read lock.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether the transaction could be begun (busy beyond the timeout, I/O error); commit() reports the same.
    bool ok() const { return m_beginError.message.empty(); }
    const DbError& beginError() const { return m_beginError; }
    Result<Ok> commit();

private:
    Database& m_db;
    int m_level = 0; // 1 = outermost
    bool m_done = false;
    DbError m_beginError{DbError::Kind::Io, {}};
};

} // namespace prep::db

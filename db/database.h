// SPDX-License-Identifier: GPL-3.0-or-later
// The station's database: a SQLite file (WAL, foreign keys, busy timeout so two stations can share it) or a
// PostgreSQL database (a libpq URI, "postgresql://..."), migrated to the schema this code expects on open. The same
// repositories run on both; only db/sqlite/ and db/postgresql/ know the difference. Not thread-safe: one Database
// per thread or process.
#pragma once

#include "db/backend.h"
#include "db/error.h"
#include "db/migration_manager.h"
#include "db/statement.h"

#include <memory>
#include <string>
#include <vector>

namespace prep::db {

class CheckpointSigner;

class Database
{
public:
    // `location`: a file path (SQLite) or a libpq connection URI ("postgresql://user@host/db", "postgres://...").
    // Creates a missing SQLite file (a PostgreSQL database must exist: the server's administrator creates it);
    // runs the pending migrations; refuses a database written by newer code.
    static Result<std::unique_ptr<Database>> open(const std::string& location);
    // The same with an explicit migration list (tests of the migration manager).
    static Result<std::unique_ptr<Database>> open(const std::string& location,
                                                  const std::vector<Migration>& migrations);
    // Opens a database that must already hold a PrepStation schema (never creates a file); NotFound otherwise.
    static Result<std::unique_ptr<Database>> openExisting(const std::string& location);
    // Whether `location` names a PostgreSQL server rather than a file.
    static bool isServerLocation(const std::string& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    int schemaVersion();
    // Where the database is, for messages: the file path, or the URI without its password.
    const std::string& path() const { return m_path; }
    Dialect dialect() const { return m_backend->dialect(); }
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
    // (On PostgreSQL: a REPEATABLE READ transaction whose snapshot the readers import with SET TRANSACTION
    // SNAPSHOT.) endSharedRead ends what beginSharedRead began.
    Result<std::vector<std::unique_ptr<Database>>> beginSharedRead(const std::string& savepoint, int extra);
    Result<Ok> endSharedRead(const std::string& savepoint);

    // Internal to db/ (repositories): a cached prepared statement, and statements without results.
    Result<sql::Statement> prepare(const std::string& sqlText, sql::Rows rows = sql::Rows::Few);
    Result<Ok> execute(const std::string& sqlText);
    Backend& backend() { return *m_backend; }
    int& transactionDepth() { return m_transactionDepth; }
    // Internal to db/: who signs audit checkpoints on this connection (db/audit_checkpoint.h); none by default.
    const std::shared_ptr<const CheckpointSigner>& checkpointSigner() const { return m_checkpointSigner; }
    void setCheckpointSigner(std::shared_ptr<const CheckpointSigner> signer) { m_checkpointSigner = std::move(signer); }

private:
    Database(std::unique_ptr<Backend> backend, std::string path)
        : m_backend(std::move(backend))
        , m_path(std::move(path))
    {}
    static Result<std::unique_ptr<Database>> openWith(const std::string& location,
                                                      const std::vector<Migration>& migrations, bool mustExist);
    std::unique_ptr<Backend> m_backend;
    std::string m_path;
    MigrationOutcome m_migrationOutcome;
    int m_transactionDepth = 0;
    bool m_sharedReadFresh = false;
    std::shared_ptr<const CheckpointSigner> m_checkpointSigner;
};

// RAII transaction: rolls back unless committed. Nested transactions are SAVEPOINTs, so a repository's own
// transaction joins a caller's; the outermost one takes the database's write lock up front (SQLite: BEGIN
// IMMEDIATE; PostgreSQL: a transaction-level advisory lock), so two stations never deadlock upgrading a read lock
// and the audit chain has one tail.
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
    DbError m_beginError{DbError::Kind::Io, {}, DbError::Refusal::None};
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: what a database server or file must offer the Database: statements, transactions, the schema
// version, and the few operations that only the backend knows how to do (integrity check, file backup, snapshot
// reads on several connections). SQLite (db/sqlite/) and PostgreSQL (db/postgresql/) implement it; the repositories
// above never see which one runs.
#pragma once

#include "db/error.h"
#include "db/statement.h"

#include <memory>
#include <string>
#include <vector>

namespace prep::db {

enum class Dialect { Sqlite, Postgresql };

class Backend
{
public:
    virtual ~Backend() = default;
    virtual Dialect dialect() const = 0;

    // A cached prepared statement (the SQL uses `?` or `?N` parameters).
    virtual Result<sql::Cursor*> prepare(const std::string& sqlText, sql::Rows rows) = 0;
    // One or more statements without parameters or results.
    virtual Result<Ok> execute(const std::string& sqlText) = 0;
    // Begins the outermost transaction of a writer, holding the database's write lock until it ends, so that two
    // stations never interleave (the audit chain has one tail) and never deadlock upgrading a read.
    virtual Result<Ok> beginWrite() = 0;
    // Whether this connection is inside a transaction it did not end yet.
    virtual bool inTransaction() const = 0;

    // The schema version recorded by the migrations (0 for a database never migrated), read in the current
    // transaction; and its update, inside a migration's transaction.
    virtual Result<int> schemaVersion() = 0;
    virtual Result<Ok> recordSchemaVersion(int version) = 0;

    // After rows were inserted into `table` with their keys given (a database copy): the next key generated must
    // follow them (PostgreSQL's identity sequences do not notice keys given explicitly).
    virtual Result<Ok> keysCopied(const std::string& table) = 0;

    virtual Result<Ok> integrityCheck() = 0;
    virtual Result<Ok> backupTo(const std::string& path) = 0;
    virtual Result<Ok> restoreFrom(const std::string& path) = 0;

    // Begins a read transaction on one snapshot on this connection (SAVEPOINT `savepoint` when `fresh` is false,
    // that is inside a caller's transaction) and, when `fresh`, on up to `extra` new connections; ends it.
    virtual Result<std::vector<std::unique_ptr<Backend>>> beginSharedRead(const std::string& savepoint, int extra,
                                                                          bool fresh) = 0;
    virtual Result<Ok> endSharedRead(const std::string& savepoint, bool fresh) = 0;
};

} // namespace prep::db

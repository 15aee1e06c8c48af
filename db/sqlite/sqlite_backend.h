// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: the SQLite backend. One file in WAL mode, foreign keys on, a busy timeout so two stations can
// share it; the PRAGMAs, the online backup API and the read-ahead of verification readers live here only.
#pragma once

#include "db/backend.h"

#include <map>
#include <memory>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace prep::db {

class SqliteBackend final : public Backend
{
public:
    // Opens (creating when `create`) the database file at `path`.
    static Result<std::unique_ptr<SqliteBackend>> open(const std::string& path, bool create);
    ~SqliteBackend() override;

    Dialect dialect() const override { return Dialect::Sqlite; }
    Result<sql::Cursor*> prepare(const std::string& sqlText, sql::Rows rows) override;
    Result<Ok> execute(const std::string& sqlText) override;
    Result<Ok> beginWrite() override;
    bool inTransaction() const override;
    Result<int> schemaVersion() override;
    Result<Ok> recordSchemaVersion(int version) override;
    Result<Ok> keysCopied(const std::string&) override { return Ok{}; } // rowid keys follow max(id)
    Result<Ok> integrityCheck() override;
    Result<Ok> backupTo(const std::string& path) override;
    Result<Ok> restoreFrom(const std::string& path) override;
    Result<std::vector<std::unique_ptr<Backend>>> beginSharedRead(const std::string& savepoint, int extra,
                                                                  bool fresh) override;
    Result<Ok> endSharedRead(const std::string& savepoint, bool fresh) override;

private:
    explicit SqliteBackend(sqlite3* db)
        : m_db(db)
    {}
    void clearStatements();
    sqlite3* m_db;
    std::map<std::string, std::unique_ptr<sql::Cursor>, std::less<>> m_statements;
};

} // namespace prep::db

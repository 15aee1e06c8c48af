// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: the PostgreSQL backend, through libpq (Debian libpq-dev): the server's own client library, the
// one every other PostgreSQL driver wraps, maintained with the server and packaged for Debian 12 with it. Text
// results and text parameters (PostgreSQL prints float8 exactly, so a value read back equals the value bound);
// `?` parameters become `$N`; writers serialise on a transaction-level advisory lock, so the audit chain has one
// tail whichever station writes.
#pragma once

#include "db/backend.h"

#include <map>
#include <memory>
#include <string>

struct pg_conn;

namespace prep::db {

class PgBackend final : public Backend
{
public:
    // Connects with a libpq URI ("postgresql://user@host:5432/prep?sslmode=require", or with a Unix socket folder
    // "postgresql:///prep?host=/run/postgresql").
    static Result<std::unique_ptr<PgBackend>> connect(const std::string& uri);
    // The URI without its password, for messages and logs.
    static std::string withoutPassword(const std::string& uri);
    // The SQL with `?` and `?N` parameters written as PostgreSQL's `$N` (quoted text and identifiers untouched).
    static std::string numberedParameters(const std::string& sqlText);
    ~PgBackend() override;

    Dialect dialect() const override { return Dialect::Postgresql; }
    Result<sql::Cursor*> prepare(const std::string& sqlText, sql::Rows rows) override;
    Result<Ok> execute(const std::string& sqlText) override;
    Result<Ok> beginWrite() override;
    bool inTransaction() const override;
    Result<int> schemaVersion() override;
    Result<Ok> recordSchemaVersion(int version) override;
    Result<Ok> keysCopied(const std::string& table) override;
    Result<Ok> integrityCheck() override;
    Result<Ok> backupTo(const std::string& path) override;
    Result<Ok> restoreFrom(const std::string& path) override;
    Result<std::vector<std::unique_ptr<Backend>>> beginSharedRead(const std::string& savepoint, int extra,
                                                                  bool fresh) override;
    Result<Ok> endSharedRead(const std::string& savepoint, bool fresh) override;

    pg_conn* connection() const { return m_conn; }
    std::string nextName(char prefix) { return prefix + std::to_string(++m_names); }
    // After the server closed the connection (restart, network), a new one — but never inside a transaction: what
    // the lost transaction wrote is gone, and the statements after it must not run outside it (an error instead,
    // until the caller has ended it).
    Result<Ok> reconnectIfLost();
    bool transactionOpen() const { return m_transactionOpen; }
    // Which connection this is: a prepared statement made on an earlier one is prepared again before it runs.
    long connectionNumber() const { return m_connectionNumber; }

private:
    PgBackend(pg_conn* conn, std::string uri)
        : m_conn(conn)
        , m_uri(std::move(uri))
    {}
    pg_conn* m_conn;
    std::string m_uri;
    std::map<std::string, std::unique_ptr<sql::Cursor>, std::less<>> m_statements;
    long m_names = 0;
    long m_connectionNumber = 0;
    bool m_transactionOpen = false; // begun by beginWrite or a fresh shared read, not yet ended
};

} // namespace prep::db

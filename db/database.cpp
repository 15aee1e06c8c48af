// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"

#include "db/postgresql/pg_backend.h"
#include "db/sqlite/sqlite_backend.h"

#include <sodium.h>

namespace prep::db {

bool Database::isServerLocation(const std::string& location)
{
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<Database>> Database::open(const std::string& location)
{
    auto migrations = builtinMigrations(isServerLocation(location) ? Dialect::Postgresql : Dialect::Sqlite);
    if (!migrations)
        return migrations.error();
    return openWith(location, *migrations, false);
}

Result<std::unique_ptr<Database>> Database::open(const std::string& location, const std::vector<Migration>& migrations)
{
    return openWith(location, migrations, false);
}

Result<std::unique_ptr<Database>> Database::openExisting(const std::string& location)
{
    auto migrations = builtinMigrations(isServerLocation(location) ? Dialect::Postgresql : Dialect::Sqlite);
    if (!migrations)
        return migrations.error();
    return openWith(location, *migrations, true);
}

Result<std::unique_ptr<Database>> Database::openWith(const std::string& location,
                                                     const std::vector<Migration>& migrations, bool mustExist)
{
    if (sodium_init() < 0)
        return makeDbError(DbError::Kind::Io, "libsodium could not be initialised");
    std::unique_ptr<Backend> backend;
    std::string shown = location;
    if (isServerLocation(location)) {
        shown = PgBackend::withoutPassword(location);
        auto pg = PgBackend::connect(location);
        if (!pg)
            return pg.error();
        backend = std::move(*pg);
    } else {
        auto lite = SqliteBackend::open(location, !mustExist);
        if (!lite)
            return lite.error();
        backend = std::move(*lite);
    }
    std::unique_ptr<Database> db(new Database(std::move(backend), shown));
    if (mustExist) {
        auto version = db->m_backend->schemaVersion();
        if (!version)
            return version.error();
        if (*version == 0)
            return makeDbError(DbError::Kind::NotFound, shown + " holds no PrepStation database");
    }
    MigrationManager manager(*db->m_backend, migrations);
    auto outcome = manager.migrate();
    if (!outcome) {
        DbError e = outcome.error();
        e.message = shown + ": " + e.message;
        return e;
    }
    db->m_migrationOutcome = *outcome;
    return db;
}

Database::~Database() = default;

int Database::schemaVersion()
{
    auto v = m_backend->schemaVersion();
    return v ? *v : -1;
}

Result<sql::Statement> Database::prepare(const std::string& sqlText, sql::Rows rows)
{
    auto cursor = m_backend->prepare(sqlText, rows);
    if (!cursor)
        return cursor.error();
    return sql::Statement(*cursor);
}

Result<Ok> Database::execute(const std::string& sqlText)
{
    return m_backend->execute(sqlText);
}

Result<Ok> Database::integrityCheck()
{
    return m_backend->integrityCheck();
}

Result<Ok> Database::backupTo(const std::string& path)
{
    return m_backend->backupTo(path);
}

Result<Ok> Database::restoreFrom(const std::string& path)
{
    return m_backend->restoreFrom(path);
}

Result<std::vector<std::unique_ptr<Database>>> Database::beginSharedRead(const std::string& savepoint, int extra)
{
    m_sharedReadFresh = m_transactionDepth == 0 && !m_backend->inTransaction();
    auto backends = m_backend->beginSharedRead(savepoint, extra, m_sharedReadFresh);
    if (!backends)
        return backends.error();
    std::vector<std::unique_ptr<Database>> readers;
    for (auto& b : *backends)
        readers.push_back(std::unique_ptr<Database>(new Database(std::move(b), m_path)));
    return readers;
}

Result<Ok> Database::endSharedRead(const std::string& savepoint)
{
    return m_backend->endSharedRead(savepoint, m_sharedReadFresh);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    auto r = m_level == 1 ? m_db.backend().beginWrite() : m_db.execute("SAVEPOINT sp" + std::to_string(m_level));
    if (!r) {
        m_beginError = r.error();
        if (m_beginError.message.empty())
            m_beginError.message = "could not begin a transaction";
        --m_db.transactionDepth();
        m_done = true;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_level == 1) {
        (void)m_db.execute("ROLLBACK");
    } else {
        const std::string name = "sp" + std::to_string(m_level);
        (void)m_db.execute("ROLLBACK TO " + name);
        (void)m_db.execute("RELEASE " + name);
    }
    --m_db.transactionDepth();
}

Result<Ok> Transaction::commit()
{
    if (!ok())
        return m_beginError;
    if (m_done)
        return makeDbError(DbError::Kind::Invalid, "transaction already finished");
    auto r = m_level == 1 ? m_db.execute("COMMIT") : m_db.execute("RELEASE sp" + std::to_string(m_level));
    if (!r)
        return r.error(); // the destructor rolls back
    m_done = true;
    --m_db.transactionDepth();
    return Ok{};
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"

#include "db/sqlite/read_ahead.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

namespace prep::db {

namespace {

// Long enough to ride out another station's transaction (they are short), short enough to report a stuck lock.
constexpr int kBusyTimeoutMs = 10000;

Result<Ok> pragma(sqlite3* db, const char* sqlText, const char* expected)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sqlText, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sql::errorFrom(db, rc, sqlText);
    rc = sqlite3_step(stmt);
    std::string answer;
    if (rc == SQLITE_ROW) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        answer = p ? p : "";
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sql::errorFrom(db, rc, sqlText);
    if (expected && answer != expected)
        return makeDbError(DbError::Kind::Io,
                           std::string(sqlText) + " answered \"" + answer + "\", expected \"" + expected + "\"");
    return Ok{};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string& path)
{
    auto migrations = builtinMigrations();
    if (!migrations)
        return migrations.error();
    return open(path, *migrations);
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, const std::vector<Migration>& migrations)
{
    if (sodium_init() < 0)
        return makeDbError(DbError::Kind::Io, "libsodium could not be initialised");
    sqlite3* raw = nullptr;
    // NOMUTEX: a Database is used by one thread at a time (see database.h), so SQLite's own locking is overhead.
    const int rc =
        sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sql::errorFrom(raw, rc, "opening " + path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    // WAL: readers never block the writer; synchronous=FULL: a commit the user saw acknowledged survives power loss.
    if (auto r = pragma(raw, "PRAGMA journal_mode=WAL", "wal"); !r) {
        DbError e = r.error();
        e.message = path + ": " + e.message;
        return e;
    }
    // Memory-mapped reads: verifying the audit trail reads the whole table; no copy through read() per page.
    for (const char* p : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA mmap_size=2147418112"})
        if (auto r = pragma(raw, p, nullptr); !r)
            return r.error();
    if (auto r = pragma(raw, "PRAGMA foreign_keys", "1"); !r)
        return r.error();

    MigrationManager manager(raw, migrations);
    auto outcome = manager.migrate();
    if (!outcome) {
        DbError e = outcome.error();
        e.message = path + ": " + e.message;
        return e;
    }
    db->m_migrationOutcome = *outcome;
    return db;
}

Database::~Database()
{
    for (auto& [text, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

int Database::schemaVersion() const
{
    return userVersion(m_db);
}

Result<sql::Statement> Database::prepare(const std::string& sqlText)
{
    auto it = m_statements.find(sqlText);
    if (it == m_statements.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc =
            sqlite3_prepare_v3(m_db, sqlText.c_str(), int(sqlText.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return sql::errorFrom(m_db, rc, "preparing \"" + sqlText.substr(0, 60) + "\"");
        it = m_statements.emplace(sqlText, stmt).first;
    }
    return sql::Statement(m_db, it->second);
}

Result<Ok> Database::execute(const std::string& sqlText)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sqlText.c_str(), nullptr, nullptr, &message);
    if (message)
        sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sql::errorFrom(m_db, rc, "executing \"" + sqlText.substr(0, 60) + "\"");
    return Ok{};
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Result<Ok> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    const std::string answer = *row ? stmt->text(0) : std::string("no answer");
    if (answer != "ok")
        return makeDbError(DbError::Kind::Corrupt, "integrity_check: " + answer);
    return Ok{};
}

Result<Ok> Database::backupTo(const std::string& path)
{
    namespace fs = std::filesystem;
    const std::string partial = path + ".partial";
    std::error_code ec;
    fs::remove(partial, ec);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(partial.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        DbError e = sql::errorFrom(target, rc, "creating backup " + partial);
        sqlite3_close_v2(target);
        return e;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        DbError e = sql::errorFrom(target, sqlite3_errcode(target), "starting backup");
        sqlite3_close_v2(target);
        return e;
    }
    // Copy in slices and yield between them so a station writing meanwhile is not stalled; when another connection
    // writes, SQLite restarts the copy, so the result is always one consistent snapshot.
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(10);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        DbError e = sql::errorFrom(target, rc, "copying into backup " + partial);
        sqlite3_close_v2(target);
        fs::remove(partial, ec);
        return e;
    }
    // A backup is a standalone file: no WAL beside it.
    char* message = nullptr;
    sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    sqlite3_close_v2(target);
    fs::rename(partial, path, ec);
    if (ec)
        return makeDbError(DbError::Kind::Io, "moving backup into place at " + path + ": " + ec.message());
    return Ok{};
}

Result<Ok> Database::restoreFrom(const std::string& path)
{
    if (!std::filesystem::exists(path))
        return makeDbError(DbError::Kind::NotFound, "no backup at " + path);
    sqlite3* source = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr);
    auto closeSource = [&] { sqlite3_close_v2(source); };
    if (rc != SQLITE_OK) {
        DbError e = sql::errorFrom(source, rc, "opening backup " + path);
        closeSource();
        return e;
    }
    if (auto r = pragma(source, "PRAGMA integrity_check", "ok"); !r) {
        closeSource();
        return makeDbError(DbError::Kind::Corrupt, path + " is not an intact database: " + r.error().message);
    }
    if (userVersion(source) <= 0) {
        closeSource();
        return makeDbError(DbError::Kind::Invalid, path + " is not a PrepStation database");
    }
    sqlite3_backup* backup = sqlite3_backup_init(m_db, "main", source, "main");
    if (!backup) {
        DbError e = sql::errorFrom(m_db, sqlite3_errcode(m_db), "starting restore");
        closeSource();
        return e;
    }
    // One step: the destination stays locked for the whole copy, so no station sees half a restore.
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(10);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    closeSource();
    if (rc != SQLITE_DONE)
        return sql::errorFrom(m_db, rc, "restoring from " + path);
    // Cached statements refer to the old schema.
    for (auto& [text, stmt] : m_statements)
        sqlite3_finalize(stmt);
    m_statements.clear();
    return Ok{};
}

Result<std::vector<std::unique_ptr<Database>>> Database::beginSharedRead(const std::string& savepoint, int extra)
{
    const bool fresh = m_transactionDepth == 0 && sqlite3_get_autocommit(m_db);
    if (auto r = execute("SAVEPOINT " + savepoint); !r)
        return r.error();
    std::vector<std::unique_ptr<Database>> readers;
    const char* file = sqlite3_db_filename(m_db, "main");
    if (!fresh || extra <= 0 || !file || !*file)
        return readers;
    const std::string path = file;
    auto openConnection = [&](sqlite3** out, const char* vfs) {
        const int rc = sqlite3_open_v2(path.c_str(), out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, vfs);
        if (rc == SQLITE_OK) {
            sqlite3_extended_result_codes(*out, 1);
            sqlite3_busy_timeout(*out, kBusyTimeoutMs);
        }
        return rc == SQLITE_OK;
    };
    sqlite3* lock = nullptr;
    const bool locked =
        openConnection(&lock, nullptr) && sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    // Reading the schema starts this connection's snapshot (a SAVEPOINT alone reads nothing yet).
    const char* const kStartRead = "SELECT count(*) FROM sqlite_schema";
    if (locked && pragma(m_db, kStartRead, nullptr)) {
        for (int i = 0; i < extra; ++i) {
            sqlite3* raw = nullptr;
            const bool opened = openConnection(&raw, sql::readAheadVfs());
            std::unique_ptr<Database> reader(new Database(raw, path));
            // Readers scan sequentially: no memory map (faulting each page in cost more than reading it on this
            // project's VM), and reads ahead in large blocks once their transaction is open (db/sqlite/read_ahead.h).
            if (!opened || !pragma(raw, "PRAGMA mmap_size=0", nullptr) ||
                sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK ||
                !pragma(raw, kStartRead, nullptr)) {
                readers.clear();
                break;
            }
            sql::startReadAhead(raw);
            readers.push_back(std::move(reader));
        }
    }
    if (lock) {
        sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(lock);
    }
    return readers;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    auto r = m_level == 1 ? m_db.execute("BEGIN IMMEDIATE") : m_db.execute("SAVEPOINT sp" + std::to_string(m_level));
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlite/sqlite_backend.h"

#include "db/sqlite/read_ahead.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

namespace prep::db {

namespace {

// Long enough to ride out another station's transaction (they are short), short enough to report a stuck lock.
constexpr int kBusyTimeoutMs = 10000;

// Waiting for the write lock. SQLite's own busy timeout sleeps longer and longer (100 ms a try after the first
// quarter second), so a station whose neighbour commits back to back keeps missing the instants the lock is free,
// and was seen to give up after 10 s while the other wrote on. Short, jittered sleeps (0.2-1.2 ms) try again
// within about a millisecond of each release, for the same 10 s at most.
int waitForLock(void*, int attempt)
{
    thread_local std::chrono::steady_clock::time_point since;
    thread_local std::minstd_rand jitter{std::random_device{}()};
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        since = now;
    if (now - since >= std::chrono::milliseconds(kBusyTimeoutMs))
        return 0;
    std::this_thread::sleep_for(std::chrono::microseconds(200 + jitter() % 1000));
    return 1;
}

// SQLite's "disk I/O error" does not tell a technician that the disk may be full (a file size limit, a quota or
// a full volume end the same way): what could not be done comes first.
std::string cannotWrite(int code)
{
    if ((code & 0xff) == SQLITE_FULL || code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC ||
        code == SQLITE_IOERR_TRUNCATE || code == SQLITE_IOERR_SHMSIZE || code == SQLITE_IOERR_DIR_FSYNC)
        return "the database could not be written (disk full, or the storage failing): ";
    if ((code & 0xff) == SQLITE_READONLY)
        return "the database is read-only (opened read-only, or on read-only storage): nothing can be recorded: ";
    return {};
}

// The DbError for an SQLite result code, naming what we were doing and SQLite's own message.
DbError errorFrom(sqlite3* db, int code, std::string_view doing)
{
    DbError::Kind kind = DbError::Kind::Io;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = DbError::Kind::Busy;
        break;
    case SQLITE_CONSTRAINT:
        kind = DbError::Kind::Constraint;
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        kind = DbError::Kind::Corrupt;
        break;
    case SQLITE_ERROR:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        kind = DbError::Kind::Invalid;
        break;
    default:
        break;
    }
    std::string message = cannotWrite(code);
    message += doing;
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return makeDbError(kind, std::move(message));
}

Result<Ok> pragma(sqlite3* db, const char* sqlText, const char* expected)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sqlText, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFrom(db, rc, sqlText);
    rc = sqlite3_step(stmt);
    std::string answer;
    if (rc == SQLITE_ROW) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        answer = p ? p : "";
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return errorFrom(db, rc, sqlText);
    if (expected && answer != expected)
        return makeDbError(DbError::Kind::Io,
                           std::string(sqlText) + " answered \"" + answer + "\", expected \"" + expected + "\"");
    return Ok{};
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

Result<Ok> exec(sqlite3* db, const std::string& sqlText)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sqlText.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Ok{};
    DbError e = errorFrom(db, rc, "executing \"" + sqlText.substr(0, 60) + "\"");
    if (message) {
        e.message = cannotWrite(rc) + "executing \"" + sqlText.substr(0, 60) + "\": " + message;
        sqlite3_free(message);
    }
    return e;
}

class SqliteCursor final : public sql::Cursor
{
public:
    SqliteCursor(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }

    void bind(int index, const sql::Value& value) override
    {
        // Binding errors (wrong index) are programming errors; they surface as the step's error.
        if (std::holds_alternative<std::nullptr_t>(value))
            sqlite3_bind_null(m_stmt, index);
        else if (auto i = std::get_if<std::int64_t>(&value))
            sqlite3_bind_int64(m_stmt, index, *i);
        else if (auto d = std::get_if<double>(&value))
            sqlite3_bind_double(m_stmt, index, *d);
        else {
            const auto& s = std::get<std::string>(value);
            sqlite3_bind_text(m_stmt, index, s.data(), int(s.size()), SQLITE_TRANSIENT);
        }
    }
    Result<bool> step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        std::string doing = "executing \"";
        const char* sqlText = sqlite3_sql(m_stmt);
        doing += std::string_view(sqlText ? sqlText : "").substr(0, 60);
        doing += "\"";
        return errorFrom(m_db, rc, doing);
    }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    std::string_view columnName(int i) const override { return sqlite3_column_name(m_stmt, i); }
    bool isNull(int i) const override { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    std::int64_t int64(int i) const override { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const override { return sqlite3_column_double(m_stmt, i); }
    std::string_view textView(int i) const override
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        if (!p)
            return {};
        return std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, i)));
    }
    sql::Value value(int i) const override
    {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            return int64(i);
        case SQLITE_FLOAT:
            return real(i);
        case SQLITE_NULL:
            return nullptr;
        default:
            return std::string(textView(i));
        }
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
};

} // namespace

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const std::string& path, bool create)
{
    // "file:PATH?mode=ro" (an SQLite URI) opens a database read-only: an auditor's copy, read-only media.
    const bool uri = path.rfind("file:", 0) == 0;
    const size_t query = path.find('?');
    const std::string file = uri ? path.substr(5, query == std::string::npos ? query : query - 5) : path;
    if (!create && !std::filesystem::exists(file))
        return makeDbError(DbError::Kind::NotFound, "no database at " + file);
    sqlite3* raw = nullptr;
    // NOMUTEX: a Database is used by one thread at a time (see database.h), so SQLite's own locking is overhead.
    const int rc = sqlite3_open_v2(path.c_str(), &raw,
                                   SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX |
                                       (uri ? SQLITE_OPEN_URI : 0),
                                   nullptr);
    std::unique_ptr<SqliteBackend> db(new SqliteBackend(raw));
    if (rc != SQLITE_OK)
        return errorFrom(raw, rc, "opening " + path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_handler(raw, waitForLock, nullptr);
    // WAL: readers never block the writer; synchronous=FULL: a commit the user saw acknowledged survives power loss.
    // A read-only database keeps its journal mode (changing it is a write); every write to it is refused.
    const bool readOnly = sqlite3_db_readonly(raw, "main") == 1;
    if (auto r = readOnly ? Result<Ok>(Ok{}) : pragma(raw, "PRAGMA journal_mode=WAL", "wal"); !r) {
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
    return db;
}

SqliteBackend::~SqliteBackend()
{
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

Result<sql::Cursor*> SqliteBackend::prepare(const std::string& sqlText, sql::Rows)
{
    auto it = m_statements.find(sqlText);
    if (it == m_statements.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc =
            sqlite3_prepare_v3(m_db, sqlText.c_str(), int(sqlText.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return errorFrom(m_db, rc, "preparing \"" + sqlText.substr(0, 60) + "\"");
        it = m_statements.emplace(sqlText, std::make_unique<SqliteCursor>(m_db, stmt)).first;
    }
    return it->second.get();
}

Result<Ok> SqliteBackend::execute(const std::string& sqlText)
{
    return exec(m_db, sqlText);
}

Result<Ok> SqliteBackend::beginWrite()
{
    // IMMEDIATE: the write lock up front, so two stations never deadlock upgrading a read lock.
    return exec(m_db, "BEGIN IMMEDIATE");
}

bool SqliteBackend::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

Result<int> SqliteBackend::schemaVersion()
{
    const int v = userVersion(m_db);
    if (v < 0)
        return makeDbError(DbError::Kind::Corrupt, "cannot read the schema version (not a PrepStation database?)");
    return v;
}

Result<Ok> SqliteBackend::recordSchemaVersion(int version)
{
    return exec(m_db, "PRAGMA user_version = " + std::to_string(version));
}

Result<Ok> SqliteBackend::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check", sql::Rows::Few);
    if (!stmt)
        return stmt.error();
    sql::Statement s(*stmt);
    auto row = s.step();
    if (!row)
        return row.error();
    const std::string answer = *row ? s.text(0) : std::string("no answer");
    if (answer != "ok")
        return makeDbError(DbError::Kind::Corrupt, "integrity_check: " + answer);
    return Ok{};
}

Result<Ok> SqliteBackend::backupTo(const std::string& path)
{
    namespace fs = std::filesystem;
    const std::string partial = path + ".partial";
    std::error_code ec;
    fs::remove(partial, ec);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(partial.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        DbError e = errorFrom(target, rc, "creating backup " + partial);
        sqlite3_close_v2(target);
        return e;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        DbError e = errorFrom(target, sqlite3_errcode(target), "starting backup");
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
        DbError e = errorFrom(target, rc, "copying into backup " + partial);
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

Result<Ok> SqliteBackend::restoreFrom(const std::string& path)
{
    if (!std::filesystem::exists(path))
        return makeDbError(DbError::Kind::NotFound, "no backup at " + path);
    sqlite3* source = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr);
    auto closeSource = [&] { sqlite3_close_v2(source); };
    if (rc != SQLITE_OK) {
        DbError e = errorFrom(source, rc, "opening backup " + path);
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
        DbError e = errorFrom(m_db, sqlite3_errcode(m_db), "starting restore");
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
        return errorFrom(m_db, rc, "restoring from " + path);
    // Cached statements refer to the old schema.
    clearStatements();
    return Ok{};
}

void SqliteBackend::clearStatements()
{
    m_statements.clear();
}

Result<std::vector<std::unique_ptr<Backend>>> SqliteBackend::beginSharedRead(const std::string& savepoint, int extra,
                                                                             bool fresh)
{
    fresh = fresh && sqlite3_get_autocommit(m_db);
    if (auto r = execute("SAVEPOINT " + savepoint); !r)
        return r.error();
    std::vector<std::unique_ptr<Backend>> readers;
    const char* file = sqlite3_db_filename(m_db, "main");
    if (!fresh || extra <= 0 || !file || !*file)
        return readers;
    const std::string path = file;
    auto openConnection = [&](sqlite3** out, const char* vfs) {
        const int rc = sqlite3_open_v2(path.c_str(), out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, vfs);
        if (rc == SQLITE_OK) {
            sqlite3_extended_result_codes(*out, 1);
            sqlite3_busy_handler(*out, waitForLock, nullptr);
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
            std::unique_ptr<SqliteBackend> reader(new SqliteBackend(raw));
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

Result<Ok> SqliteBackend::endSharedRead(const std::string& savepoint, bool)
{
    return execute("RELEASE " + savepoint);
}

} // namespace prep::db

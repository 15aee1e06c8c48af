// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgresql/pg_backend.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace prep::db {

namespace {

// The key of the advisory lock every writer holds for its transaction ("PREP" in ASCII).
constexpr long long kWriteLockKey = 0x50524550;
// Rows fetched per round trip when a query streams (sql::Rows::Many).
constexpr int kFetchRows = 4096;

// PostgreSQL type OIDs (pg_type.h), for reading a column as the value it holds.
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

std::string trimmed(const char* message)
{
    std::string m = message ? message : "";
    while (!m.empty() && (m.back() == '\n' || m.back() == ' '))
        m.pop_back();
    return m;
}

// SQLSTATE classes (PostgreSQL appendix A) mapped to the db layer's kinds.
DbError::Kind kindOf(const char* sqlState)
{
    const std::string_view s = sqlState ? sqlState : "";
    if (s.substr(0, 2) == "23")
        return DbError::Kind::Constraint;
    if (s == "40001" || s == "40P01" || s == "55P03" || s == "57014")
        return DbError::Kind::Busy;
    if (s.substr(0, 2) == "42" || s.substr(0, 2) == "22")
        return DbError::Kind::Invalid;
    if (s.substr(0, 2) == "28")
        return DbError::Kind::Denied;
    if (s == "XX001" || s == "XX002")
        return DbError::Kind::Corrupt;
    return DbError::Kind::Io;
}

DbError resultError(PGconn* conn, const PGresult* res, std::string_view doing)
{
    std::string message(doing);
    message += ": ";
    if (res && *PQresultErrorMessage(res))
        message += trimmed(PQresultErrorMessage(res));
    else
        message += trimmed(PQerrorMessage(conn));
    return makeDbError(res ? kindOf(PQresultErrorField(res, PG_DIAG_SQLSTATE)) : DbError::Kind::Io, std::move(message));
}

struct ResultGuard
{
    PGresult* r;
    ~ResultGuard() { PQclear(r); }
};

// Runs statements without parameters; Ok when the server accepted them.
Result<Ok> run(PGconn* conn, const std::string& sqlText)
{
    ResultGuard res{PQexec(conn, sqlText.c_str())};
    const auto status = PQresultStatus(res.r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return resultError(conn, res.r, "executing \"" + sqlText.substr(0, 60) + "\"");
    // COMMIT of a transaction that failed earlier is answered "ROLLBACK": nothing was written.
    if (sqlText == "COMMIT" && std::strcmp(PQcmdStatus(res.r), "ROLLBACK") == 0)
        return makeDbError(DbError::Kind::Io, "COMMIT: the transaction had failed and was rolled back");
    return Ok{};
}

// One text value of the first row, or nothing.
Result<std::optional<std::string>> firstValue(PGconn* conn, const std::string& sqlText)
{
    ResultGuard res{PQexec(conn, sqlText.c_str())};
    if (PQresultStatus(res.r) != PGRES_TUPLES_OK)
        return resultError(conn, res.r, "executing \"" + sqlText.substr(0, 60) + "\"");
    if (PQntuples(res.r) == 0 || PQgetisnull(res.r, 0, 0))
        return std::optional<std::string>();
    return std::optional<std::string>(PQgetvalue(res.r, 0, 0));
}

void ignoreNotice(void*, const char*) {}

class PgCursor final : public sql::Cursor
{
public:
    PgCursor(PgBackend& backend, std::string name, std::string sqlText, sql::Rows rows)
        : m_backend(backend)
        , m_name(std::move(name))
        , m_sql(std::move(sqlText))
        , m_streams(rows == sql::Rows::Many)
        , m_connectionNumber(backend.connectionNumber())
    {}
    ~PgCursor() override { PQclear(m_result); }

    // Reads the statement's parameters and result columns, as SQLite knows them once a statement is prepared.
    Result<Ok> describe()
    {
        PGconn* conn = m_backend.connection();
        ResultGuard res{PQdescribePrepared(conn, m_name.c_str())};
        if (PQresultStatus(res.r) != PGRES_COMMAND_OK)
            return resultError(conn, res.r, "describing \"" + m_sql.substr(0, 60) + "\"");
        m_params.resize(std::size_t(PQnparams(res.r)));
        const int n = PQnfields(res.r);
        for (int i = 0; i < n; ++i) {
            m_columns.emplace_back(PQfname(res.r, i));
            m_types.push_back(PQftype(res.r, i));
        }
        return Ok{};
    }

    void bind(int index, const sql::Value& value) override
    {
        if (index < 1 || std::size_t(index) > m_params.size())
            return; // surfaces as the server's error on step: a parameter without a value
        auto& slot = m_params[std::size_t(index - 1)];
        if (std::holds_alternative<std::nullptr_t>(value)) {
            slot.reset();
        } else if (auto i = std::get_if<std::int64_t>(&value)) {
            slot = std::to_string(*i);
        } else if (auto d = std::get_if<double>(&value)) {
            char buf[32];
            auto [end, ec] = std::to_chars(buf, buf + sizeof buf, *d); // shortest text that reads back exactly
            slot = ec == std::errc() ? std::string(buf, end) : std::string("NaN");
        } else {
            slot = std::get<std::string>(value);
        }
    }

    Result<bool> step() override
    {
        if (!m_started) {
            m_started = true;
            if (auto r = start(); !r)
                return r.error();
        } else {
            ++m_row;
        }
        if (m_row < m_rowCount)
            return true;
        if (m_cursorOpen && m_rowCount == kFetchRows) {
            if (auto r = fetch(); !r)
                return r.error();
            if (m_row < m_rowCount)
                return true;
        }
        closeCursor();
        return false;
    }

    void reset() override
    {
        closeCursor();
        PQclear(m_result);
        m_result = nullptr;
        m_row = m_rowCount = 0;
        m_started = false;
        for (auto& p : m_params)
            p.reset();
    }

    int columnCount() const override { return int(m_columns.size()); }
    std::string_view columnName(int i) const override { return m_columns[std::size_t(i)]; }
    bool isNull(int i) const override { return !m_result || PQgetisnull(m_result, m_row, i); }
    std::int64_t int64(int i) const override
    {
        if (isNull(i))
            return 0;
        const char* v = PQgetvalue(m_result, m_row, i);
        if (m_types[std::size_t(i)] == kBool)
            return *v == 't' ? 1 : 0;
        if (m_types[std::size_t(i)] == kFloat8 || m_types[std::size_t(i)] == kFloat4 ||
            m_types[std::size_t(i)] == kNumeric)
            return std::int64_t(std::strtod(v, nullptr));
        return std::strtoll(v, nullptr, 10);
    }
    double real(int i) const override { return isNull(i) ? 0.0 : std::strtod(PQgetvalue(m_result, m_row, i), nullptr); }
    std::string_view textView(int i) const override
    {
        if (isNull(i))
            return {};
        return std::string_view(PQgetvalue(m_result, m_row, i), std::size_t(PQgetlength(m_result, m_row, i)));
    }
    sql::Value value(int i) const override
    {
        if (isNull(i))
            return nullptr;
        switch (m_types[std::size_t(i)]) {
        case kBool:
        case kInt2:
        case kInt4:
        case kInt8:
            return int64(i);
        case kFloat4:
        case kFloat8:
        case kNumeric:
            return real(i);
        default:
            return std::string(textView(i));
        }
    }

private:
    std::vector<const char*> values() const
    {
        std::vector<const char*> v;
        for (const auto& p : m_params)
            v.push_back(p ? p->c_str() : nullptr);
        return v;
    }

    Result<Ok> start()
    {
        auto r = startOnce();
        // The server closed the connection since its last use (libpq learns it only now): outside a transaction,
        // once more on a new connection.
        if (!r && PQstatus(m_backend.connection()) != CONNECTION_OK && !m_backend.transactionOpen())
            r = startOnce();
        return r;
    }

    Result<Ok> startOnce()
    {
        if (auto r = m_backend.reconnectIfLost(); !r)
            return r.error();
        PGconn* conn = m_backend.connection();
        if (m_connectionNumber != m_backend.connectionNumber()) {
            // Prepared on a connection the server has since closed: prepare it again on this one.
            ResultGuard res{PQprepare(conn, m_name.c_str(), m_sql.c_str(), 0, nullptr)};
            if (PQresultStatus(res.r) != PGRES_COMMAND_OK)
                return resultError(conn, res.r, "preparing \"" + m_sql.substr(0, 60) + "\"");
            m_connectionNumber = m_backend.connectionNumber();
        }
        const auto v = values();
        // A query that may return many rows, inside a transaction: a server-side cursor read in batches, so that
        // verifying twenty million audit entries never holds them all in memory.
        if (m_streams && PQtransactionStatus(conn) == PQTRANS_INTRANS) {
            m_cursorName = m_backend.nextName('c');
            const std::string declare = "DECLARE " + m_cursorName + " NO SCROLL CURSOR FOR " + m_sql;
            ResultGuard res{PQexecParams(conn, declare.c_str(), int(v.size()), nullptr, v.data(), nullptr, nullptr, 0)};
            if (PQresultStatus(res.r) != PGRES_COMMAND_OK)
                return resultError(conn, res.r, "executing \"" + m_sql.substr(0, 60) + "\"");
            m_cursorOpen = true;
            return fetch();
        }
        m_result = PQexecPrepared(conn, m_name.c_str(), int(v.size()), v.data(), nullptr, nullptr, 0);
        const auto status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            DbError e = resultError(conn, m_result, "executing \"" + m_sql.substr(0, 60) + "\"");
            PQclear(m_result);
            m_result = nullptr;
            return e;
        }
        m_row = 0;
        m_rowCount = PQntuples(m_result);
        return Ok{};
    }

    Result<Ok> fetch()
    {
        PGconn* conn = m_backend.connection();
        PQclear(m_result);
        const std::string text = "FETCH FORWARD " + std::to_string(kFetchRows) + " FROM " + m_cursorName;
        m_result = PQexec(conn, text.c_str());
        if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
            DbError e = resultError(conn, m_result, "reading \"" + m_sql.substr(0, 60) + "\"");
            PQclear(m_result);
            m_result = nullptr;
            m_cursorOpen = false;
            m_row = m_rowCount = 0;
            return e;
        }
        m_row = 0;
        m_rowCount = PQntuples(m_result);
        return Ok{};
    }

    void closeCursor()
    {
        if (!m_cursorOpen)
            return;
        m_cursorOpen = false;
        PQclear(PQexec(m_backend.connection(), ("CLOSE " + m_cursorName).c_str()));
    }

    PgBackend& m_backend;
    std::string m_name, m_sql;
    bool m_streams;
    std::vector<std::optional<std::string>> m_params;
    std::vector<std::string> m_columns;
    std::vector<Oid> m_types;
    PGresult* m_result = nullptr;
    int m_row = 0, m_rowCount = 0;
    bool m_started = false;
    bool m_cursorOpen = false;
    std::string m_cursorName;
    long m_connectionNumber;
};

} // namespace

std::string PgBackend::withoutPassword(const std::string& uri)
{
    std::string out = uri;
    // postgresql://user:secret@host -> postgresql://user@host
    const auto scheme = out.find("://");
    if (scheme != std::string::npos) {
        const auto authorityEnd = out.find_first_of("/?", scheme + 3);
        const auto at = out.rfind('@', authorityEnd == std::string::npos ? out.size() : authorityEnd);
        if (at != std::string::npos && at > scheme) {
            const auto colon = out.find(':', scheme + 3);
            if (colon != std::string::npos && colon < at)
                out.erase(colon, at - colon);
        }
    }
    // ...?password=secret&... -> dropped
    for (auto p = out.find("password="); p != std::string::npos; p = out.find("password=")) {
        if (p == 0 || (out[p - 1] != '?' && out[p - 1] != '&'))
            break;
        const auto end = out.find('&', p);
        out.erase(p, end == std::string::npos ? std::string::npos : end - p + 1);
    }
    while (!out.empty() && (out.back() == '&' || out.back() == '?'))
        out.pop_back();
    return out;
}

std::string PgBackend::numberedParameters(const std::string& sqlText)
{
    std::string out;
    out.reserve(sqlText.size() + 16);
    int next = 0;
    char quote = 0;
    for (std::size_t i = 0; i < sqlText.size(); ++i) {
        const char c = sqlText[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        std::size_t j = i + 1;
        while (j < sqlText.size() && sqlText[j] >= '0' && sqlText[j] <= '9')
            ++j;
        if (j > i + 1) {
            out += '$';
            out.append(sqlText, i + 1, j - i - 1);
            i = j - 1;
        } else {
            out += '$' + std::to_string(++next);
        }
    }
    return out;
}

Result<std::unique_ptr<PgBackend>> PgBackend::connect(const std::string& uri)
{
    PGconn* conn = PQconnectdb(uri.c_str());
    std::unique_ptr<PgBackend> backend(new PgBackend(conn, uri));
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return makeDbError(DbError::Kind::Io, "connecting to " + withoutPassword(uri) + ": " +
                                                  trimmed(conn ? PQerrorMessage(conn) : "out of memory"));
    PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
    // lock_timeout: as SQLite's busy timeout, long enough to ride out another station's transaction, short enough
    // to report a stuck lock. UTC and ISO dates: the station stores its times as text, but a session's settings
    // must not change what a query answers.
    if (auto r = run(conn, "SET client_min_messages = warning; SET lock_timeout = '10s'; SET TIME ZONE 'UTC'; "
                           "SET DateStyle = 'ISO'; SET extra_float_digits = 1");
        !r)
        return r.error();
    return backend;
}

PgBackend::~PgBackend()
{
    m_statements.clear();
    PQfinish(m_conn);
}

Result<Ok> PgBackend::reconnectIfLost()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return Ok{};
    if (m_transactionOpen)
        return makeDbError(DbError::Kind::Io, "the connection to " + withoutPassword(m_uri) +
                                                  " was lost during a transaction: nothing of it was written");
    PQreset(m_conn);
    ++m_connectionNumber;
    if (PQstatus(m_conn) != CONNECTION_OK)
        return makeDbError(DbError::Kind::Io, "the connection to " + withoutPassword(m_uri) +
                                                  " was lost: " + trimmed(PQerrorMessage(m_conn)));
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    return run(m_conn, "SET client_min_messages = warning; SET lock_timeout = '10s'; SET TIME ZONE 'UTC'; "
                       "SET DateStyle = 'ISO'; SET extra_float_digits = 1");
}

Result<sql::Cursor*> PgBackend::prepare(const std::string& sqlText, sql::Rows rows)
{
    const std::string key = (rows == sql::Rows::Many ? "M:" : "F:") + sqlText;
    if (auto r = reconnectIfLost(); !r)
        return r.error();
    auto it = m_statements.find(key);
    if (it != m_statements.end())
        return it->second.get();
    const std::string text = numberedParameters(sqlText);
    const std::string name = nextName('s');
    ResultGuard res{PQprepare(m_conn, name.c_str(), text.c_str(), 0, nullptr)};
    if (PQresultStatus(res.r) != PGRES_COMMAND_OK)
        return resultError(m_conn, res.r, "preparing \"" + sqlText.substr(0, 60) + "\"");
    auto cursor = std::make_unique<PgCursor>(*this, name, text, rows);
    if (auto r = cursor->describe(); !r)
        return r.error();
    return m_statements.emplace(key, std::move(cursor)).first->second.get();
}

Result<Ok> PgBackend::execute(const std::string& sqlText)
{
    // The end of a transaction ends it here whatever the server answers (a lost connection ended it already).
    const bool ends = sqlText == "COMMIT" || sqlText == "ROLLBACK";
    if (ends && PQstatus(m_conn) != CONNECTION_OK) {
        m_transactionOpen = false;
        return makeDbError(DbError::Kind::Io, "the connection to " + withoutPassword(m_uri) +
                                                  " was lost during a transaction: nothing of it was written");
    }
    if (auto r = reconnectIfLost(); !r)
        return r.error();
    auto r = run(m_conn, sqlText);
    if (!r && !ends && !m_transactionOpen && PQstatus(m_conn) != CONNECTION_OK) {
        // Lost since its last use, outside a transaction: once more on a new connection.
        if (auto again = reconnectIfLost(); !again)
            return again.error();
        r = run(m_conn, sqlText);
    }
    if (ends)
        m_transactionOpen = false;
    return r;
}

Result<Ok> PgBackend::beginWrite()
{
    if (auto r = reconnectIfLost(); !r)
        return r.error();
    auto begun = run(m_conn, "BEGIN");
    if (!begun && PQstatus(m_conn) != CONNECTION_OK) {
        // Lost since its last use: nothing had begun, so a new connection may begin it.
        if (auto again = reconnectIfLost(); !again)
            return again.error();
        begun = run(m_conn, "BEGIN");
    }
    if (!begun)
        return begun;
    // Held until COMMIT or ROLLBACK: every writer of every station queues here, as on SQLite's write lock.
    if (auto r = run(m_conn, "SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLockKey) + ")"); !r) {
        (void)run(m_conn, "ROLLBACK");
        return r;
    }
    m_transactionOpen = true;
    return Ok{};
}

bool PgBackend::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE && PQtransactionStatus(m_conn) != PQTRANS_UNKNOWN;
}

Result<int> PgBackend::schemaVersion()
{
    auto table = firstValue(m_conn, "SELECT to_regclass('prep_schema_version')::text");
    if (!table)
        return table.error();
    if (!*table)
        return 0;
    auto v = firstValue(m_conn, "SELECT version FROM prep_schema_version WHERE id = 1");
    if (!v)
        return v.error();
    return *v ? std::atoi((*v)->c_str()) : 0;
}

Result<Ok> PgBackend::recordSchemaVersion(int version)
{
    return run(m_conn, "CREATE TABLE IF NOT EXISTS prep_schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "version INTEGER NOT NULL); "
                       "INSERT INTO prep_schema_version (id, version) VALUES (1, " +
                           std::to_string(version) + ") ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version");
}

Result<Ok> PgBackend::keysCopied(const std::string& table)
{
    // Tables keyed otherwise (audit_log by seq, link tables) have no identity sequence: nothing to move on.
    auto hasId = firstValue(m_conn, "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                                    "AND table_name = '" +
                                        table + "' AND column_name = 'id' AND is_identity = 'YES'");
    if (!hasId)
        return hasId.error();
    if (!*hasId)
        return Ok{};
    return run(m_conn, "SELECT setval(pg_get_serial_sequence('" + table +
                           "', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                           "FROM " +
                           table);
}

Result<Ok> PgBackend::integrityCheck()
{
    // The server keeps its pages consistent (WAL, checksums when the cluster has them); what the station can ask
    // is that it answers and that the station's schema is there.
    auto v = schemaVersion();
    if (!v)
        return v.error();
    if (*v <= 0)
        return makeDbError(DbError::Kind::Corrupt, withoutPassword(m_uri) + " holds no PrepStation schema");
    return Ok{};
}

Result<Ok> PgBackend::backupTo(const std::string&)
{
    return makeDbError(DbError::Kind::Invalid, "a PostgreSQL database is backed up with pg_dump -Fc and restored "
                                               "with pg_restore (docs/DATABASE.md), not with prepctl backup");
}

Result<Ok> PgBackend::restoreFrom(const std::string& path)
{
    return backupTo(path);
}

Result<std::vector<std::unique_ptr<Backend>>> PgBackend::beginSharedRead(const std::string& savepoint, int extra,
                                                                         bool fresh)
{
    std::vector<std::unique_ptr<Backend>> readers;
    if (!fresh) {
        if (auto r = run(m_conn, "SAVEPOINT " + savepoint); !r)
            return r.error();
        return readers;
    }
    if (auto r = reconnectIfLost(); !r)
        return r.error();
    if (auto r = run(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"); !r)
        return r.error();
    m_transactionOpen = true;
    if (extra <= 0)
        return readers;
    // The readers import this transaction's snapshot: all of them see the same committed state.
    auto snapshot = firstValue(m_conn, "SELECT pg_export_snapshot()");
    if (!snapshot || !*snapshot)
        return readers;
    for (int i = 0; i < extra; ++i) {
        auto reader = connect(m_uri);
        if (!reader)
            break;
        PGconn* c = (*reader)->m_conn;
        if (!run(c, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") ||
            !run(c, "SET TRANSACTION SNAPSHOT '" + **snapshot + "'"))
            break;
        readers.push_back(std::move(*reader));
    }
    return readers;
}

Result<Ok> PgBackend::endSharedRead(const std::string& savepoint, bool fresh)
{
    return fresh ? execute("COMMIT") : run(m_conn, "RELEASE " + savepoint);
}

} // namespace prep::db

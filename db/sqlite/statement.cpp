// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlite/statement.h"

#include <sqlite3.h>

namespace prep::db::sql {

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
    std::string message(doing);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return makeDbError(kind, std::move(message));
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement& Statement::bind(int index, const Value& value)
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
    return *this;
}

Statement& Statement::bindAll(const std::vector<Value>& values)
{
    for (size_t i = 0; i < values.size(); ++i)
        bind(int(i + 1), values[i]);
    return *this;
}

Result<bool> Statement::step()
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

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Result<Ok> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!*r)
            return Ok{};
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
std::string Statement::columnName(int i) const
{
    return sqlite3_column_name(m_stmt, i);
}
bool Statement::isNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}
std::int64_t Statement::int64(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}
double Statement::real(int i) const
{
    return sqlite3_column_double(m_stmt, i);
}

std::string_view Statement::textView(int i) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    if (!p)
        return {};
    return std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, i)));
}

std::string Statement::text(int i) const
{
    return std::string(textView(i));
}

Value Statement::value(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return int64(i);
    case SQLITE_FLOAT:
        return real(i);
    case SQLITE_NULL:
        return nullptr;
    default:
        return text(i);
    }
}

int Statement::columnIndex(std::string_view name) const
{
    const int n = columnCount();
    for (int i = 0; i < n; ++i)
        if (name == sqlite3_column_name(m_stmt, i))
            return i;
    return -1;
}

std::int64_t Row::int64(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? 0 : m_s.int64(i);
}

double Row::real(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? 0.0 : m_s.real(i);
}

std::string Row::text(std::string_view name) const
{
    const int i = index(name);
    return i < 0 ? std::string() : m_s.text(i);
}

} // namespace prep::db::sql

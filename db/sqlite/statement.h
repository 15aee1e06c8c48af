// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: a prepared SQLite statement with typed binding and reading. All SQLite C API calls of the
// repositories go through here, so a PostgreSQL backend replaces this folder, not the repositories' callers.
#pragma once

#include "db/error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace prep::db::sql {

// One value as stored: NULL, integer, real or text.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
// Column name -> value, in a fixed order (used to build INSERT/UPDATE statements of a record).
using Columns = std::vector<std::pair<const char*, Value>>;

// The DbError for an SQLite result code, naming what we were doing and SQLite's own message.
DbError errorFrom(sqlite3* db, int code, std::string_view doing);

// A prepared statement borrowed from the Database's cache: reset and unbound when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~Statement();
    Statement(Statement&& other) noexcept
        : m_db(other.m_db)
        , m_stmt(std::exchange(other.m_stmt, nullptr))
    {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, const Value& value);
    Statement& bind(int index, std::int64_t value) { return bind(index, Value{value}); }
    Statement& bind(int index, int value) { return bind(index, Value{std::int64_t{value}}); }
    Statement& bind(int index, double value) { return bind(index, Value{value}); }
    Statement& bind(int index, const std::string& value) { return bind(index, Value{value}); }
    Statement& bind(int index, std::string_view value) { return bind(index, Value{std::string(value)}); }
    Statement& bind(int index, const char* value) { return bind(index, Value{std::string(value)}); }
    Statement& bindAll(const std::vector<Value>& values);

    // true: a row is available; false: done.
    Result<bool> step();
    // Ready to run again with new bindings.
    void reset();
    // Runs to completion (for statements without rows).
    Result<Ok> run();

    int columnCount() const;
    std::string columnName(int i) const;
    bool isNull(int i) const;
    std::int64_t int64(int i) const;
    double real(int i) const;
    std::string text(int i) const;
    std::string_view textView(int i) const; // valid until the next step
    Value value(int i) const;
    // Index of a result column by name, -1 when absent.
    int columnIndex(std::string_view name) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
};

// Reads a result row by column name (repositories map rows to records with it).
class Row
{
public:
    explicit Row(const Statement& s)
        : m_s(s)
    {}
    std::int64_t int64(std::string_view name) const;
    double real(std::string_view name) const;
    std::string text(std::string_view name) const;
    bool boolean(std::string_view name) const { return int64(name) != 0; }

private:
    int index(std::string_view name) const { return m_s.columnIndex(name); }
    const Statement& m_s;
};

// Steps through all rows, mapping each with `map(row)`.
template <class F>
auto collectRows(Statement& s, F&& map) -> Result<std::vector<decltype(map(std::declval<const Row&>()))>>
{
    std::vector<decltype(map(std::declval<const Row&>()))> out;
    const Row row(s);
    for (;;) {
        auto r = s.step();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        out.push_back(map(row));
    }
}

// The first row mapped with `map`, or a NotFound error saying `what`.
template <class F>
auto firstRow(Statement& s, F&& map, const std::string& what) -> Result<decltype(map(std::declval<const Row&>()))>
{
    auto r = s.step();
    if (!r)
        return r.error();
    if (!*r)
        return makeDbError(DbError::Kind::NotFound, what + " does not exist");
    return map(Row(s));
}

} // namespace prep::db::sql

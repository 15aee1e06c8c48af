// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: a prepared statement with typed binding and reading, the same on every backend. The repositories
// speak only this (and SQL that both SQLite and PostgreSQL accept, with `?` or `?N` parameters); each backend
// implements a Cursor (db/sqlite/, db/postgresql/), so nothing above db/ knows which one runs.
#pragma once

#include "db/error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace prep::db::sql {

// One value as stored: NULL, integer, real or text.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
// Column name -> value, in a fixed order (used to build INSERT/UPDATE statements of a record).
using Columns = std::vector<std::pair<const char*, Value>>;

// How many rows a query may return. Many: the backend streams them (PostgreSQL fetches them in batches through a
// server-side cursor inside a transaction) instead of holding the whole result in memory.
enum class Rows { Few, Many };

// A backend's prepared statement. Owned and cached by the backend; a Statement borrows it.
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual void bind(int index, const Value& value) = 0; // 1-based
    virtual Result<bool> step() = 0;                      // true: a row is available
    virtual void reset() = 0;                             // ready to run again; bindings cleared
    virtual int columnCount() const = 0;
    virtual std::string_view columnName(int i) const = 0;
    virtual bool isNull(int i) const = 0;
    virtual std::int64_t int64(int i) const = 0;
    virtual double real(int i) const = 0;
    virtual std::string_view textView(int i) const = 0; // valid until the next step
    virtual Value value(int i) const = 0;
};

// A prepared statement borrowed from the Database's cache: reset and unbound when it goes out of scope.
class Statement
{
public:
    explicit Statement(Cursor* cursor)
        : m_c(cursor)
    {}
    ~Statement()
    {
        if (m_c)
            m_c->reset();
    }
    Statement(Statement&& other) noexcept
        : m_c(std::exchange(other.m_c, nullptr))
    {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    // Parameters are 1-based.
    Statement& bind(int index, const Value& value)
    {
        m_c->bind(index, value);
        return *this;
    }
    Statement& bind(int index, std::int64_t value) { return bind(index, Value{value}); }
    Statement& bind(int index, int value) { return bind(index, Value{std::int64_t{value}}); }
    Statement& bind(int index, double value) { return bind(index, Value{value}); }
    Statement& bind(int index, const std::string& value) { return bind(index, Value{value}); }
    Statement& bind(int index, std::string_view value) { return bind(index, Value{std::string(value)}); }
    Statement& bind(int index, const char* value) { return bind(index, Value{std::string(value)}); }
    Statement& bindAll(const std::vector<Value>& values);

    // true: a row is available; false: done.
    Result<bool> step() { return m_c->step(); }
    // Ready to run again with new bindings.
    void reset() { m_c->reset(); }
    // Runs to completion (for statements without rows).
    Result<Ok> run();

    int columnCount() const { return m_c->columnCount(); }
    std::string columnName(int i) const { return std::string(m_c->columnName(i)); }
    bool isNull(int i) const { return m_c->isNull(i); }
    std::int64_t int64(int i) const { return m_c->int64(i); }
    double real(int i) const { return m_c->real(i); }
    std::string text(int i) const { return std::string(m_c->textView(i)); }
    std::string_view textView(int i) const { return m_c->textView(i); } // valid until the next step
    Value value(int i) const { return m_c->value(i); }
    // Index of a result column by name, -1 when absent.
    int columnIndex(std::string_view name) const;

private:
    Cursor* m_c;
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

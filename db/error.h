// SPDX-License-Identifier: GPL-3.0-or-later
// Errors of the db layer: a value that says what went wrong, never an exception across the layer's API.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace prep::db {

struct DbError
{
    enum class Kind { Io, Corrupt, Constraint, NotFound, Busy, Version, Auth, Locked, Denied, Invalid };
    // A refusal a person meets at the station, named so that a face can say it in the reader's language.
    enum class Refusal { None, WrongCredentials, AccountDeactivated, AccountLocked, OwnWork };
    Kind kind;
    std::string message; // names what was wrong, for a person: "register 3: overload bit set"
    Refusal refusal = Refusal::None;
};

// A value or the error that prevented it (the shape of std::expected, which C++20 lacks).
template <class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(DbError error)
        : m_v(std::move(error))
    {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value()
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    const T& value() const
    {
        assert(ok());
        return std::get<0>(m_v);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    const DbError& error() const
    {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, DbError> m_v;
};

struct Ok
{};

inline DbError makeDbError(DbError::Kind kind, std::string message)
{
    return DbError{kind, std::move(message), DbError::Refusal::None};
}

inline DbError makeDbRefusal(DbError::Kind kind, DbError::Refusal refusal, std::string message)
{
    return DbError{kind, std::move(message), refusal};
}

} // namespace prep::db

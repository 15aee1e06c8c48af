// SPDX-License-Identifier: GPL-3.0-or-later
// Errors of the workflow layer: a value that says what went wrong, never an exception across the layer's API.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace prep::station {

struct Error
{
    // PasswordChangeRequired: the right password, but one an administrator gave; the person changes it first.
    enum class Kind { Invalid, NotFound, Refused, Device, Database, Label, Io, Data, Denied, PasswordChangeRequired };
    Kind kind;
    std::string message; // names what was wrong, for a person: "register 3: overload bit set"
};

// A value or the error that prevented it (the shape of std::expected, which C++20 lacks).
template <class T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
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
    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

struct Ok
{};

inline Error makeError(Error::Kind kind, std::string message)
{
    return Error{kind, std::move(message)};
}

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// Errors of the workflow layer: a value that says what went wrong, never an exception across the layer's API.
#pragma once

#include "prep-station/message.h"

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
    // The same sentence as a template and its arguments, for a face that speaks another language; empty for a
    // technical error that only has its English text (a database or file system diagnostic).
    Message said;
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
    return Error{kind, std::move(message), {}};
}

inline Error makeError(Error::Kind kind, Message said)
{
    std::string english = englishText(said);
    return Error{kind, std::move(english), std::move(said)};
}

// An error as an argument of a wider sentence ("daily check: %1"): its sentence when it has one, else its text.
inline MessageArg reasonOf(const Error& error)
{
    return error.said.empty() ? MessageArg::technical(error.message) : MessageArg(error.said);
}

} // namespace prep::station

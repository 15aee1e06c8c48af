// SPDX-License-Identifier: GPL-3.0-or-later
// Where the workflow gets "now" from. Expiry, audit timestamps and DST tests never read the wall clock directly:
// production passes a SystemClock, tests a FixedClock they move by hand.
#pragma once

#include <chrono>

namespace prep::station {

// An instant in UTC, millisecond resolution (what the database stores).
using UtcTime = std::chrono::sys_time<std::chrono::milliseconds>;

class Clock
{
public:
    virtual ~Clock() = default;
    virtual UtcTime now() const = 0;
};

class SystemClock : public Clock
{
public:
    UtcTime now() const override;
};

// A clock that only moves when told to.
class FixedClock : public Clock
{
public:
    explicit FixedClock(UtcTime at)
        : m_now(at)
    {}
    UtcTime now() const override { return m_now; }
    void set(UtcTime at) { m_now = at; }
    void advance(std::chrono::milliseconds by) { m_now += by; }

private:
    UtcTime m_now;
};

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The web service's sessions: a random token per login (sent as a Bearer token or a Secure HttpOnly cookie), a
// CSRF token bound to it for cookie requests, and two expiries: idle (a phone left on a bench) and longest (a
// whole round). In memory: a restarted service asks phones to log in again; their queued scans are kept.
#pragma once

#include "db/actor.h"
#include "prep-station/time/clock.h"

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace prep::web {

using station::UtcTime;

struct WebSession
{
    std::string token, csrf;
    db::Actor actor;
    UtcTime openedAt{}, lastSeen{};
};

struct SessionPolicy
{
    std::chrono::minutes idle{15};
    std::chrono::minutes longest{12 * 60};
};

class WebSessions
{
public:
    explicit WebSessions(SessionPolicy policy = {})
        : m_policy(policy)
    {}
    WebSession open(const db::Actor& actor, UtcTime now);
    // The live session of `token`, its last use moved to `now`; none when unknown or expired (then forgotten).
    std::optional<WebSession> find(const std::string& token, UtcTime now);
    // Whether it was open.
    bool close(const std::string& token);
    std::size_t openCount();
    const SessionPolicy& policy() const { return m_policy; }

private:
    SessionPolicy m_policy;
    std::mutex m_mutex;
    std::map<std::string, WebSession> m_sessions; // by token
};

// 32 random bytes from the OS's generator, hex.
std::string randomToken();

} // namespace prep::web

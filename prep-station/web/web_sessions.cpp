// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/web/web_sessions.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace prep::web {

std::string randomToken()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, 65> hex{};
    sodium_bin2hex(hex.data(), hex.size(), bytes.data(), bytes.size());
    return std::string(hex.data(), 64);
}

WebSession WebSessions::open(const db::Actor& actor, UtcTime now)
{
    WebSession s{randomToken(), randomToken(), actor, now, now};
    std::lock_guard lock(m_mutex);
    // Expired sessions are swept at each login, so the map stays as large as the phones in use.
    std::erase_if(m_sessions, [&](const auto& entry) {
        return now - entry.second.lastSeen >= m_policy.idle || now - entry.second.openedAt >= m_policy.longest;
    });
    m_sessions[s.token] = s;
    return s;
}

std::optional<WebSession> WebSessions::find(const std::string& token, UtcTime now)
{
    std::lock_guard lock(m_mutex);
    auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return std::nullopt;
    if (now - it->second.lastSeen >= m_policy.idle || now - it->second.openedAt >= m_policy.longest) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->second.lastSeen = now;
    return it->second;
}

bool WebSessions::close(const std::string& token)
{
    std::lock_guard lock(m_mutex);
    return m_sessions.erase(token) > 0;
}

std::size_t WebSessions::openCount()
{
    std::lock_guard lock(m_mutex);
    return m_sessions.size();
}

} // namespace prep::web

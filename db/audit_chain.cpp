// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_chain.h"

#include "db/sha256.h"

#include <charconv>

namespace prep::db {

namespace {

void feed(std::string& out, std::string_view field)
{
    char len[24];
    auto [end, ec] = std::to_chars(len, len + sizeof len, field.size());
    out.append(len, end);
    out += ':';
    out.append(field);
    out += ';';
}

void feedNumber(std::string& out, std::int64_t n)
{
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    feed(out, std::string_view(digits, size_t(end - digits)));
}

} // namespace

void appendAuditEntryMessage(std::string& out, std::string_view prevHash, std::int64_t seq, std::string_view at,
                             std::int64_t userId, std::string_view username, std::string_view action,
                             std::string_view entity, std::string_view entityId, std::string_view oldValue,
                             std::string_view newValue, std::string_view reason)
{
    feed(out, prevHash);
    feedNumber(out, seq);
    feed(out, at);
    feedNumber(out, userId);
    feed(out, username);
    feed(out, action);
    feed(out, entity);
    feed(out, entityId);
    feed(out, oldValue);
    feed(out, newValue);
    feed(out, reason);
}

std::string sha256HexOf(std::string_view message)
{
    unsigned char digest[32];
    sha256(message.data(), message.size(), digest);
    static const char kHex[] = "0123456789abcdef";
    std::string hex(2 * sizeof digest, '0');
    for (size_t i = 0; i < sizeof digest; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    return hex;
}

std::string auditEntryHash(std::string_view prevHash, std::int64_t seq, std::string_view at, std::int64_t userId,
                           std::string_view username, std::string_view action, std::string_view entity,
                           std::string_view entityId, std::string_view oldValue, std::string_view newValue,
                           std::string_view reason)
{
    // One buffer per thread, reused.
    thread_local std::string message;
    message.clear();
    appendAuditEntryMessage(message, prevHash, seq, at, userId, username, action, entity, entityId, oldValue, newValue,
                            reason);
    return sha256HexOf(message);
}

} // namespace prep::db

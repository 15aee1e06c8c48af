// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_chain.h"

#include "db/sha256.h"

#include <charconv>
#include <cstring>

namespace prep::db {

namespace {

// "<byte length>:<bytes>;" at `p` (room checked by the caller); returns the end.
char* put(char* p, std::string_view field)
{
    p = std::to_chars(p, p + 20, field.size()).ptr;
    *p++ = ':';
    if (!field.empty())
        std::memcpy(p, field.data(), field.size());
    p += field.size();
    *p++ = ';';
    return p;
}

char* putNumber(char* p, std::int64_t n)
{
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    return put(p, std::string_view(digits, size_t(end - digits)));
}

} // namespace

void appendAuditEntryMessage(std::string& out, std::string_view prevHash, std::int64_t seq, std::string_view at,
                             std::int64_t userId, std::string_view username, std::string_view action,
                             std::string_view entity, std::string_view entityId, std::string_view oldValue,
                             std::string_view newValue, std::string_view reason)
{
    // Written in place (the verifier builds one message per entry): at most 20 digits of length, ':' and ';' per
    // field; numbers at most 20 characters.
    const std::size_t texts = prevHash.size() + at.size() + username.size() + action.size() + entity.size() +
                              entityId.size() + oldValue.size() + newValue.size() + reason.size();
    const std::size_t start = out.size();
    out.resize(start + texts + 11 * 22 + 2 * 20);
    char* p = out.data() + start;
    p = put(p, prevHash);
    p = putNumber(p, seq);
    p = put(p, at);
    p = putNumber(p, userId);
    p = put(p, username);
    p = put(p, action);
    p = put(p, entity);
    p = put(p, entityId);
    p = put(p, oldValue);
    p = put(p, newValue);
    p = put(p, reason);
    out.resize(std::size_t(p - out.data()));
}

namespace {

const char kHex[] = "0123456789abcdef";

// "<byte length>:<bytes>;" into the hash, the bytes where they lie.
void feed(Sha256& h, std::string_view field)
{
    char len[24];
    auto [end, ec] = std::to_chars(len, len + sizeof len - 1, field.size());
    *end++ = ':';
    h.update(len, size_t(end - len));
    h.update(field.data(), field.size());
    h.update(";", 1);
}

void feedNumber(Sha256& h, std::int64_t n)
{
    // "<digits length>:<digits>;" built in one piece.
    char digits[24];
    auto [dend, ec] = std::to_chars(digits, digits + sizeof digits, n);
    const size_t count = size_t(dend - digits);
    char piece[32];
    auto [lend, ec2] = std::to_chars(piece, piece + 4, count);
    *lend = ':';
    std::memcpy(lend + 1, digits, count);
    lend[1 + count] = ';';
    h.update(piece, size_t(lend + 2 + count - piece));
}

} // namespace

void auditEntryDigest(unsigned char digest[32], std::string_view prevHash, std::int64_t seq, std::string_view at,
                      std::int64_t userId, std::string_view username, std::string_view action, std::string_view entity,
                      std::string_view entityId, std::string_view oldValue, std::string_view newValue,
                      std::string_view reason)
{
    Sha256 h;
    feed(h, prevHash);
    feedNumber(h, seq);
    feed(h, at);
    feedNumber(h, userId);
    feed(h, username);
    feed(h, action);
    feed(h, entity);
    feed(h, entityId);
    feed(h, oldValue);
    feed(h, newValue);
    feed(h, reason);
    h.final(digest);
}

std::string digestHex(const unsigned char digest[32])
{
    std::string hex(64, '0');
    for (size_t i = 0; i < 32; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    return hex;
}

bool digestMatchesHex(const unsigned char digest[32], std::string_view hex)
{
    if (hex.size() != 64)
        return false;
    for (size_t i = 0; i < 32; ++i)
        if (hex[2 * i] != kHex[digest[i] >> 4] || hex[2 * i + 1] != kHex[digest[i] & 0xf])
            return false;
    return true;
}

std::string sha256HexOf(std::string_view message)
{
    unsigned char digest[32];
    sha256(message.data(), message.size(), digest);
    return digestHex(digest);
}

std::string auditEntryHash(std::string_view prevHash, std::int64_t seq, std::string_view at, std::int64_t userId,
                           std::string_view username, std::string_view action, std::string_view entity,
                           std::string_view entityId, std::string_view oldValue, std::string_view newValue,
                           std::string_view reason)
{
    unsigned char digest[32];
    auditEntryDigest(digest, prevHash, seq, at, userId, username, action, entity, entityId, oldValue, newValue, reason);
    return digestHex(digest);
}

} // namespace prep::db

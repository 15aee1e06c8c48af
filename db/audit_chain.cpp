// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/audit_chain.h"

#include <sodium.h>

#include <charconv>

namespace prep::db {

namespace {

void feed(crypto_hash_sha256_state& st, std::string_view field)
{
    char len[24];
    auto [end, ec] = std::to_chars(len, len + sizeof len - 1, field.size());
    *end++ = ':';
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(len), size_t(end - len));
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(field.data()), field.size());
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(";"), 1);
}

void feedNumber(crypto_hash_sha256_state& st, std::int64_t n)
{
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    feed(st, std::string_view(digits, size_t(end - digits)));
}

} // namespace

std::string auditEntryHash(std::string_view prevHash, std::int64_t seq, std::string_view at, std::int64_t userId,
                           std::string_view username, std::string_view action, std::string_view entity,
                           std::string_view entityId, std::string_view oldValue, std::string_view newValue,
                           std::string_view reason)
{
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    feed(st, prevHash);
    feedNumber(st, seq);
    feed(st, at);
    feedNumber(st, userId);
    feed(st, username);
    feed(st, action);
    feed(st, entity);
    feed(st, entityId);
    feed(st, oldValue);
    feed(st, newValue);
    feed(st, reason);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&st, digest);
    static const char kHex[] = "0123456789abcdef";
    std::string hex(2 * sizeof digest, '0');
    for (size_t i = 0; i < sizeof digest; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0xf];
    }
    return hex;
}

} // namespace prep::db

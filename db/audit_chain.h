// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: the hash of one audit entry. hash = SHA-256(prev_hash || canonical entry), where the canonical
// entry is every field in a fixed order, each written as "<byte length>:<bytes>;" so no two different entries
// encode the same (a field cannot "absorb" its neighbour). Documented in db/audit_log.h for independent checkers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace prep::db {

std::string auditEntryHash(std::string_view prevHash, std::int64_t seq, std::string_view at, std::int64_t userId,
                           std::string_view username, std::string_view action, std::string_view entity,
                           std::string_view entityId, std::string_view oldValue, std::string_view newValue,
                           std::string_view reason);

// The same as raw bytes, the fields fed one by one into an incremental SHA-256 (no copy of the values): how an
// entry's hash is computed when it is written. Verification builds the messages (appendAuditEntryMessage) and
// hashes two at a time (sha256x2); a test checks the two ways agree.
void auditEntryDigest(unsigned char digest[32], std::string_view prevHash, std::int64_t seq, std::string_view at,
                      std::int64_t userId, std::string_view username, std::string_view action, std::string_view entity,
                      std::string_view entityId, std::string_view oldValue, std::string_view newValue,
                      std::string_view reason);
// Whether `hex` is exactly the lowercase hex form of `digest` (64 characters).
bool digestMatchesHex(const unsigned char digest[32], std::string_view hex);

// Appends the canonical message of an entry (prev_hash then the fields) to `out`; its SHA-256 is the entry's hash.
void appendAuditEntryMessage(std::string& out, std::string_view prevHash, std::int64_t seq, std::string_view at,
                             std::int64_t userId, std::string_view username, std::string_view action,
                             std::string_view entity, std::string_view entityId, std::string_view oldValue,
                             std::string_view newValue, std::string_view reason);
// Lowercase hex of SHA-256(message).
std::string sha256HexOf(std::string_view message);
// Lowercase hex of a digest.
std::string digestHex(const unsigned char digest[32]);

} // namespace prep::db

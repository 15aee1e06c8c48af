// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail (21 CFR 11.10(e), Annex 11 §9): who, when (UTC), which record, old -> new value, why.
// Entries are append-only and hash-chained: entry.hash = SHA-256 over the previous entry's hash followed by the
// entry's fields (seq, at, user_id, username, action, entity, entity_id, old_value, new_value, reason), each
// encoded "<byte length>:<bytes>;" — hex, lowercase. Values are canonical JSON snapshots of the record's row.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <cstdint>
#include <string>
#include <vector>

namespace prep::db {

struct AuditVerification
{
    bool intact = true;
    std::int64_t entriesChecked = 0;
    std::int64_t firstBrokenSeq = 0; // the first entry found broken (0 when the finding is a row with no entry)
    std::string problem;             // names the entry or row and what is wrong with it
    std::int64_t recordsChecked = 0;
};

class AuditLog
{
public:
    explicit AuditLog(Database& db);

    // Re-hashes the whole chain, then checks every audited record's current row against the last audit value for
    // it: editing, deleting or inserting a row (audit entry or record) outside the application is named.
    Result<AuditVerification> verify();
    // The chain only (benchmarked on its own: no per-record comparison).
    Result<AuditVerification> verifyChain();

    // Verification splits a long chain into ranges checked on up to `threads` threads (default: one per core, at
    // most 4), each range at least `minEntriesPerThread` entries; the findings are the same with 1 thread.
    void setVerifyThreads(int threads, std::int64_t minEntriesPerThread = 50000);

    Result<std::vector<AuditEntry>> listFor(const std::string& entity, const std::string& entityId);
    // An event that is not a record (a web session opened or closed, a dose looked up from a phone): one entry in
    // the chain, in its own transaction. `entity` must not be an audited record type.
    Result<Ok> recordEvent(const Actor& actor, UtcTime at, const std::string& action, const std::string& entity,
                           const std::string& entityId, const std::string& detail = {});
    Result<std::vector<AuditEntry>> all();
    // SHA-256 of the current canonical content of a record (what a signature binds to), empty if no such record.
    Result<std::string> contentSha256(const std::string& entity, std::int64_t id);

private:
    Result<AuditVerification> verifyImpl(bool records);
    Database& m_db;
    int m_threads;
    std::int64_t m_minEntriesPerThread = 50000;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to db/: how repositories write an audited record. A record's audited value is a canonical JSON
// snapshot of its row as stored (all columns, keys sorted, plus the rows of its aggregate), read back after the
// write, so the trail holds exactly what the database holds and AuditLog::verify can compare the two later.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/time.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace prep::db {

struct AuditedEntity
{
    const char* entity; // the name in the audit trail: "preparation"
    const char* table;  // the table holding it: "preparation"
};

// Every audited record type; each of its rows must match the last audit entry about it.
const std::vector<AuditedEntity>& auditedEntities();
const AuditedEntity* findAuditedEntity(std::string_view entity);

// The canonical JSON of record `id` of `entity`, or an empty string when the row does not exist.
Result<std::string> recordSnapshot(Database& db, std::string_view entity, std::int64_t id);
// The same from a "SELECT * FROM <table>" row already stepped on.
Result<std::string> recordSnapshot(Database& db, const AuditedEntity& entity, const sql::Statement& row);

struct AuditDraft
{
    UtcTime at{};
    std::int64_t userId = 0;
    std::string username, action, entity, entityId, oldValue, newValue, reason;
};

// The last entry of the chain as recorded beside it (chain_head), and its update.
struct ChainHead
{
    std::int64_t seq = 0;
    std::string hash;
};
Result<ChainHead> readChainHead(Database& db);
Result<Ok> writeChainHead(Database& db, const ChainHead& head);

// Appends one entry to the hash chain. Must run inside a Transaction (the write lock makes the chain linear).
Result<std::int64_t> appendAudit(Database& db, const AuditDraft& draft);

// Inserts a row and its "create" audit entry in one transaction; returns the new id.
Result<std::int64_t> auditedInsert(Database& db, const Actor& actor, UtcTime at, std::string_view entity,
                                   const sql::Columns& columns, const std::string& reason = {});
// Updates a row and writes its "update" audit entry (old -> new) in one transaction. A change needs a reason
// (Annex 11 §9). Nothing is written when the stored values do not change.
Result<Ok> auditedUpdate(Database& db, const Actor& actor, UtcTime at, std::string_view entity, std::int64_t id,
                         const sql::Columns& columns, const std::string& reason, const char* action = "update");

// Inserts a plain row (no audit); the id of the new row.
Result<std::int64_t> insertRow(Database& db, std::string_view table, const sql::Columns& columns);

// Values for optional columns: 0 / empty / no time are stored as NULL.
sql::Value idOrNull(std::int64_t id);
sql::Value timeOrNull(const std::optional<UtcTime>& t);
sql::Value timeText(UtcTime t);
std::optional<UtcTime> timeColumn(const sql::Row& row, std::string_view name);
UtcTime requiredTimeColumn(const sql::Row& row, std::string_view name);

// "P-20261122-0001": the next number of the day for `prefix` in `table`.`column` (inside a transaction).
Result<std::string> nextDailyNumber(Database& db, std::string_view table, std::string_view prefix, UtcTime at);

DbError notFound(std::string_view entity, std::int64_t id);

} // namespace prep::db

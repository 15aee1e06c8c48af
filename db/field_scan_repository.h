// SPDX-License-Identifier: GPL-3.0-or-later
// The phones' scans (db::FieldScanRecord): append-only, audited, one record per request key.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <string_view>
#include <vector>

namespace prep::db {

// "pickup" / "delivery" / "administration" / "problem" / "not_given": the stored form, also the web API's.
std::string_view fieldScanKindName(FieldScanRecord::Kind kind);
std::optional<FieldScanRecord::Kind> fieldScanKindFromText(std::string_view text);

class FieldScanRepository
{
public:
    explicit FieldScanRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry; returns it with its id. A second record with the same request key is
    // refused by the database (UNIQUE): look it up first with byRequestKey.
    Result<FieldScanRecord> add(const Actor& actor, UtcTime at, FieldScanRecord record);
    Result<std::optional<FieldScanRecord>> byRequestKey(const std::string& requestKey);
    // Oldest first.
    Result<std::vector<FieldScanRecord>> listForShipment(std::int64_t shipmentId);

private:
    Database& m_db;
};

} // namespace prep::db

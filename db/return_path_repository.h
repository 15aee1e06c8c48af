// SPDX-License-Identifier: GPL-3.0-or-later
// The return path of what left the PUI: shipments received back (db::ShipmentReturnRecord) and the pharmacist's
// decision on each dose that came back (db::ReturnedDoseDecisionRecord). Append-only, audited.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <string_view>
#include <vector>

namespace prep::db {

// "destroy" / "redispatch": the stored form.
std::string_view returnedDoseDecisionName(ReturnedDoseDecisionRecord::Decision decision);
std::optional<ReturnedDoseDecisionRecord::Decision> returnedDoseDecisionFromText(std::string_view text);

class ReturnPathRepository
{
public:
    explicit ReturnPathRepository(Database& db)
        : m_db(db)
    {}
    Result<ShipmentReturnRecord> addReturn(const Actor& actor, UtcTime at, ShipmentReturnRecord record);
    Result<std::optional<ShipmentReturnRecord>> returnOf(std::int64_t shipmentId);
    Result<ReturnedDoseDecisionRecord> addDecision(const Actor& actor, UtcTime at, ReturnedDoseDecisionRecord record);
    // Oldest first.
    Result<std::vector<ReturnedDoseDecisionRecord>> decisionsFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

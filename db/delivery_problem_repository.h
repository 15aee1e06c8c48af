// SPDX-License-Identifier: GPL-3.0-or-later
// Deliveries that could not be made (db::DeliveryProblemRecord): append-only, audited.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <string_view>
#include <vector>

namespace prep::db {

// "nobody_home" / "refused" / "damaged_cooler": the stored form, also the web API's.
std::string_view deliveryProblemName(DeliveryProblemRecord::Kind kind);
std::optional<DeliveryProblemRecord::Kind> deliveryProblemFromText(std::string_view text);

class DeliveryProblemRepository
{
public:
    explicit DeliveryProblemRepository(Database& db)
        : m_db(db)
    {}
    Result<DeliveryProblemRecord> add(const Actor& actor, UtcTime at, DeliveryProblemRecord record);
    // Oldest first.
    Result<std::vector<DeliveryProblemRecord>> listFor(std::int64_t shipmentId);

private:
    Database& m_db;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// Chain-of-custody handovers of a shipment (pickup, delivery, administration): append-only.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class HandoverRepository
{
public:
    explicit HandoverRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry in one transaction; returns it with its id.
    Result<HandoverRecord> add(const Actor& actor, UtcTime at, HandoverRecord record);
    // Oldest first.
    Result<std::vector<HandoverRecord>> listFor(std::int64_t shipmentId);

private:
    Database& m_db;
};

} // namespace prep::db

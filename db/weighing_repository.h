// SPDX-License-Identifier: GPL-3.0-or-later
// Weighings: append-only (a wrong weighing is followed by a new one, never edited). Each keeps its source (device URI
// and serial, sim:// for the simulator) and the raw frame.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class WeighingRepository
{
public:
    explicit WeighingRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry in one transaction; returns it with its id.
    Result<WeighingRecord> add(const Actor& actor, UtcTime at, WeighingRecord record);
    // Oldest first; preparationId 0 lists the daily checks (weighings tied to no preparation).
    Result<std::vector<WeighingRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// The clinical data versions that decided each preparation: append-only, audited.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class DataVersionRepository
{
public:
    explicit DataVersionRepository(Database& db)
        : m_db(db)
    {}
    Result<DataVersionRecord> add(const Actor& actor, UtcTime at, DataVersionRecord record);
    // Oldest first.
    Result<std::vector<DataVersionRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

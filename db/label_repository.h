// SPDX-License-Identifier: GPL-3.0-or-later
// Printed labels: append-only; template version and hashes show exactly what was printed.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class LabelRepository
{
public:
    explicit LabelRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry in one transaction; returns it with its id.
    Result<LabelRecord> add(const Actor& actor, UtcTime at, LabelRecord record);
    // Oldest first.
    Result<std::vector<LabelRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

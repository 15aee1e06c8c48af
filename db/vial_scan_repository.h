// SPDX-License-Identifier: GPL-3.0-or-later
// Vial scans: append-only, with the raw GS1 DataMatrix content as the original record.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class VialScanRepository
{
public:
    explicit VialScanRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry in one transaction; returns it with its id.
    Result<VialScanRecord> add(const Actor& actor, UtcTime at, VialScanRecord record);
    // Oldest first.
    Result<std::vector<VialScanRecord>> listFor(std::int64_t preparationId);
    // Whether the same GS1 serial (gtin + serial) was already scanned for another preparation: a vial is used
    // for one preparation only.
    Result<bool> serialSeenElsewhere(const std::string& gtin, const std::string& serial, std::int64_t exceptPrepId);

private:
    Database& m_db;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's decisions on out-of-tolerance doses: append-only; the latest one about a weighing stands.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <string_view>
#include <vector>

namespace prep::db {

// "accepted" / "rejected": the stored form.
std::string_view decisionName(DeviationDecisionRecord::Decision decision);

class DeviationDecisionRepository
{
public:
    explicit DeviationDecisionRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry (the reason is the audit reason too); returns it with its id.
    Result<DeviationDecisionRecord> add(const Actor& actor, UtcTime at, DeviationDecisionRecord record);
    // Oldest first.
    Result<std::vector<DeviationDecisionRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

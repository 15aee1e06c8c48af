// SPDX-License-Identifier: GPL-3.0-or-later
// A technician's returns to an isolator step (db::StepRedoRecord): append-only, audited, the reason required.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <string_view>
#include <vector>

namespace prep::db {

// "scan" / "tare": the stored form.
std::string_view redoStepName(StepRedoRecord::Step step);

class StepRedoRepository
{
public:
    explicit StepRedoRepository(Database& db)
        : m_db(db)
    {}
    // Stores the record and its audit entry (the reason is the audit reason too); returns it with its id.
    Result<StepRedoRecord> add(const Actor& actor, UtcTime at, StepRedoRecord record);
    // Oldest first.
    Result<std::vector<StepRedoRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

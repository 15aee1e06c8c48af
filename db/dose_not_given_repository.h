// SPDX-License-Identifier: GPL-3.0-or-later
// Delivered doses that were not given (db::DoseNotGivenRecord): append-only, audited, the reason required.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <string_view>
#include <vector>

namespace prep::db {

// "returned" / "destroyed": the stored form, also the web API's.
std::string_view doseOutcomeName(DoseNotGivenRecord::Outcome outcome);
std::optional<DoseNotGivenRecord::Outcome> doseOutcomeFromText(std::string_view text);

class DoseNotGivenRepository
{
public:
    explicit DoseNotGivenRepository(Database& db)
        : m_db(db)
    {}
    Result<DoseNotGivenRecord> add(const Actor& actor, UtcTime at, DoseNotGivenRecord record);
    // Oldest first.
    Result<std::vector<DoseNotGivenRecord>> listFor(std::int64_t preparationId);

private:
    Database& m_db;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// Preparations (one syringe each). Creation assigns the printed number "P-YYYYMMDD-NNNN" (UTC day of creation,
// per-day sequence); every change is audited old -> new with its reason.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <vector>

namespace prep::db {

class PreparationRepository
{
public:
    explicit PreparationRepository(Database& db)
        : m_db(db)
    {}
    Result<PreparationRecord> create(const Actor& actor, UtcTime at, PreparationRecord preparation);
    Result<PreparationRecord> get(std::int64_t id);
    Result<PreparationRecord> getByNumber(const std::string& number);
    Result<PreparationRecord> update(const Actor& actor, UtcTime at, const PreparationRecord& preparation,
                                     const std::string& reason);
    // All preparations, or those with the given status, oldest first.
    Result<std::vector<PreparationRecord>> list(std::optional<PreparationStatus> status = std::nullopt);
    Result<std::vector<PreparationRecord>> listForOrder(std::int64_t orderId);

private:
    Database& m_db;
};

} // namespace prep::db

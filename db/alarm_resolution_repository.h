// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's closing of the PUI's dispatch alarms (db::DispatchAlarmResolutionRecord): append-only, audited;
// an alarm is closed once, with its reason.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::db {

class AlarmResolutionRepository
{
public:
    explicit AlarmResolutionRepository(Database& db)
        : m_db(db)
    {}
    Result<DispatchAlarmResolutionRecord> add(const Actor& actor, UtcTime at, DispatchAlarmResolutionRecord record);
    Result<std::optional<DispatchAlarmResolutionRecord>> find(const std::string& alarmKey);
    // Every resolution about a shipment, oldest first.
    Result<std::vector<DispatchAlarmResolutionRecord>> listFor(std::int64_t shipmentId);

private:
    Database& m_db;
};

} // namespace prep::db

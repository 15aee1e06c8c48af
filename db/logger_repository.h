// SPDX-License-Identifier: GPL-3.0-or-later
// Temperature logger imports of a shipment: the file's hash, the format it was read as, the readings (or a summary
// logger's days), MKT and the verdict. Readings, days and format are part of the import's audited value (a SHA-256
// over them), so one edited afterwards shows.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class LoggerRepository
{
public:
    explicit LoggerRepository(Database& db)
        : m_db(db)
    {}
    Result<LoggerImportRecord> import(const Actor& actor, UtcTime at, LoggerImportRecord record,
                                      const std::vector<TemperatureRecord>& readings,
                                      const std::vector<LoggerDayRecord>& days = {});
    Result<std::vector<LoggerImportRecord>> listFor(std::int64_t shipmentId);
    Result<std::vector<TemperatureRecord>> readings(std::int64_t importId);
    Result<std::vector<LoggerDayRecord>> days(std::int64_t importId);

private:
    Database& m_db;
};

} // namespace prep::db

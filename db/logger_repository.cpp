// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/logger_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
LoggerImportRecord importFrom(const sql::Row& r)
{
    LoggerImportRecord l;
    l.id = r.int64("id");
    l.shipmentId = r.int64("shipment_id");
    l.loggerId = r.text("logger_id");
    l.fileSha256 = r.text("file_sha256");
    l.path = r.text("path");
    l.readingCount = int(r.int64("reading_count"));
    l.mktC = r.real("mkt_c");
    l.verdict = r.text("verdict");
    l.reason = r.text("reason");
    l.at = requiredTimeColumn(r, "at");
    return l;
}
} // namespace

Result<LoggerImportRecord> LoggerRepository::import(const Actor& actor, UtcTime at, LoggerImportRecord record,
                                                    const std::vector<TemperatureRecord>& readings,
                                                    const std::vector<LoggerDayRecord>& days)
{
    record.at = at;
    record.readingCount = int(readings.empty() ? days.size() : readings.size());
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    auto id = insertRow(m_db, "logger_import",
                        {{"shipment_id", record.shipmentId},
                         {"logger_id", record.loggerId},
                         {"file_sha256", record.fileSha256},
                         {"path", record.path},
                         {"reading_count", std::int64_t{record.readingCount}},
                         {"mkt_c", record.mktC},
                         {"verdict", record.verdict},
                         {"reason", record.reason},
                         {"at", timeText(at)}});
    if (!id)
        return id.error();
    std::int64_t seq = 0;
    for (const auto& reading : readings) {
        auto s = m_db.prepare("INSERT INTO temperature_reading (import_id, seq, at, celsius) VALUES (?, ?, ?, ?)");
        if (!s)
            return s.error();
        s->bindAll({*id, ++seq, formatUtc(reading.at), reading.celsius});
        if (auto r = s->run(); !r)
            return r.error();
    }
    auto source = m_db.prepare(
        "INSERT INTO logger_import_source (import_id, format, alarm_low_c, alarm_high_c) VALUES (?, ?, ?, ?)");
    if (!source)
        return source.error();
    source->bindAll({*id, record.format, record.alarmLowC ? sql::Value(*record.alarmLowC) : sql::Value(nullptr),
                     record.alarmHighC ? sql::Value(*record.alarmHighC) : sql::Value(nullptr)});
    if (auto r = source->run(); !r)
        return r.error();
    seq = 0;
    for (const auto& day : days) {
        auto s = m_db.prepare("INSERT INTO logger_day (import_id, seq, day, from_at, to_at, min_c, max_c, measured, "
                              "minutes_above_high, minutes_below_low, sensor_timeout_min) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!s)
            return s.error();
        s->bindAll({*id, ++seq, day.day, formatUtc(day.from), formatUtc(day.to), day.minC, day.maxC,
                    std::int64_t{day.measured ? 1 : 0}, day.minutesAboveHigh, day.minutesBelowLow,
                    day.sensorTimeoutMinutes});
        if (auto r = s->run(); !r)
            return r.error();
    }
    auto snapshot = recordSnapshot(m_db, "logger_import", *id);
    if (!snapshot)
        return snapshot.error();
    if (auto r = appendAudit(
            m_db,
            AuditDraft{
                at, actor.userId, actor.username, "create", "logger_import", std::to_string(*id), {}, *snapshot, {}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    record.id = *id;
    return record;
}

Result<std::vector<LoggerImportRecord>> LoggerRepository::listFor(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM logger_import WHERE shipment_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    auto imports = sql::collectRows(*s, importFrom);
    if (!imports)
        return imports;
    // Imports recorded before migration 0010 have no source row: they were our CSV.
    for (auto& import : *imports) {
        auto source =
            m_db.prepare("SELECT format, alarm_low_c, alarm_high_c FROM logger_import_source WHERE import_id = ?");
        if (!source)
            return source.error();
        source->bind(1, import.id);
        auto row = source->step();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        import.format = std::string(source->text(0));
        if (!source->isNull(1))
            import.alarmLowC = source->real(1);
        if (!source->isNull(2))
            import.alarmHighC = source->real(2);
    }
    return imports;
}

Result<std::vector<TemperatureRecord>> LoggerRepository::readings(std::int64_t importId)
{
    auto s = m_db.prepare("SELECT at, celsius FROM temperature_reading WHERE import_id = ? ORDER BY seq");
    if (!s)
        return s.error();
    s->bind(1, importId);
    return sql::collectRows(*s, [](const sql::Row& r) {
        return TemperatureRecord{requiredTimeColumn(r, "at"), r.real("celsius")};
    });
}

Result<std::vector<LoggerDayRecord>> LoggerRepository::days(std::int64_t importId)
{
    auto s = m_db.prepare("SELECT * FROM logger_day WHERE import_id = ? ORDER BY seq");
    if (!s)
        return s.error();
    s->bind(1, importId);
    return sql::collectRows(*s, [](const sql::Row& r) {
        return LoggerDayRecord{r.text("day"),
                               requiredTimeColumn(r, "from_at"),
                               requiredTimeColumn(r, "to_at"),
                               r.real("min_c"),
                               r.real("max_c"),
                               r.int64("minutes_above_high"),
                               r.int64("minutes_below_low"),
                               r.int64("sensor_timeout_min"),
                               r.boolean("measured")};
    });
}

} // namespace prep::db

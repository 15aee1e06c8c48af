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
                                                    const std::vector<TemperatureRecord>& readings)
{
    record.at = at;
    record.readingCount = int(readings.size());
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
    return sql::collectRows(*s, importFrom);
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

} // namespace prep::db

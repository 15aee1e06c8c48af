// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/vial_scan_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
VialScanRecord scanFrom(const sql::Row& r)
{
    VialScanRecord v;
    v.id = r.int64("id");
    v.preparationId = r.int64("preparation_id");
    v.gtin = r.text("gtin");
    v.lot = r.text("lot");
    v.expiry = r.text("expiry");
    v.serial = r.text("serial");
    v.rawScan = r.text("raw_scan");
    v.hri = r.text("hri");
    v.source = r.text("source");
    v.at = requiredTimeColumn(r, "at");
    v.userId = r.int64("user_id");
    return v;
}
} // namespace

Result<VialScanRecord> VialScanRepository::add(const Actor& actor, UtcTime at, VialScanRecord v)
{
    v.at = at;
    v.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "vial_scan",
                            {{"preparation_id", v.preparationId},
                             {"gtin", v.gtin},
                             {"lot", v.lot},
                             {"expiry", v.expiry},
                             {"serial", v.serial},
                             {"raw_scan", v.rawScan},
                             {"hri", v.hri},
                             {"source", v.source},
                             {"at", timeText(at)},
                             {"user_id", v.userId}});
    if (!id)
        return id.error();
    v.id = *id;
    return v;
}

Result<std::vector<VialScanRecord>> VialScanRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM vial_scan WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, scanFrom);
}

Result<bool> VialScanRepository::serialSeenElsewhere(const std::string& gtin, const std::string& serial,
                                                     std::int64_t exceptPrepId)
{
    if (serial.empty())
        return false; // no serial on the pack: nothing to compare
    auto s = m_db.prepare("SELECT 1 FROM vial_scan WHERE gtin = ? AND serial = ? AND preparation_id <> ? LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, gtin);
    s->bind(2, serial);
    s->bind(3, exceptPrepId);
    auto r = s->step();
    if (!r)
        return r.error();
    return *r;
}

} // namespace prep::db

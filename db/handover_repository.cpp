// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/handover_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
HandoverRecord handoverFrom(const sql::Row& r)
{
    HandoverRecord h;
    h.id = r.int64("id");
    h.shipmentId = r.int64("shipment_id");
    h.kind = r.text("kind");
    h.userId = r.int64("user_id");
    h.location = r.text("location");
    h.scan = r.text("scan");
    h.at = requiredTimeColumn(r, "at");
    return h;
}
} // namespace

Result<HandoverRecord> HandoverRepository::add(const Actor& actor, UtcTime at, HandoverRecord h)
{
    h.at = at;
    h.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "handover",
                            {{"shipment_id", h.shipmentId},
                             {"kind", h.kind},
                             {"user_id", h.userId},
                             {"location", h.location},
                             {"scan", h.scan},
                             {"at", timeText(at)}});
    if (!id)
        return id.error();
    h.id = *id;
    return h;
}

Result<std::vector<HandoverRecord>> HandoverRepository::listFor(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM handover WHERE shipment_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    return sql::collectRows(*s, handoverFrom);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/home_delivery_repository.h"

#include "db/audited.h"
#include "db/optional_row.h"

namespace prep::db {

namespace {
PatientHomeRecord homeFrom(const sql::Row& r)
{
    PatientHomeRecord x;
    x.id = r.int64("id");
    x.patientId = r.int64("patient_id");
    x.address = r.text("address");
    x.source = r.text("source");
    x.userId = r.int64("user_id");
    x.at = requiredTimeColumn(r, "at");
    return x;
}

DeliverySlotRecord slotFrom(const sql::Row& r)
{
    DeliverySlotRecord x;
    x.id = r.int64("id");
    x.shipmentId = r.int64("shipment_id");
    x.address = r.text("address");
    x.windowStart = timeColumn(r, "window_start");
    x.windowEnd = timeColumn(r, "window_end");
    x.userId = r.int64("user_id");
    x.at = requiredTimeColumn(r, "at");
    return x;
}

sql::Value optionalTime(const std::optional<UtcTime>& t)
{
    return t ? timeText(*t) : sql::Value(nullptr);
}
} // namespace

Result<PatientHomeRecord> HomeDeliveryRepository::addHome(const Actor& actor, UtcTime at, PatientHomeRecord x)
{
    x.at = at;
    x.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "patient_home",
                            {{"patient_id", x.patientId},
                             {"address", x.address},
                             {"source", x.source},
                             {"user_id", x.userId},
                             {"at", timeText(at)}});
    if (!id)
        return id.error();
    x.id = *id;
    return x;
}

Result<std::optional<PatientHomeRecord>> HomeDeliveryRepository::homeOf(std::int64_t patientId)
{
    auto s = m_db.prepare("SELECT * FROM patient_home WHERE patient_id = ? ORDER BY id DESC LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, patientId);
    return sql::optionalRow(*s, homeFrom);
}

Result<DeliverySlotRecord> HomeDeliveryRepository::addSlot(const Actor& actor, UtcTime at, DeliverySlotRecord x)
{
    x.at = at;
    x.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "delivery_slot",
                            {{"shipment_id", x.shipmentId},
                             {"address", x.address},
                             {"window_start", optionalTime(x.windowStart)},
                             {"window_end", optionalTime(x.windowEnd)},
                             {"user_id", x.userId},
                             {"at", timeText(at)}});
    if (!id)
        return id.error();
    x.id = *id;
    return x;
}

Result<std::optional<DeliverySlotRecord>> HomeDeliveryRepository::slotOf(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM delivery_slot WHERE shipment_id = ?");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    return sql::optionalRow(*s, slotFrom);
}

} // namespace prep::db

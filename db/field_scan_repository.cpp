// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/field_scan_repository.h"

#include "db/audited.h"

namespace prep::db {

std::string_view fieldScanKindName(FieldScanRecord::Kind kind)
{
    switch (kind) {
    case FieldScanRecord::Kind::Pickup:
        return "pickup";
    case FieldScanRecord::Kind::Delivery:
        return "delivery";
    case FieldScanRecord::Kind::Administration:
        return "administration";
    case FieldScanRecord::Kind::Problem:
        return "problem";
    case FieldScanRecord::Kind::NotGiven:
        return "not_given";
    }
    return "pickup";
}

std::optional<FieldScanRecord::Kind> fieldScanKindFromText(std::string_view text)
{
    for (auto kind :
         {FieldScanRecord::Kind::Pickup, FieldScanRecord::Kind::Delivery, FieldScanRecord::Kind::Administration,
          FieldScanRecord::Kind::Problem, FieldScanRecord::Kind::NotGiven})
        if (fieldScanKindName(kind) == text)
            return kind;
    return std::nullopt;
}

namespace {
FieldScanRecord scanFrom(const sql::Row& r)
{
    FieldScanRecord f;
    f.id = r.int64("id");
    f.requestKey = r.text("request_key");
    f.userId = r.int64("user_id");
    f.kind = fieldScanKindFromText(r.text("kind")).value_or(FieldScanRecord::Kind::Pickup);
    f.code = r.text("code");
    f.place = r.text("place");
    f.deviceTime = timeColumn(r, "device_time");
    f.receivedAt = requiredTimeColumn(r, "received_at");
    f.accepted = r.text("verdict") == "ok";
    f.reason = r.text("reason");
    f.shipmentId = r.int64("shipment_id");
    f.handoverId = r.int64("handover_id");
    return f;
}
} // namespace

Result<FieldScanRecord> FieldScanRepository::add(const Actor& actor, UtcTime at, FieldScanRecord f)
{
    f.receivedAt = at;
    f.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "field_scan",
                            {{"request_key", f.requestKey},
                             {"user_id", f.userId},
                             {"kind", std::string(fieldScanKindName(f.kind))},
                             {"code", f.code},
                             {"place", f.place},
                             {"device_time", timeOrNull(f.deviceTime)},
                             {"received_at", timeText(at)},
                             {"verdict", std::string(f.accepted ? "ok" : "refused")},
                             {"reason", f.reason},
                             {"shipment_id", idOrNull(f.shipmentId)},
                             {"handover_id", idOrNull(f.handoverId)}});
    if (!id)
        return id.error();
    f.id = *id;
    return f;
}

Result<std::optional<FieldScanRecord>> FieldScanRepository::byRequestKey(const std::string& requestKey)
{
    auto s = m_db.prepare("SELECT * FROM field_scan WHERE request_key = ?");
    if (!s)
        return s.error();
    s->bind(1, requestKey);
    auto rows = sql::collectRows(*s, scanFrom);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<FieldScanRecord>{};
    return std::optional<FieldScanRecord>{rows->front()};
}

Result<std::vector<FieldScanRecord>> FieldScanRepository::listForShipment(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM field_scan WHERE shipment_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    return sql::collectRows(*s, scanFrom);
}

} // namespace prep::db

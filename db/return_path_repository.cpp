// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/return_path_repository.h"

#include "db/audited.h"
#include "db/optional_row.h"

namespace prep::db {

std::string_view returnedDoseDecisionName(ReturnedDoseDecisionRecord::Decision decision)
{
    return decision == ReturnedDoseDecisionRecord::Decision::Redispatch ? "redispatch" : "destroy";
}

std::optional<ReturnedDoseDecisionRecord::Decision> returnedDoseDecisionFromText(std::string_view text)
{
    for (auto d : {ReturnedDoseDecisionRecord::Decision::Destroy, ReturnedDoseDecisionRecord::Decision::Redispatch})
        if (returnedDoseDecisionName(d) == text)
            return d;
    return std::nullopt;
}

namespace {
ShipmentReturnRecord returnFrom(const sql::Row& r)
{
    ShipmentReturnRecord x;
    x.id = r.int64("id");
    x.shipmentId = r.int64("shipment_id");
    x.note = r.text("note");
    x.userId = r.int64("user_id");
    x.at = requiredTimeColumn(r, "at");
    return x;
}

ReturnedDoseDecisionRecord decisionFrom(const sql::Row& r)
{
    ReturnedDoseDecisionRecord x;
    x.id = r.int64("id");
    x.preparationId = r.int64("preparation_id");
    x.shipmentId = r.int64("shipment_id");
    x.decision =
        returnedDoseDecisionFromText(r.text("decision")).value_or(ReturnedDoseDecisionRecord::Decision::Destroy);
    x.reason = r.text("reason");
    x.userId = r.int64("user_id");
    x.at = requiredTimeColumn(r, "at");
    return x;
}
} // namespace

Result<ShipmentReturnRecord> ReturnPathRepository::addReturn(const Actor& actor, UtcTime at, ShipmentReturnRecord x)
{
    x.at = at;
    x.userId = actor.userId;
    auto id =
        auditedInsert(m_db, actor, at, "shipment_return",
                      {{"shipment_id", x.shipmentId}, {"note", x.note}, {"user_id", x.userId}, {"at", timeText(at)}});
    if (!id)
        return id.error();
    x.id = *id;
    return x;
}

Result<std::optional<ShipmentReturnRecord>> ReturnPathRepository::returnOf(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM shipment_return WHERE shipment_id = ?");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    return sql::optionalRow(*s, returnFrom);
}

Result<ReturnedDoseDecisionRecord> ReturnPathRepository::addDecision(const Actor& actor, UtcTime at,
                                                                     ReturnedDoseDecisionRecord x)
{
    x.at = at;
    x.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "returned_dose_decision",
                            {{"preparation_id", x.preparationId},
                             {"shipment_id", x.shipmentId},
                             {"decision", std::string(returnedDoseDecisionName(x.decision))},
                             {"reason", x.reason},
                             {"user_id", x.userId},
                             {"at", timeText(at)}});
    if (!id)
        return id.error();
    x.id = *id;
    return x;
}

Result<std::vector<ReturnedDoseDecisionRecord>> ReturnPathRepository::decisionsFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM returned_dose_decision WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, decisionFrom);
}

} // namespace prep::db

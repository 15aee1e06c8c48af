// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/delivery_problem_repository.h"

#include "db/audited.h"

namespace prep::db {

std::string_view deliveryProblemName(DeliveryProblemRecord::Kind kind)
{
    switch (kind) {
    case DeliveryProblemRecord::Kind::NobodyHome:
        return "nobody_home";
    case DeliveryProblemRecord::Kind::Refused:
        return "refused";
    case DeliveryProblemRecord::Kind::DamagedCooler:
        return "damaged_cooler";
    }
    return "nobody_home";
}

std::optional<DeliveryProblemRecord::Kind> deliveryProblemFromText(std::string_view text)
{
    for (auto kind : {DeliveryProblemRecord::Kind::NobodyHome, DeliveryProblemRecord::Kind::Refused,
                      DeliveryProblemRecord::Kind::DamagedCooler})
        if (deliveryProblemName(kind) == text)
            return kind;
    return std::nullopt;
}

namespace {
DeliveryProblemRecord problemFrom(const sql::Row& r)
{
    DeliveryProblemRecord p;
    p.id = r.int64("id");
    p.shipmentId = r.int64("shipment_id");
    p.kind = deliveryProblemFromText(r.text("kind")).value_or(DeliveryProblemRecord::Kind::NobodyHome);
    p.note = r.text("note");
    p.place = r.text("place");
    p.userId = r.int64("user_id");
    p.at = requiredTimeColumn(r, "at");
    return p;
}
} // namespace

Result<DeliveryProblemRecord> DeliveryProblemRepository::add(const Actor& actor, UtcTime at, DeliveryProblemRecord p)
{
    p.at = at;
    p.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "delivery_problem",
                            {{"shipment_id", p.shipmentId},
                             {"kind", std::string(deliveryProblemName(p.kind))},
                             {"note", p.note},
                             {"place", p.place},
                             {"user_id", p.userId},
                             {"at", timeText(at)}});
    if (!id)
        return id.error();
    p.id = *id;
    return p;
}

Result<std::vector<DeliveryProblemRecord>> DeliveryProblemRepository::listFor(std::int64_t shipmentId)
{
    auto s = m_db.prepare("SELECT * FROM delivery_problem WHERE shipment_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, shipmentId);
    return sql::collectRows(*s, problemFrom);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/shipment_repository.h"

#include "db/audited.h"

#include <algorithm>

namespace prep::db {

namespace {
ShipmentRecord shipmentFrom(const sql::Row& r)
{
    ShipmentRecord s;
    s.id = r.int64("id");
    s.number = r.text("number");
    s.loggerId = r.text("logger_id");
    s.status = shipmentStatusFromText(r.text("status")).value_or(ShipmentStatus::Packed);
    s.createdAt = requiredTimeColumn(r, "created_at");
    return s;
}
} // namespace

Result<Ok> ShipmentRepository::writePreparations(std::int64_t shipmentId,
                                                 const std::vector<std::int64_t>& preparationIds)
{
    auto del = m_db.prepare("DELETE FROM shipment_preparation WHERE shipment_id = ?");
    if (!del)
        return del.error();
    del->bind(1, shipmentId);
    if (auto r = del->run(); !r)
        return r.error();
    std::vector<std::int64_t> ids = preparationIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::int64_t id : ids) {
        auto ins = m_db.prepare("INSERT INTO shipment_preparation (shipment_id, preparation_id) VALUES (?, ?)");
        if (!ins)
            return ins.error();
        ins->bind(1, shipmentId);
        ins->bind(2, id);
        if (auto r = ins->run(); !r)
            return r.error();
    }
    return Ok{};
}

Result<ShipmentRecord> ShipmentRepository::create(const Actor& actor, UtcTime at, ShipmentRecord shipment)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    if (shipment.number.empty()) {
        auto number = nextDailyNumber(m_db, "shipment", "S", at);
        if (!number)
            return number.error();
        shipment.number = *number;
    }
    auto id = insertRow(m_db, "shipment",
                        {{"number", shipment.number},
                         {"logger_id", shipment.loggerId},
                         {"status", std::string(toText(shipment.status))},
                         {"created_at", timeText(at)}});
    if (!id)
        return id.error();
    if (auto r = writePreparations(*id, shipment.preparationIds); !r)
        return r.error();
    auto snapshot = recordSnapshot(m_db, "shipment", *id);
    if (!snapshot)
        return snapshot.error();
    if (auto r = appendAudit(
            m_db,
            AuditDraft{at, actor.userId, actor.username, "create", "shipment", std::to_string(*id), {}, *snapshot, {}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(*id);
}

Result<ShipmentRecord> ShipmentRepository::complete(ShipmentRecord shipment)
{
    auto s = m_db.prepare("SELECT preparation_id FROM shipment_preparation WHERE shipment_id = ? "
                          "ORDER BY preparation_id");
    if (!s)
        return s.error();
    s->bind(1, shipment.id);
    auto ids = sql::collectRows(*s, [](const sql::Row& r) { return r.int64("preparation_id"); });
    if (!ids)
        return ids.error();
    shipment.preparationIds = std::move(*ids);
    return shipment;
}

Result<ShipmentRecord> ShipmentRepository::get(std::int64_t id)
{
    auto s = m_db.prepare("SELECT * FROM shipment WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    auto shipment = sql::firstRow(*s, shipmentFrom, "shipment " + std::to_string(id));
    if (!shipment)
        return shipment.error();
    return complete(*shipment);
}

Result<ShipmentRecord> ShipmentRepository::getByNumber(const std::string& number)
{
    auto s = m_db.prepare("SELECT * FROM shipment WHERE number = ?");
    if (!s)
        return s.error();
    s->bind(1, number);
    auto shipment = sql::firstRow(*s, shipmentFrom, "shipment " + number);
    if (!shipment)
        return shipment.error();
    return complete(*shipment);
}

Result<ShipmentRecord> ShipmentRepository::update(const Actor& actor, UtcTime at, const ShipmentRecord& shipment,
                                                  const std::string& reason)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    auto before = recordSnapshot(m_db, "shipment", shipment.id);
    if (!before)
        return before.error();
    if (before->empty())
        return notFound("shipment", shipment.id);
    auto s = m_db.prepare("UPDATE shipment SET logger_id = ?, status = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, shipment.loggerId);
    s->bind(2, std::string(toText(shipment.status)));
    s->bind(3, shipment.id);
    if (auto r = s->run(); !r)
        return r.error();
    if (auto r = writePreparations(shipment.id, shipment.preparationIds); !r)
        return r.error();
    auto after = recordSnapshot(m_db, "shipment", shipment.id);
    if (!after)
        return after.error();
    if (*after != *before) {
        if (reason.empty())
            return makeDbError(DbError::Kind::Invalid,
                               "a change to shipment " + std::to_string(shipment.id) + " needs a reason");
        if (auto r = appendAudit(m_db, AuditDraft{at, actor.userId, actor.username, "update", "shipment",
                                                  std::to_string(shipment.id), *before, *after, reason});
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(shipment.id);
}

Result<std::vector<ShipmentRecord>> ShipmentRepository::forPreparation(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT shipment.* FROM shipment JOIN shipment_preparation sp ON sp.shipment_id = "
                          "shipment.id WHERE sp.preparation_id = ? ORDER BY shipment.id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return completeAll(*s);
}

Result<std::vector<ShipmentRecord>> ShipmentRepository::inTransit()
{
    auto s = m_db.prepare("SELECT * FROM shipment WHERE status IN ('packed', 'picked_up') ORDER BY id");
    if (!s)
        return s.error();
    return completeAll(*s);
}

Result<std::vector<ShipmentRecord>> ShipmentRepository::packedSince(UtcTime since)
{
    auto s = m_db.prepare("SELECT * FROM shipment WHERE created_at >= ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, timeText(since));
    return completeAll(*s);
}

Result<std::vector<ShipmentRecord>> ShipmentRepository::completeAll(sql::Statement& s)
{
    auto shipments = sql::collectRows(s, shipmentFrom);
    if (!shipments)
        return shipments.error();
    for (auto& shipment : *shipments) {
        auto full = complete(shipment);
        if (!full)
            return full.error();
        shipment = std::move(*full);
    }
    return shipments;
}

} // namespace prep::db

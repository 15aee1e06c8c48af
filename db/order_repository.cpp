// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/order_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {

OrderRecord orderFrom(const sql::Row& r)
{
    OrderRecord o;
    o.id = r.int64("id");
    o.patientId = r.int64("patient_id");
    o.drug = r.text("drug");
    o.protocolId = r.text("protocol_id");
    o.cycleDay = r.text("cycle_day");
    o.heightCm = r.real("height_cm");
    o.weightKg = r.real("weight_kg");
    o.bsaFormula = r.text("bsa_formula");
    o.bsaM2 = r.real("bsa_m2");
    o.mgPerM2 = r.real("mg_per_m2");
    o.doseMg = r.real("dose_mg");
    o.prescriber = r.text("prescriber");
    o.status = orderStatusFromText(r.text("status")).value_or(OrderStatus::Cancelled);
    o.validatedBy = r.int64("validated_by");
    o.validatedAt = timeColumn(r, "validated_at");
    o.createdAt = requiredTimeColumn(r, "created_at");
    return o;
}

// The columns a change may touch (created_at and patient are fixed at creation).
sql::Columns mutableColumns(const OrderRecord& o)
{
    return {{"drug", o.drug},
            {"protocol_id", o.protocolId},
            {"cycle_day", o.cycleDay},
            {"height_cm", o.heightCm},
            {"weight_kg", o.weightKg},
            {"bsa_formula", o.bsaFormula},
            {"bsa_m2", o.bsaM2},
            {"mg_per_m2", o.mgPerM2},
            {"dose_mg", o.doseMg},
            {"prescriber", o.prescriber},
            {"status", std::string(toText(o.status))},
            {"validated_by", idOrNull(o.validatedBy)},
            {"validated_at", timeOrNull(o.validatedAt)}};
}

OrderOriginRecord originFrom(const sql::Row& r)
{
    OrderOriginRecord o;
    o.id = r.int64("id");
    o.orderId = r.int64("order_id");
    o.inboundMessageId = r.int64("inbound_message_id");
    o.format = r.text("format");
    o.sender = r.text("sender");
    o.placerNumber = r.text("placer_number");
    o.revision = int(r.int64("revision"));
    o.patientAuthority = r.text("patient_authority");
    o.patientSex = r.text("patient_sex");
    o.drugAsSent = r.text("drug_as_sent");
    o.doseAsSent = r.text("dose_as_sent");
    o.route = r.text("route");
    o.timing = r.text("timing");
    return o;
}

Result<std::optional<OrderOriginRecord>> optionalOrigin(sql::Statement& s)
{
    auto rows = sql::collectRows(s, originFrom);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<OrderOriginRecord>{};
    return std::optional<OrderOriginRecord>{rows->front()};
}

} // namespace

Result<OrderOriginRecord> OrderRepository::recordOrigin(const Actor& actor, UtcTime at, OrderOriginRecord o)
{
    auto id = auditedInsert(m_db, actor, at, "order_origin",
                            {{"order_id", o.orderId},
                             {"inbound_message_id", idOrNull(o.inboundMessageId)},
                             {"format", o.format},
                             {"sender", o.sender},
                             {"placer_number", o.placerNumber},
                             {"revision", std::int64_t{o.revision}},
                             {"patient_authority", o.patientAuthority},
                             {"patient_sex", o.patientSex},
                             {"drug_as_sent", o.drugAsSent},
                             {"dose_as_sent", o.doseAsSent},
                             {"route", o.route},
                             {"timing", o.timing}});
    if (!id)
        return id.error();
    o.id = *id;
    return o;
}

Result<std::optional<OrderOriginRecord>> OrderRepository::latestOrigin(const std::string& sender,
                                                                       const std::string& placerNumber)
{
    auto s = m_db.prepare(
        "SELECT * FROM order_origin WHERE sender = ? AND placer_number = ? ORDER BY revision DESC LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, sender).bind(2, placerNumber);
    return optionalOrigin(*s);
}

Result<std::optional<OrderOriginRecord>> OrderRepository::originOf(std::int64_t orderId)
{
    auto s = m_db.prepare("SELECT * FROM order_origin WHERE order_id = ?");
    if (!s)
        return s.error();
    s->bind(1, orderId);
    return optionalOrigin(*s);
}

Result<OrderRecord> OrderRepository::create(const Actor& actor, UtcTime at, OrderRecord order)
{
    order.createdAt = at;
    sql::Columns columns = mutableColumns(order);
    columns.emplace_back("patient_id", order.patientId);
    columns.emplace_back("created_at", timeText(at));
    auto id = auditedInsert(m_db, actor, at, "order", columns);
    if (!id)
        return id.error();
    return get(*id);
}

Result<OrderRecord> OrderRepository::get(std::int64_t id)
{
    auto s = m_db.prepare("SELECT * FROM prescription_order WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return sql::firstRow(*s, orderFrom, "order " + std::to_string(id));
}

Result<OrderRecord> OrderRepository::update(const Actor& actor, UtcTime at, const OrderRecord& order,
                                            const std::string& reason)
{
    if (auto r = auditedUpdate(m_db, actor, at, "order", order.id, mutableColumns(order), reason); !r)
        return r.error();
    return get(order.id);
}

Result<std::vector<OrderRecord>> OrderRepository::listByStatus(OrderStatus status)
{
    auto s = m_db.prepare("SELECT * FROM prescription_order WHERE status = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, std::string(toText(status)));
    return sql::collectRows(*s, orderFrom);
}

} // namespace prep::db

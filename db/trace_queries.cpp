// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/trace_queries.h"

namespace prep::db {

Result<std::vector<LotTraceRow>> TraceQueries::byLot(const std::string& lot)
{
    // Index path: vial_scan(lot) -> preparation(id) -> order -> patient; shipments by
    // shipment_preparation(preparation_id). DISTINCT: a vial may be scanned more than once for one preparation.
    auto s = m_db.prepare(
        "SELECT DISTINCT v.lot, v.gtin, p.number, p.status, pt.ipp, pt.family_name || ' ' || pt.given_name, "
        "COALESCE(s.number, ''), COALESCE(s.status, ''), s.number "
        "FROM vial_scan v JOIN preparation p ON p.id = v.preparation_id "
        "JOIN prescription_order o ON o.id = p.order_id JOIN patient pt ON pt.id = o.patient_id "
        "LEFT JOIN shipment_preparation sp ON sp.preparation_id = p.id LEFT JOIN shipment s ON s.id = sp.shipment_id "
        "WHERE v.lot = ? ORDER BY p.number, s.number NULLS FIRST");
    if (!s)
        return s.error();
    s->bind(1, lot);
    std::vector<LotTraceRow> rows;
    for (;;) {
        auto r = s->step();
        if (!r)
            return r.error();
        if (!*r)
            return rows;
        rows.push_back(LotTraceRow{s->text(0), s->text(1), s->text(2), s->text(3), s->text(4), s->text(5), s->text(6),
                                   s->text(7)});
    }
}

} // namespace prep::db

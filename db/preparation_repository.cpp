// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/preparation_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {

PreparationRecord preparationFrom(const sql::Row& r)
{
    PreparationRecord p;
    p.id = r.int64("id");
    p.number = r.text("number");
    p.orderId = r.int64("order_id");
    p.syringeIndex = int(r.int64("syringe_index"));
    p.syringeCount = int(r.int64("syringe_count"));
    p.drug = r.text("drug");
    p.targetDoseMg = r.real("target_dose_mg");
    p.targetVolumeMl = r.real("target_volume_ml");
    p.concentrationMgPerMl = r.real("concentration_mg_per_ml");
    p.productGtin = r.text("product_gtin");
    // The CHECK constraint admits only known states; a row changed behind the station reads as the most blocking.
    p.status = preparationStatusFromText(r.text("status")).value_or(PreparationStatus::Rejected);
    p.preparedBy = r.int64("prepared_by");
    p.releasedBy = r.int64("released_by");
    p.startedAt = timeColumn(r, "started_at");
    p.reconstitutedAt = timeColumn(r, "reconstituted_at");
    p.preparedAt = timeColumn(r, "prepared_at");
    p.releasedAt = timeColumn(r, "released_at");
    p.expiry = timeColumn(r, "expiry");
    p.stabilityRule = r.text("stability_rule");
    p.stabilitySource = r.text("stability_source");
    p.storage = r.text("storage");
    p.measuredDoseMg = r.real("measured_dose_mg");
    p.deviationPercent = r.real("deviation_percent");
    // An unknown decision (written by a newer version) reads as "not weighed": it never lets a dose through.
    p.toleranceDecision =
        toleranceDecisionFromText(r.text("tolerance_decision")).value_or(ToleranceDecision::NotWeighed);
    p.createdAt = requiredTimeColumn(r, "created_at");
    return p;
}

// The number, order and creation time are fixed at creation; everything else may change (with a reason).
sql::Columns mutableColumns(const PreparationRecord& p)
{
    return {{"syringe_index", std::int64_t{p.syringeIndex}},
            {"syringe_count", std::int64_t{p.syringeCount}},
            {"drug", p.drug},
            {"target_dose_mg", p.targetDoseMg},
            {"target_volume_ml", p.targetVolumeMl},
            {"concentration_mg_per_ml", p.concentrationMgPerMl},
            {"product_gtin", p.productGtin},
            {"status", std::string(toText(p.status))},
            {"prepared_by", idOrNull(p.preparedBy)},
            {"released_by", idOrNull(p.releasedBy)},
            {"started_at", timeOrNull(p.startedAt)},
            {"reconstituted_at", timeOrNull(p.reconstitutedAt)},
            {"prepared_at", timeOrNull(p.preparedAt)},
            {"released_at", timeOrNull(p.releasedAt)},
            {"expiry", timeOrNull(p.expiry)},
            {"stability_rule", p.stabilityRule},
            {"stability_source", p.stabilitySource},
            {"storage", p.storage},
            {"measured_dose_mg", p.measuredDoseMg},
            {"deviation_percent", p.deviationPercent},
            {"tolerance_decision", std::string(toText(p.toleranceDecision))}};
}

} // namespace

Result<PreparationRecord> PreparationRepository::create(const Actor& actor, UtcTime at, PreparationRecord preparation)
{
    // The number is drawn inside the write transaction, so two stations never get the same one.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.beginError();
    if (preparation.number.empty()) {
        auto number = nextDailyNumber(m_db, "preparation", "P", at);
        if (!number)
            return number.error();
        preparation.number = *number;
    }
    sql::Columns columns = mutableColumns(preparation);
    columns.emplace_back("number", preparation.number);
    columns.emplace_back("order_id", preparation.orderId);
    columns.emplace_back("created_at", timeText(at));
    auto id = auditedInsert(m_db, actor, at, "preparation", columns);
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return get(*id);
}

Result<PreparationRecord> PreparationRepository::get(std::int64_t id)
{
    auto s = m_db.prepare("SELECT * FROM preparation WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return sql::firstRow(*s, preparationFrom, "preparation " + std::to_string(id));
}

Result<PreparationRecord> PreparationRepository::getByNumber(const std::string& number)
{
    auto s = m_db.prepare("SELECT * FROM preparation WHERE number = ?");
    if (!s)
        return s.error();
    s->bind(1, number);
    return sql::firstRow(*s, preparationFrom, "preparation " + number);
}

Result<PreparationRecord> PreparationRepository::update(const Actor& actor, UtcTime at,
                                                        const PreparationRecord& preparation, const std::string& reason)
{
    if (auto r = auditedUpdate(m_db, actor, at, "preparation", preparation.id, mutableColumns(preparation), reason); !r)
        return r.error();
    return get(preparation.id);
}

Result<std::vector<PreparationRecord>> PreparationRepository::list(std::optional<PreparationStatus> status)
{
    if (!status) {
        auto s = m_db.prepare("SELECT * FROM preparation ORDER BY id");
        if (!s)
            return s.error();
        return sql::collectRows(*s, preparationFrom);
    }
    auto s = m_db.prepare("SELECT * FROM preparation WHERE status = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, std::string(toText(*status)));
    return sql::collectRows(*s, preparationFrom);
}

Result<std::vector<PreparationRecord>> PreparationRepository::listForOrder(std::int64_t orderId)
{
    auto s = m_db.prepare("SELECT * FROM preparation WHERE order_id = ? ORDER BY syringe_index, id");
    if (!s)
        return s.error();
    s->bind(1, orderId);
    return sql::collectRows(*s, preparationFrom);
}

} // namespace prep::db

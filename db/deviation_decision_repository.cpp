// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/deviation_decision_repository.h"

#include "db/audited.h"

namespace prep::db {

std::string_view decisionName(DeviationDecisionRecord::Decision decision)
{
    return decision == DeviationDecisionRecord::Decision::Accepted ? "accepted" : "rejected";
}

namespace {
DeviationDecisionRecord decisionFrom(const sql::Row& r)
{
    DeviationDecisionRecord d;
    d.id = r.int64("id");
    d.preparationId = r.int64("preparation_id");
    d.weighingId = r.int64("weighing_id");
    d.decision = r.text("decision") == "accepted" ? DeviationDecisionRecord::Decision::Accepted
                                                  : DeviationDecisionRecord::Decision::Rejected;
    d.deviationPercent = r.real("deviation_percent");
    d.reason = r.text("reason");
    d.at = requiredTimeColumn(r, "at");
    d.userId = r.int64("user_id");
    return d;
}
} // namespace

Result<DeviationDecisionRecord> DeviationDecisionRepository::add(const Actor& actor, UtcTime at,
                                                                 DeviationDecisionRecord d)
{
    if (d.reason.empty())
        return makeDbError(DbError::Kind::Invalid, "a decision on an out-of-tolerance dose needs a reason");
    d.at = at;
    d.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "deviation_decision",
                            {{"preparation_id", d.preparationId},
                             {"weighing_id", d.weighingId},
                             {"decision", std::string(decisionName(d.decision))},
                             {"deviation_percent", d.deviationPercent},
                             {"reason", d.reason},
                             {"at", timeText(at)},
                             {"user_id", d.userId}},
                            d.reason);
    if (!id)
        return id.error();
    d.id = *id;
    return d;
}

Result<std::vector<DeviationDecisionRecord>> DeviationDecisionRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM deviation_decision WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, decisionFrom);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/dose_not_given_repository.h"

#include "db/audited.h"

namespace prep::db {

std::string_view doseOutcomeName(DoseNotGivenRecord::Outcome outcome)
{
    return outcome == DoseNotGivenRecord::Outcome::Destroyed ? "destroyed" : "returned";
}

std::optional<DoseNotGivenRecord::Outcome> doseOutcomeFromText(std::string_view text)
{
    if (text == "returned")
        return DoseNotGivenRecord::Outcome::Returned;
    if (text == "destroyed")
        return DoseNotGivenRecord::Outcome::Destroyed;
    return std::nullopt;
}

namespace {
DoseNotGivenRecord notGivenFrom(const sql::Row& r)
{
    DoseNotGivenRecord d;
    d.id = r.int64("id");
    d.preparationId = r.int64("preparation_id");
    d.outcome = doseOutcomeFromText(r.text("outcome")).value_or(DoseNotGivenRecord::Outcome::Returned);
    d.reason = r.text("reason");
    d.userId = r.int64("user_id");
    d.at = requiredTimeColumn(r, "at");
    return d;
}
} // namespace

Result<DoseNotGivenRecord> DoseNotGivenRepository::add(const Actor& actor, UtcTime at, DoseNotGivenRecord d)
{
    if (d.reason.empty())
        return makeDbError(DbError::Kind::Invalid, "a dose not given needs a reason");
    d.at = at;
    d.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "dose_not_given",
                            {{"preparation_id", d.preparationId},
                             {"outcome", std::string(doseOutcomeName(d.outcome))},
                             {"reason", d.reason},
                             {"user_id", d.userId},
                             {"at", timeText(at)}},
                            d.reason);
    if (!id)
        return id.error();
    d.id = *id;
    return d;
}

Result<std::vector<DoseNotGivenRecord>> DoseNotGivenRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM dose_not_given WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, notGivenFrom);
}

} // namespace prep::db

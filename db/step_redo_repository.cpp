// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/step_redo_repository.h"

#include "db/audited.h"

namespace prep::db {

std::string_view redoStepName(StepRedoRecord::Step step)
{
    return step == StepRedoRecord::Step::VialScan ? "scan" : "tare";
}

namespace {
StepRedoRecord redoFrom(const sql::Row& r)
{
    StepRedoRecord d;
    d.id = r.int64("id");
    d.preparationId = r.int64("preparation_id");
    d.step = r.text("step") == "scan" ? StepRedoRecord::Step::VialScan : StepRedoRecord::Step::EmptySyringe;
    d.setAsideId = r.int64("set_aside_id");
    d.reason = r.text("reason");
    d.at = requiredTimeColumn(r, "at");
    d.userId = r.int64("user_id");
    return d;
}
} // namespace

Result<StepRedoRecord> StepRedoRepository::add(const Actor& actor, UtcTime at, StepRedoRecord d)
{
    if (d.reason.empty())
        return makeDbError(DbError::Kind::Invalid, "going back to a step needs a reason");
    d.at = at;
    d.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "step_redo",
                            {{"preparation_id", d.preparationId},
                             {"step", std::string(redoStepName(d.step))},
                             {"set_aside_id", d.setAsideId},
                             {"reason", d.reason},
                             {"user_id", d.userId},
                             {"at", timeText(at)}},
                            d.reason);
    if (!id)
        return id.error();
    d.id = *id;
    return d;
}

Result<std::vector<StepRedoRecord>> StepRedoRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM step_redo WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, redoFrom);
}

} // namespace prep::db

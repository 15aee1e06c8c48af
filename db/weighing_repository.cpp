// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/weighing_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
WeighingRecord weighingFrom(const sql::Row& r)
{
    WeighingRecord w;
    w.id = r.int64("id");
    w.preparationId = r.int64("preparation_id");
    w.step = r.text("step");
    w.grams = r.real("grams");
    w.stable = r.boolean("stable");
    w.readabilityG = r.real("readability_g");
    w.source = r.text("source");
    w.raw = r.text("raw");
    w.at = requiredTimeColumn(r, "at");
    w.userId = r.int64("user_id");
    return w;
}
} // namespace

Result<WeighingRecord> WeighingRepository::add(const Actor& actor, UtcTime at, WeighingRecord w)
{
    if (w.source.empty())
        return makeDbError(DbError::Kind::Invalid, "a weighing needs its source (device URI and serial)");
    w.at = at;
    w.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "weighing",
                            {{"preparation_id", idOrNull(w.preparationId)},
                             {"step", w.step},
                             {"grams", w.grams},
                             {"stable", std::int64_t{w.stable}},
                             {"readability_g", w.readabilityG},
                             {"source", w.source},
                             {"raw", w.raw},
                             {"at", timeText(at)},
                             {"user_id", w.userId}});
    if (!id)
        return id.error();
    w.id = *id;
    return w;
}

Result<std::vector<WeighingRecord>> WeighingRepository::listFor(std::int64_t preparationId)
{
    // Id 0 lists the weighings tied to no preparation: the daily checks of the scales.
    auto s = preparationId == 0 ? m_db.prepare("SELECT * FROM weighing WHERE preparation_id IS NULL ORDER BY id")
                                : m_db.prepare("SELECT * FROM weighing WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    if (preparationId != 0)
        s->bind(1, preparationId);
    return sql::collectRows(*s, weighingFrom);
}

} // namespace prep::db

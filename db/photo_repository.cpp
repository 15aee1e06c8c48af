// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/photo_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
PhotoRecord photoFrom(const sql::Row& r)
{
    PhotoRecord p;
    p.id = r.int64("id");
    p.preparationId = r.int64("preparation_id");
    p.step = r.text("step");
    p.path = r.text("path");
    p.sha256 = r.text("sha256");
    p.at = requiredTimeColumn(r, "at");
    p.userId = r.int64("user_id");
    return p;
}
} // namespace

Result<PhotoRecord> PhotoRepository::add(const Actor& actor, UtcTime at, PhotoRecord p)
{
    p.at = at;
    p.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "photo",
                            {{"preparation_id", p.preparationId},
                             {"step", p.step},
                             {"path", p.path},
                             {"sha256", p.sha256},
                             {"at", timeText(at)},
                             {"user_id", p.userId}});
    if (!id)
        return id.error();
    p.id = *id;
    return p;
}

Result<std::vector<PhotoRecord>> PhotoRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM photo WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, photoFrom);
}

} // namespace prep::db

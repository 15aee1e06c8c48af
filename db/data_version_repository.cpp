// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/data_version_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
DataVersionRecord versionFrom(const sql::Row& r)
{
    DataVersionRecord v;
    v.id = r.int64("id");
    v.preparationId = r.int64("preparation_id");
    v.step = r.text("step");
    v.file = r.text("file");
    v.origin = r.text("origin");
    v.sha256 = r.text("sha256");
    v.at = requiredTimeColumn(r, "at");
    v.userId = r.int64("user_id");
    return v;
}
} // namespace

Result<DataVersionRecord> DataVersionRepository::add(const Actor& actor, UtcTime at, DataVersionRecord v)
{
    v.at = at;
    v.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "data_version",
                            {{"preparation_id", v.preparationId},
                             {"step", v.step},
                             {"file", v.file},
                             {"origin", v.origin},
                             {"sha256", v.sha256},
                             {"at", timeText(at)},
                             {"user_id", v.userId}});
    if (!id)
        return id.error();
    v.id = *id;
    return v;
}

Result<std::vector<DataVersionRecord>> DataVersionRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM preparation_data_version WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, versionFrom);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/label_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
LabelRecord labelFrom(const sql::Row& r)
{
    LabelRecord l;
    l.id = r.int64("id");
    l.preparationId = r.int64("preparation_id");
    l.path = r.text("path");
    l.format = r.text("format");
    l.templateId = r.text("template_id");
    l.templateVersion = int(r.int64("template_version"));
    l.templateSha256 = r.text("template_sha256");
    l.fileSha256 = r.text("file_sha256");
    l.barcodeData = r.text("barcode_data");
    l.duplicate = r.boolean("duplicate");
    l.readBackOk = r.boolean("read_back_ok");
    l.at = requiredTimeColumn(r, "at");
    l.userId = r.int64("user_id");
    return l;
}
} // namespace

Result<LabelRecord> LabelRepository::add(const Actor& actor, UtcTime at, LabelRecord l)
{
    l.at = at;
    l.userId = actor.userId;
    auto id = auditedInsert(m_db, actor, at, "label",
                            {{"preparation_id", l.preparationId},
                             {"path", l.path},
                             {"format", l.format},
                             {"template_id", l.templateId},
                             {"template_version", std::int64_t{l.templateVersion}},
                             {"template_sha256", l.templateSha256},
                             {"file_sha256", l.fileSha256},
                             {"barcode_data", l.barcodeData},
                             {"duplicate", std::int64_t{l.duplicate}},
                             {"read_back_ok", std::int64_t{l.readBackOk}},
                             {"at", timeText(at)},
                             {"user_id", l.userId}});
    if (!id)
        return id.error();
    l.id = *id;
    return l;
}

Result<std::vector<LabelRecord>> LabelRepository::listFor(std::int64_t preparationId)
{
    auto s = m_db.prepare("SELECT * FROM label WHERE preparation_id = ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, preparationId);
    return sql::collectRows(*s, labelFrom);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/care_list_repository.h"

#include "db/audited.h"

namespace prep::db {

Result<CareAssignmentRecord> CareListRepository::add(const Actor& actor, UtcTime at, CareAssignmentRecord x)
{
    x.at = at;
    x.userId = actor.userId;
    auto id =
        auditedInsert(m_db, actor, at, "care_assignment",
                      {{"nurse_id", x.nurseId},
                       {"patient_id", x.patientId},
                       {"change", std::string(x.change == CareAssignmentRecord::Change::Ended ? "ended" : "assigned")},
                       {"user_id", x.userId},
                       {"at", timeText(at)}});
    if (!id)
        return id.error();
    x.id = *id;
    return x;
}

Result<bool> CareListRepository::covers(std::int64_t nurseId, std::int64_t patientId)
{
    auto s = m_db.prepare("SELECT change FROM care_assignment WHERE nurse_id = ? AND patient_id = ? "
                          "ORDER BY id DESC LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, nurseId);
    s->bind(2, patientId);
    auto rows = sql::collectRows(*s, [](const sql::Row& r) { return r.text("change"); });
    if (!rows)
        return rows.error();
    return !rows->empty() && rows->front() == "assigned";
}

Result<std::vector<std::int64_t>> CareListRepository::patientsOf(std::int64_t nurseId)
{
    // The latest change of each of the nurse's patients.
    auto s = m_db.prepare("SELECT patient_id FROM care_assignment c WHERE nurse_id = ? AND change = 'assigned' AND "
                          "id = (SELECT MAX(id) FROM care_assignment l WHERE l.nurse_id = c.nurse_id AND "
                          "l.patient_id = c.patient_id) ORDER BY patient_id");
    if (!s)
        return s.error();
    s->bind(1, nurseId);
    return sql::collectRows(*s, [](const sql::Row& r) { return r.int64("patient_id"); });
}

} // namespace prep::db

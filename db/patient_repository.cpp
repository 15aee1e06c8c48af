// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/patient_repository.h"

#include "db/audited.h"

namespace prep::db {

namespace {
PatientRecord patientFrom(const sql::Row& r)
{
    PatientRecord p;
    p.id = r.int64("id");
    p.ipp = r.text("ipp");
    p.familyName = r.text("family_name");
    p.givenName = r.text("given_name");
    p.birthDate = r.text("birth_date");
    p.fictitious = r.boolean("fictitious");
    return p;
}
} // namespace

Result<PatientRecord> PatientRepository::create(const Actor& actor, UtcTime at, PatientRecord patient)
{
    if (patient.ipp.empty())
        return makeDbError(DbError::Kind::Invalid, "a patient needs an IPP");
    auto id = auditedInsert(m_db, actor, at, "patient",
                            {{"ipp", patient.ipp},
                             {"family_name", patient.familyName},
                             {"given_name", patient.givenName},
                             {"birth_date", patient.birthDate},
                             {"fictitious", std::int64_t{patient.fictitious}}});
    if (!id)
        return id.error();
    return get(*id);
}

Result<PatientRecord> PatientRepository::get(std::int64_t id)
{
    auto s = m_db.prepare("SELECT * FROM patient WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    return sql::firstRow(*s, patientFrom, "patient " + std::to_string(id));
}

Result<PatientRecord> PatientRepository::getByIpp(const std::string& ipp)
{
    auto s = m_db.prepare("SELECT * FROM patient WHERE ipp = ?");
    if (!s)
        return s.error();
    s->bind(1, ipp);
    return sql::firstRow(*s, patientFrom, "patient with IPP " + ipp);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// The HAD nurses' care lists (db::CareAssignmentRecord): each change a row, append-only, audited; the latest row of
// a nurse and a patient is the current state.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

#include <vector>

namespace prep::db {

class CareListRepository
{
public:
    explicit CareListRepository(Database& db)
        : m_db(db)
    {}
    Result<CareAssignmentRecord> add(const Actor& actor, UtcTime at, CareAssignmentRecord record);
    // Is the patient in the nurse's care now (their latest change is an assignment)?
    Result<bool> covers(std::int64_t nurseId, std::int64_t patientId);
    // The patients currently in the nurse's care.
    Result<std::vector<std::int64_t>> patientsOf(std::int64_t nurseId);

private:
    Database& m_db;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// Patients (fictitious in this project). Creation is audited.
#pragma once

#include "db/actor.h"
#include "db/database.h"
#include "db/records.h"

namespace prep::db {

class PatientRepository
{
public:
    explicit PatientRepository(Database& db)
        : m_db(db)
    {}
    Result<PatientRecord> create(const Actor& actor, UtcTime at, PatientRecord patient);
    Result<PatientRecord> get(std::int64_t id);
    Result<PatientRecord> getByIpp(const std::string& ipp);

private:
    Database& m_db;
};

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// The HAD nurses' care lists: which patients each nurse looks after. A nurse checks, gives or returns only the
// doses of the patients in their care (DispatchDesk::requireInCare); the HAD coordination (a pharmacist or an
// administrator here) keeps the lists. Every change is an audited record.
#pragma once

#include "db/records.h"
#include "prep-station/workflow/station_context.h"

#include <string>
#include <vector>

namespace prep::station {

class CareListDesk
{
public:
    explicit CareListDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    Result<db::CareAssignmentRecord> assign(const db::Actor& who, const std::string& nurse,
                                            const std::string& patientIpp);
    Result<db::CareAssignmentRecord> end(const db::Actor& who, const std::string& nurse, const std::string& patientIpp);
    // The patients in the nurse's care now: the nurse themself, a pharmacist or an administrator may ask.
    Result<std::vector<db::PatientRecord>> patientsOf(const db::Actor& who, const std::string& nurse);

private:
    Result<db::CareAssignmentRecord> change(const db::Actor& who, const std::string& nurse,
                                            const std::string& patientIpp, db::CareAssignmentRecord::Change change);

    StationContext& m_ctx;
};

} // namespace prep::station

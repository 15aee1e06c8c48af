// SPDX-License-Identifier: GPL-3.0-or-later
// Trace by patient: every order prescribed for a patient (by IPP), each with its preparations and their states,
// for the auditor who is asked "what did this patient receive?".
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>
#include <vector>

namespace prep::station {

struct PatientOrderTrace
{
    db::OrderRecord order;
    std::vector<db::PreparationRecord> preparations; // syringe 1 first
};

struct PatientTrace
{
    db::PatientRecord patient;
    std::vector<PatientOrderTrace> orders; // oldest first
};

Result<PatientTrace> tracePatient(StationContext& ctx, const std::string& ipp);

} // namespace prep::station

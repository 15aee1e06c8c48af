// SPDX-License-Identifier: GPL-3.0-or-later
// What each role has to do now, read from the records: the technician's worklist (validated orders not planned
// yet, then preparations to prepare or under way) and the pharmacist's (orders to validate, doses awaiting a
// decision, prepared doses awaiting release). The GUI's lists and any other face read the same answer.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <functional>
#include <optional>
#include <vector>

namespace prep::station {

struct WorkItem
{
    db::OrderRecord order;
    db::PatientRecord patient;
    std::optional<db::PreparationRecord> preparation; // none: a validated order whose syringes are not planned yet
};

// Validated orders without preparations, then planned and in-progress preparations (oldest first).
Result<std::vector<WorkItem>> technicianWorklist(StationContext& ctx);

struct PharmacistWorklist
{
    std::vector<WorkItem> ordersToValidate;  // prescribed orders
    std::vector<WorkItem> decisionsAwaited;  // filled syringes out of tolerance, within the pharmacist's limit
    std::vector<WorkItem> preparedToRelease; // signed by their preparer
};
Result<PharmacistWorklist> pharmacistWorklist(StationContext& ctx);

} // namespace prep::station

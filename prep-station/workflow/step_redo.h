// SPDX-License-Identifier: GPL-3.0-or-later
// Going back at the isolator, on purpose and on the record: the technician scans another vial (before the vial is
// weighed) or takes a new empty syringe (the one weighed is set aside, with its withdrawal). The reason is required,
// the step is recorded and audited (db::StepRedoRecord), and the guided steps then offer that step again; nothing
// recorded is deleted.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>

namespace prep::station {

// Refused, naming why: not the technician's preparation, not in progress, a reason missing, nothing to set aside,
// the vial already weighed (scan), a dose awaiting the pharmacist, the withdrawn vial not weighed yet, or the label
// already printed (tare).
Result<db::StepRedoRecord> goBack(StationContext& ctx, const db::Actor& technician, std::int64_t preparationId,
                                  db::StepRedoRecord::Step step, const std::string& reason);

// What the records say was set aside: the latest scan and the latest tare, when a redo names them.
struct SetAside
{
    bool scan = false;
    bool tare = false;
};
Result<SetAside> setAside(StationContext& ctx, std::int64_t preparationId);

} // namespace prep::station

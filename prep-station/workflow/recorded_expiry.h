// SPDX-License-Identifier: GPL-3.0-or-later
// The stability decision behind a recorded preparation, recomputed from what was recorded (drug, reconstitution
// time, storage) and checked to be the rule that set its expiry: the label's storage mention and the cold-chain
// verdict use exactly the conditions the expiry was computed for.
#pragma once

#include "prep-station/stability/expiry.h"
#include "prep-station/workflow/station_context.h"

namespace prep::station {

struct RecordedExpiry
{
    ExpiryRequest request;
    ExpiryDecision decision;
};

Result<RecordedExpiry> recordedExpiry(const StationContext& ctx, const db::PreparationRecord& preparation);

// When the preparation's stability clock started, from its batch record: the vial weighed after its diluent (the
// end of reconstitution), or for a ready-to-use vial its scan. None before either is recorded. The CLI and the GUI
// date the expiry from it at the label step.
Result<std::optional<UtcTime>> reconstitutionStart(StationContext& ctx, const db::PreparationRecord& preparation);

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The pharmacist's decision on a filled syringe outside the tolerance band but within the pharmacist's limit
// (tolerances.csv): accepted with a reason (the preparation may go on to its label and signature) or rejected (the
// technician redoes the syringe: a new empty syringe, then a new withdrawal). Signed, re-authenticated, by a
// pharmacist who did not prepare the dose; recorded, shown at release and in the trace.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>

namespace prep::station {

class DeviationDesk
{
public:
    explicit DeviationDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    Result<db::DeviationDecisionRecord> decide(std::int64_t preparationId, const std::string& pharmacistUsername,
                                               const std::string& password,
                                               db::DeviationDecisionRecord::Decision decision,
                                               const std::string& reason);

private:
    StationContext& m_ctx;
};

} // namespace prep::station

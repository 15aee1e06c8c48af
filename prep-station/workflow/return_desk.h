// SPDX-License-Identifier: GPL-3.0-or-later
// What comes back to the PUI: a shipment the courier could not deliver (or brought back unused) is received at the
// pharmacy, and a pharmacist decides the fate of each dose that came back — destroyed, or sent out again to the same
// patient in a new shipment (only while it is within its expiry and its cold chain was kept). Each an audited
// record; the decision is re-authenticated.
#pragma once

#include "db/records.h"
#include "prep-station/workflow/station_context.h"

#include <string>

namespace prep::station {

class ReturnDesk
{
public:
    explicit ReturnDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // The shipment a scanned bag label names is back at the PUI. A note is required when no delivery problem was
    // declared (why did it come back?).
    Result<db::ShipmentReturnRecord> receive(const db::Actor& who, const std::string& shipmentScan,
                                             const std::string& note);
    Result<db::ReturnedDoseDecisionRecord> decide(const db::Actor& pharmacist, const std::string& password,
                                                  const std::string& preparationScan,
                                                  db::ReturnedDoseDecisionRecord::Decision decision,
                                                  const std::string& reason);

private:
    StationContext& m_ctx;
};

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The weighings around one withdrawal, found in a preparation's batch record: the vial just before it (its
// 'diluent_after' when reconstituted at the station, else 'vial_before', or the 'vial_after' of the previous
// syringe), the syringe's tare and filled weighings, and the vial just after ('vial_after'). The isolator session,
// the next-step guide and the preparer's signature read the same pairing.
#pragma once

#include "prep-station/gravimetry/vial_crosscheck.h"
#include "prep-station/workflow/station_context.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::station {

// Steps that weigh the vial with its solution in it, ready to be drawn from.
bool weighsTheVialForWithdrawal(const std::string& step);

struct WithdrawalWeighings
{
    std::optional<db::WeighingRecord> vialBefore; // latest vial weighing before the filled syringe (or, with no
                                                  // syringe filled yet, the latest vial weighing)
    std::optional<db::WeighingRecord> tare;       // latest tare before the filled syringe
    std::optional<db::WeighingRecord> filled;     // the latest filled syringe
    std::optional<db::WeighingRecord> vialAfter;  // the first 'vial_after' after it
};

// Weighings oldest first, as the repository lists them.
WithdrawalWeighings latestWithdrawal(const std::vector<db::WeighingRecord>& weighings);

// The cross-check of a complete withdrawal (vialBefore, tare, filled and vialAfter all present).
Result<VialCrossCheck> crossCheckWithdrawal(StationContext& ctx, const db::PreparationRecord& prep,
                                            const WithdrawalWeighings& w);

} // namespace prep::station

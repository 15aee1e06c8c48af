// SPDX-License-Identifier: GPL-3.0-or-later
// Where a preparation stands: its status, the next step the workflow expects, and what blocks its next signature.
// `prep status`, the GUI's guided screen and the preparer's signature read the same answer.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

enum class NextStep {
    Start,
    ScanVial,
    WeighVialBeforeDiluent,
    WeighVialAfterDiluent,
    WeighVialBeforeWithdrawal,
    WeighEmptySyringe,
    WeighFilledSyringe,
    WeighVialAfterWithdrawal,
    PharmacistDecision,
    PrintLabel,
    ReadBackLabelPdf,
    ReadBackLabelCamera,
    Sign,
    Release,
    Ship,
    Pickup,
    Delivery,
    ImportLogger,
    Administer,
    None
};

// "scan", "weigh_tare", "pharmacist_decision", ... (the form prepctl --json prints).
std::string_view nextStepName(NextStep step);
// What to do, for a person: "weigh the empty syringe (tare)".
std::string_view nextStepInstruction(NextStep step);

struct PreparationProgress
{
    db::PreparationRecord preparation;
    NextStep next = NextStep::None;
    std::vector<Message> blockers; // what stands between the preparation and its next signature
};

Result<PreparationProgress> preparationProgress(StationContext& ctx, std::int64_t preparationId);

// The isolator steps of this preparation in the order the workflow takes them (the vial's diluent weighings only
// when its protocol reconstitutes it), from the vial scan to the preparer's signature: the guided screen's steps.
Result<std::vector<NextStep>> isolatorSteps(StationContext& ctx, const db::PreparationRecord& preparation);

// What the preparer's "prepared" signature still lacks: an accepted gravimetric control, the vial weighed before
// and after the withdrawal with a passed cross-check (or a pharmacist's acceptance), an expiry, a vial scan, the
// label printed and read back from its PDF and by the camera. Empty when the preparer may sign.
Result<std::vector<Message>> preparerSignatureBlockers(StationContext& ctx, const db::PreparationRecord& prep);

} // namespace prep::station

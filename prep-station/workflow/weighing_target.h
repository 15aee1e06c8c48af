// SPDX-License-Identifier: GPL-3.0-or-later
// What the station's live gauge shows while the filled syringe is on the scale: the reading that would be exactly
// the ordered dose, and the readings the tolerance policy accepts, sends to a pharmacist, or rejects. Computed from
// the recorded tare, the density table and tolerances.csv, by the same rule checkWithdrawal decides with (the dose
// is proportional to the net mass, so a dose deviation of x % is a net-mass deviation of x %).
#pragma once

#include "prep-station/workflow/preparation_progress.h"

#include <optional>
#include <string>

namespace prep::station {

struct WeighingTarget
{
    double tareGrams = 0;
    double targetGrams = 0;                                 // tare + target volume x density
    double acceptLowGrams = 0, acceptHighGrams = 0;         // within tolerance: accepted
    double pharmacistLowGrams = 0, pharmacistHighGrams = 0; // beyond tolerance, within the pharmacist's limit
    double tolerancePercent = 0, pharmacistPercent = 0;
    std::string basis; // "densities.csv: ...; tolerances.csv: ..." for the screen's small print
};

// The target of the weighing `next` of preparation `preparationId`: a value for WeighFilledSyringe once its tare is
// recorded; none for the other steps (they have no dose to reach).
Result<std::optional<WeighingTarget>> weighingTarget(StationContext& ctx, std::int64_t preparationId, NextStep next);

} // namespace prep::station

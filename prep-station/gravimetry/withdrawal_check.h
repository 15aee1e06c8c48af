// SPDX-License-Identifier: GPL-3.0-or-later
// Dose from mass (reference.md 3.1): net mass = gross - tare; volume = net / density; dose = volume x concentration;
// deviation from the target dose in %; the tolerance policy decides accept / await pharmacist / reject and redo.
// Every intermediate value is kept unrounded in the result so the record shows exactly what was decided on.
#pragma once

#include "prep-station/error.h"
#include "prep-station/gravimetry/density_table.h"
#include "prep-station/gravimetry/tolerance_policy.h"

#include <string>

namespace prep::station {

enum class WeighingDecision { Accept, RejectRedo, AwaitPharmacist };

const char* weighingDecisionName(WeighingDecision decision); // "accept", "reject-redo", "await-pharmacist"

struct WithdrawalCheck
{
    double tareGrams = 0, grossGrams = 0, netGrams = 0;
    double densityGPerMl = 0, volumeMl = 0, doseMg = 0, targetDoseMg = 0;
    double expectedNetGrams = 0; // target volume x density
    double deviationPercent = 0; // (dose - target) / target x 100, signed: negative = under-dosed
    double tolerancePercent = 0;
    WeighingDecision decision = WeighingDecision::RejectRedo;
    std::string explanation;   // one sentence a pharmacist can read
    std::string densitySource; // "densities.csv: azacitidine 25 mg/mL = 1.016 g/mL (estimated; reference.md 2.5 ...)"
    double pharmacistLimitPercent = 0;
    double targetVolumeMl = 0;
};

// Fails (records nothing) when the weighing cannot be a dose: non-finite numbers, net mass <= 0, unknown density.
Result<WithdrawalCheck> checkWithdrawal(const DensityTable& densities, const TolerancePolicy& policy,
                                        const std::string& drug, double concentrationMgPerMl, double targetDoseMg,
                                        double tareGrams, double grossGrams);

} // namespace prep::station

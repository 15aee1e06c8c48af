// SPDX-License-Identifier: GPL-3.0-or-later
// The reconstitution step checked by mass (reference.md 3.1 step 6): the vial is weighed before and after adding
// the diluent; the diluent's mass / its density gives the volume added, compared with the protocol's volume
// (azacitidine SC: 4 mL water for injections, about 3.99 g; bortezomib SC: 1.4 mL NaCl 0.9 %).
#pragma once

#include "prep-station/error.h"
#include "prep-station/gravimetry/density_table.h"
#include "prep-station/gravimetry/tolerance_policy.h"
#include "prep-station/gravimetry/withdrawal_check.h"

#include <string>

namespace prep::station {

struct ReconstitutionCheck
{
    double vialBeforeGrams = 0, vialAfterGrams = 0, diluentGrams = 0;
    double diluentDensityGPerMl = 0, diluentMl = 0, expectedMl = 0, expectedGrams = 0;
    double deviationPercent = 0; // (added - expected) / expected x 100
    double tolerancePercent = 0, pharmacistLimitPercent = 0;
    WeighingDecision decision = WeighingDecision::RejectRedo;
    std::string explanation; // `said` in English
    Message said;
    std::string densitySource;
};

// The tolerance band is the drug's band for the diluent volume (tolerances.csv): too little diluent
// concentrates the suspension and every dose drawn from the vial is then wrong.
// The protocols name diluents as prescribers do ("WFI", "NaCl 0.9%"); the density table as the pharmacopoeia does.
std::string diluentDensityName(const std::string& protocolDiluent);

Result<ReconstitutionCheck> checkReconstitution(const DensityTable& densities, const TolerancePolicy& policy,
                                                const std::string& drug, const std::string& diluent,
                                                double expectedDiluentMl, double vialBeforeGrams,
                                                double vialAfterGrams);

} // namespace prep::station

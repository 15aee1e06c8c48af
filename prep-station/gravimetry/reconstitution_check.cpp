// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/reconstitution_check.h"

#include <cmath>
#include <cstdio>

namespace prep::station {

Result<ReconstitutionCheck> checkReconstitution(const DensityTable& densities, const TolerancePolicy& policy,
                                                const std::string& drug, const std::string& diluent,
                                                double expectedDiluentMl, double vialBeforeGrams, double vialAfterGrams)
{
    for (double v : {expectedDiluentMl, vialBeforeGrams, vialAfterGrams})
        if (!std::isfinite(v))
            return makeError(Error::Kind::Invalid, "reconstitution check: a value is not a finite number");
    if (!(expectedDiluentMl > 0) || !(vialBeforeGrams > 0))
        return makeError(Error::Kind::Invalid, "reconstitution check: expected volume and vial mass must be positive");
    const double added = vialAfterGrams - vialBeforeGrams;
    if (!(added > 0))
        return makeError(Error::Kind::Invalid, "reconstitution check: the vial did not gain mass (before " +
                                                   std::to_string(vialBeforeGrams) + " g, after " +
                                                   std::to_string(vialAfterGrams) + " g)");
    auto density = densities.find(diluent, 0.0);
    if (!density)
        return density.error();
    auto band = policy.band(drug, expectedDiluentMl);
    if (!band)
        return band.error();

    ReconstitutionCheck c;
    c.vialBeforeGrams = vialBeforeGrams;
    c.vialAfterGrams = vialAfterGrams;
    c.diluentGrams = added;
    c.diluentDensityGPerMl = density->gramsPerMl;
    c.diluentMl = added / density->gramsPerMl;
    c.expectedMl = expectedDiluentMl;
    c.expectedGrams = expectedDiluentMl * density->gramsPerMl;
    c.deviationPercent = (c.diluentMl - expectedDiluentMl) / expectedDiluentMl * 100.0;
    c.tolerancePercent = band->tolerancePercent;
    c.pharmacistLimitPercent = band->pharmacistPercent;
    c.densitySource = densities.origin() + ": " + density->drug + " = " + std::to_string(density->gramsPerMl) +
                      " g/mL (" + density->status + "; " + density->source + ")";
    const double magnitude = std::fabs(c.deviationPercent);
    c.decision = magnitude <= band->tolerancePercent    ? WeighingDecision::Accept
                 : magnitude <= band->pharmacistPercent ? WeighingDecision::AwaitPharmacist
                                                        : WeighingDecision::RejectRedo;
    using A = MessageArg;
    const auto figures = [&](const char* english) {
        return say(english, diluent, A::trimmed(c.diluentGrams, 4), A::trimmed(c.diluentDensityGPerMl, 4),
                   A::trimmed(c.diluentMl, 3), A::trimmed(expectedDiluentMl, 3),
                   A::decimal(c.deviationPercent, 3, true), A::trimmed(c.tolerancePercent, 2),
                   A::trimmed(c.pharmacistLimitPercent, 2));
    };
    c.said =
        c.decision == WeighingDecision::Accept
            ? figures(QT_TRANSLATE_NOOP("Message", "%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation "
                                                   "%6 % (tolerance ±%7 %, pharmacist limit ±%8 %): accepted"))
        : c.decision == WeighingDecision::AwaitPharmacist
            ? figures(QT_TRANSLATE_NOOP("Message", "%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation "
                                                   "%6 % (tolerance ±%7 %, pharmacist limit ±%8 %): awaiting a "
                                                   "pharmacist's decision"))
            : figures(QT_TRANSLATE_NOOP("Message", "%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation "
                                                   "%6 % (tolerance ±%7 %, pharmacist limit ±%8 %): rejected: "
                                                   "discard the vial and reconstitute another"));
    c.explanation = englishText(c.said);
    return c;
}

std::string diluentDensityName(const std::string& diluent)
{
    if (diluent == "WFI" || diluent == "SWFI")
        return "water for injections";
    if (diluent == "NaCl 0.9%")
        return "sodium chloride 0.9%";
    return diluent;
}

} // namespace prep::station

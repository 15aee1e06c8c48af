// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/withdrawal_check.h"

#include <cmath>
#include <cstdio>

namespace prep::station {

const char* weighingDecisionName(WeighingDecision decision)
{
    switch (decision) {
    case WeighingDecision::Accept:
        return "accept";
    case WeighingDecision::RejectRedo:
        return "reject-redo";
    case WeighingDecision::AwaitPharmacist:
        return "await-pharmacist";
    }
    return "?";
}

Result<WithdrawalCheck> checkWithdrawal(const DensityTable& densities, const TolerancePolicy& policy,
                                        const std::string& drug, double concentrationMgPerMl, double targetDoseMg,
                                        double tareGrams, double grossGrams)
{
    for (double v : {concentrationMgPerMl, targetDoseMg, tareGrams, grossGrams})
        if (!std::isfinite(v))
            return makeError(Error::Kind::Invalid, "withdrawal check: a value is not a finite number");
    if (!(concentrationMgPerMl > 0) || !(targetDoseMg > 0))
        return makeError(Error::Kind::Invalid, "withdrawal check: concentration and target dose must be positive");
    if (tareGrams < 0)
        return makeError(Error::Kind::Invalid, "withdrawal check: negative tare (" + std::to_string(tareGrams) +
                                                   " g): weigh the empty syringe again");
    const double net = grossGrams - tareGrams;
    if (!(net > 0))
        return makeError(Error::Kind::Invalid, "withdrawal check: net mass " + std::to_string(net) +
                                                   " g is not positive (gross " + std::to_string(grossGrams) +
                                                   " g, tare " + std::to_string(tareGrams) + " g)");
    auto density = densities.find(drug, concentrationMgPerMl);
    if (!density)
        return density.error();

    WithdrawalCheck c;
    c.tareGrams = tareGrams;
    c.grossGrams = grossGrams;
    c.netGrams = net;
    c.densityGPerMl = density->gramsPerMl;
    c.volumeMl = net / density->gramsPerMl;
    c.doseMg = c.volumeMl * concentrationMgPerMl;
    c.targetDoseMg = targetDoseMg;
    c.targetVolumeMl = targetDoseMg / concentrationMgPerMl;
    c.expectedNetGrams = c.targetVolumeMl * density->gramsPerMl;
    c.deviationPercent = (c.doseMg - targetDoseMg) / targetDoseMg * 100.0;
    c.densitySource = densities.origin() + ": " + density->drug + " " + std::to_string(concentrationMgPerMl) +
                      " mg/mL = " + std::to_string(density->gramsPerMl) + " g/mL (" + density->status + "; " +
                      density->source + ")";

    // The band follows the prescribed (target) volume, not the measured one, so a wrong fill cannot move itself
    // into a wider band.
    auto band = policy.band(drug, c.targetVolumeMl);
    if (!band)
        return band.error();
    c.tolerancePercent = band->tolerancePercent;
    c.pharmacistLimitPercent = band->pharmacistPercent;
    const double magnitude = std::fabs(c.deviationPercent);
    if (magnitude <= band->tolerancePercent)
        c.decision = WeighingDecision::Accept;
    else if (magnitude <= band->pharmacistPercent)
        c.decision = WeighingDecision::AwaitPharmacist;
    else
        c.decision = WeighingDecision::RejectRedo;

    char text[512];
    std::snprintf(text, sizeof text,
                  "net %.6g g / %.6g g/mL = %.6g mL x %.6g mg/mL = %.6g mg for a target of %.6g mg: deviation %+.3f %% "
                  "(tolerance ±%.6g %% for %.6g mL, pharmacist limit ±%.6g %%): %s",
                  c.netGrams, c.densityGPerMl, c.volumeMl, concentrationMgPerMl, c.doseMg, targetDoseMg,
                  c.deviationPercent, c.tolerancePercent, c.targetVolumeMl, c.pharmacistLimitPercent,
                  c.decision == WeighingDecision::Accept ? "accepted"
                  : c.decision == WeighingDecision::AwaitPharmacist
                      ? "out of tolerance, awaiting a pharmacist's decision"
                      : "out of tolerance, reject and redo the withdrawal");
    c.explanation = text;
    return c;
}

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/dosing/dosing.h"

#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// Tiny binary noise (0.1 * 3 = 0.30000000000000004) must not reach a label or a comparison.
double clean(double v)
{
    return std::round(v * 1e9) / 1e9;
}

// Volume, syringes and vials from the dose, whatever the dose came from.
void fillVolumeSyringesAndVials(const DoseProtocol& protocol, DosePlan& plan)
{
    plan.concentrationMgPerMl = protocol.concentrationMgPerMl;
    plan.volumeMl = plan.doseMg / protocol.concentrationMgPerMl;
    // Split only above the threshold and only into equal parts (reference.md 2.4, [S2]).
    const int count =
        (protocol.splitAboveMl > 0 && plan.volumeMl > protocol.splitAboveMl + 1e-9) ? protocol.splitSyringes : 1;
    for (int i = 1; i <= count; ++i)
        plan.syringes.push_back(SyringePlan{i, count, plan.volumeMl / count, plan.doseMg / count});
    plan.vials = int(std::ceil(plan.doseMg / protocol.vialMg - 1e-9));
    plan.leftoverMg = clean(plan.vials * protocol.vialMg - plan.doseMg);
}

// The protocol's dose as it stands: no BSA, no rounding (so no rounding deviation to block on).
DosePlan planFixedDose(const DoseProtocol& protocol, const ProtocolTable& protocols, const DoseRequest& request)
{
    DosePlan plan;
    plan.protocolId = protocol.id;
    plan.protocolVersion = protocols.version;
    plan.drug = protocol.drug;
    plan.route = protocol.route;
    plan.heightCm = request.heightCm;
    plan.weightKg = request.weightKg;
    plan.fixedDose = true;
    plan.bsaFormula = "none (fixed dose)";
    plan.bsaM2 = plan.uncappedBsaM2 = 0;
    plan.mgPerM2 = 0;
    plan.calculatedDoseMg = plan.doseMg = *protocol.fixedDoseMg;
    plan.roundingDeviationPercent = 0;
    fillVolumeSyringesAndVials(protocol, plan);
    return plan;
}

} // namespace

// Mosteller RD, N Engl J Med 1987 (reference.md 2.2, [S32]).
double bsaMosteller(double heightCm, double weightKg)
{
    return std::sqrt(heightCm * weightKg / 3600.0);
}

// DuBois D, DuBois EF, 1916 (reference.md 2.2, [S32]).
double bsaDuBois(double heightCm, double weightKg)
{
    return 0.007184 * std::pow(heightCm, 0.725) * std::pow(weightKg, 0.425);
}

Result<Ok> checkDoseSpacing(const DoseProtocol& protocol, UtcTime previousDoseAt, UtcTime plannedAt)
{
    if (!protocol.minIntervalHours)
        return Ok{};
    const auto gap = plannedAt - previousDoseAt;
    const auto minimum = std::chrono::milliseconds(std::llround(*protocol.minIntervalHours * 3600'000.0));
    if (gap < minimum) {
        const double gapHours = std::chrono::duration<double, std::ratio<3600>>(gap).count();
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.1f", gapHours);
        return makeError(Error::Kind::Refused, protocol.drug + ": planned " + formatParisDisplay(plannedAt) +
                                                   ", only " + buf + " h after the previous dose of " +
                                                   formatParisDisplay(previousDoseAt) + "; protocol " + protocol.id +
                                                   " requires at least " + number(*protocol.minIntervalHours) + " h");
    }
    return Ok{};
}

Result<DosePlan> planDose(const DoseRequest& request)
{
    auto table = loadProtocols();
    if (!table)
        return table.error();
    return planDose(request, *table);
}

Result<DosePlan> planDose(const DoseRequest& request, const ProtocolTable& protocols)
{
    const std::string drug = lower(request.drug);
    if (drug.empty())
        return makeError(Error::Kind::Invalid, "drug: missing");

    const DoseProtocol* protocol = nullptr;
    if (request.protocolId) {
        protocol = protocols.find(*request.protocolId);
        if (!protocol)
            return makeError(Error::Kind::NotFound, "protocol: no protocol named " + *request.protocolId);
        if (protocol->drug != drug)
            return makeError(Error::Kind::Invalid,
                             "protocol: " + protocol->id + " is for " + protocol->drug + ", not " + request.drug);
    } else {
        auto it = protocols.defaultProtocolByDrug.find(drug);
        if (it == protocols.defaultProtocolByDrug.end()) {
            std::string known;
            for (const auto& [d, id] : protocols.defaultProtocolByDrug)
                known += (known.empty() ? "" : ", ") + d;
            return makeError(Error::Kind::NotFound,
                             "drug: no protocol for \"" + request.drug + "\" (known: " + known + ")");
        }
        protocol = protocols.find(it->second);
    }

    // A height or weight outside the plausible range is far more likely a typing error (cm for m, lb for kg)
    // than a patient: refuse rather than compute a dose from it.
    // A fixed dose does not use them: 0 means "not given" there, and a given value is still checked.
    const Plausibility& range = protocols.plausibility;
    const bool fixed = protocol->isFixedDose();
    if ((!fixed || request.heightCm != 0) &&
        (!std::isfinite(request.heightCm) || request.heightCm < range.minHeightCm ||
         request.heightCm > range.maxHeightCm))
        return makeError(Error::Kind::Invalid, "height: " + number(request.heightCm) + " cm is outside the plausible " +
                                                   number(range.minHeightCm) + "-" + number(range.maxHeightCm) + " cm");
    if ((!fixed || request.weightKg != 0) &&
        (!std::isfinite(request.weightKg) || request.weightKg < range.minWeightKg ||
         request.weightKg > range.maxWeightKg))
        return makeError(Error::Kind::Invalid, "weight: " + number(request.weightKg) + " kg is outside the plausible " +
                                                   number(range.minWeightKg) + "-" + number(range.maxWeightKg) + " kg");

    // An order stored for a fixed dose carries mg/m2 = 0: that is "no level", anything else is a mistake.
    if (fixed && request.mgPerM2 && *request.mgPerM2 != 0)
        return makeError(Error::Kind::Refused, "mg-per-m2: protocol " + protocol->id + " is a fixed dose of " +
                                                   number(*protocol->fixedDoseMg) + " mg, not a dose per m2");
    if (fixed) {
        if (request.previousDoseAt && request.plannedAt)
            if (auto spacing = checkDoseSpacing(*protocol, *request.previousDoseAt, *request.plannedAt); !spacing)
                return spacing.error();
        return planFixedDose(*protocol, protocols, request);
    }

    const double mgPerM2 = request.mgPerM2.value_or(protocol->mgPerM2);
    if (!std::isfinite(mgPerM2) || mgPerM2 <= 0)
        return makeError(Error::Kind::Invalid, "mg-per-m2: must be a positive number");
    if (!protocol->doseLevelsMgPerM2.empty()) {
        const bool known = std::any_of(protocol->doseLevelsMgPerM2.begin(), protocol->doseLevelsMgPerM2.end(),
                                       [&](double level) { return std::fabs(level - mgPerM2) < 1e-9; });
        if (!known) {
            std::string levels;
            for (double l : protocol->doseLevelsMgPerM2)
                levels += (levels.empty() ? "" : ", ") + number(l);
            return makeError(Error::Kind::Refused, "mg-per-m2: " + number(mgPerM2) + " mg/m2 is not a dose level of " +
                                                       protocol->id + " (" + levels + ")");
        }
    } else if (mgPerM2 > protocol->mgPerM2 + 1e-9) {
        return makeError(Error::Kind::Refused, "mg-per-m2: " + number(mgPerM2) + " mg/m2 is above the full dose of " +
                                                   protocol->id + " (" + number(protocol->mgPerM2) + " mg/m2)");
    }

    if (request.previousDoseAt && request.plannedAt) {
        auto spacing = checkDoseSpacing(*protocol, *request.previousDoseAt, *request.plannedAt);
        if (!spacing)
            return spacing.error();
    }

    DosePlan plan;
    plan.protocolId = protocol->id;
    plan.protocolVersion = protocols.version;
    plan.drug = protocol->drug;
    plan.route = protocol->route;
    plan.heightCm = request.heightCm;
    plan.weightKg = request.weightKg;
    plan.bsaFormula = bsaFormulaName(protocol->bsaFormula);
    plan.uncappedBsaM2 = protocol->bsaFormula == BsaFormula::DuBois ? bsaDuBois(request.heightCm, request.weightKg)
                                                                    : bsaMosteller(request.heightCm, request.weightKg);
    plan.bsaCapped = protocol->bsaCapM2 && plan.uncappedBsaM2 > *protocol->bsaCapM2;
    plan.bsaM2 = plan.bsaCapped ? *protocol->bsaCapM2 : plan.uncappedBsaM2;
    plan.mgPerM2 = mgPerM2;
    plan.calculatedDoseMg = mgPerM2 * plan.bsaM2;
    plan.doseMg = plan.calculatedDoseMg;
    if (protocol->roundingIncrementMg > 0)
        plan.doseMg =
            clean(std::round(plan.calculatedDoseMg / protocol->roundingIncrementMg) * protocol->roundingIncrementMg);
    plan.roundingDeviationPercent = (plan.doseMg - plan.calculatedDoseMg) / plan.calculatedDoseMg * 100.0;
    if (std::fabs(plan.roundingDeviationPercent) > protocol->roundingBlockPercent) {
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "rounding: %.2f mg rounded to %.2f mg deviates %.1f %%, above the %g %% limit of %s",
                      plan.calculatedDoseMg, plan.doseMg, plan.roundingDeviationPercent, protocol->roundingBlockPercent,
                      protocol->id.c_str());
        return makeError(Error::Kind::Refused, buf);
    }
    if (plan.doseMg <= 0)
        return makeError(Error::Kind::Refused, "rounding: the dose rounds to zero");

    fillVolumeSyringesAndVials(*protocol, plan);
    return plan;
}

} // namespace prep::station

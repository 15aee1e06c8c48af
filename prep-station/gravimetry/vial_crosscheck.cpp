// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/vial_crosscheck.h"

#include "prep-station/csv_rows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

Result<CrossCheckPolicy> CrossCheckPolicy::parse(std::string_view csv, const std::string& origin)
{
    auto rows = parseCsvRows(csv, origin, {"drug", "dead_volume_ml", "readabilities", "source"});
    if (!rows)
        return rows.error();
    CrossCheckPolicy policy;
    policy.m_origin = origin;
    for (const CsvRow& row : *rows) {
        const std::string where = origin + " line " + std::to_string(row.line);
        CrossCheckAllowance a;
        a.drug = row.at("drug");
        a.source = row.at("source");
        if (a.drug.empty() || a.source.empty())
            return makeError(Error::Kind::Data, where + ": drug and source are required");
        auto dead = numberField(row, "dead_volume_ml", origin);
        if (!dead)
            return dead.error();
        auto steps = numberField(row, "readabilities", origin);
        if (!steps)
            return steps.error();
        // A dead volume of a millilitre would hide a syringe drawn partly from the diluent: refuse such a file.
        if (!(*dead >= 0 && *dead <= 0.5) || !(*steps >= 0.5 && *steps <= 10))
            return makeError(Error::Kind::Data,
                             where + ": need 0 <= dead_volume_ml <= 0.5 and 0.5 <= readabilities <= 10");
        a.deadVolumeMl = *dead;
        a.readabilities = *steps;
        for (const auto& other : policy.m_rows)
            if (lower(other.drug) == lower(a.drug))
                return makeError(Error::Kind::Data, where + ": a second row for " + a.drug);
        policy.m_rows.push_back(std::move(a));
    }
    return policy;
}

Result<CrossCheckAllowance> CrossCheckPolicy::allowance(const std::string& drug) const
{
    const CrossCheckAllowance* any = nullptr;
    for (const auto& r : m_rows) {
        if (lower(r.drug) == lower(drug))
            return r;
        if (r.drug == "*")
            any = &r;
    }
    if (any)
        return *any;
    return makeError(Error::Kind::NotFound, "no vial cross-check allowance for " + drug + " in " + m_origin);
}

Result<VialCrossCheck> checkVialCrossCheck(const CrossCheckAllowance& allowance, double densityGPerMl,
                                           double vialBeforeGrams, double vialAfterGrams, double vialReadabilityG,
                                           double tareGrams, double filledGrams, double syringeReadabilityG)
{
    for (double v : {densityGPerMl, vialBeforeGrams, vialAfterGrams, vialReadabilityG, tareGrams, filledGrams,
                     syringeReadabilityG})
        if (!std::isfinite(v))
            return makeError(Error::Kind::Invalid, "vial cross-check: a value is not a finite number");
    if (!(densityGPerMl > 0) || vialReadabilityG < 0 || syringeReadabilityG < 0)
        return makeError(Error::Kind::Invalid, "vial cross-check: density and readabilities must be positive");
    VialCrossCheck c;
    c.vialBeforeGrams = vialBeforeGrams;
    c.vialAfterGrams = vialAfterGrams;
    c.tareGrams = tareGrams;
    c.filledGrams = filledGrams;
    c.vialLostGrams = vialBeforeGrams - vialAfterGrams;
    c.syringeGainedGrams = filledGrams - tareGrams;
    c.differenceGrams = c.vialLostGrams - c.syringeGainedGrams;
    c.scaleAllowanceGrams = allowance.readabilities * (vialReadabilityG + syringeReadabilityG);
    c.deadVolumeGrams = allowance.deadVolumeMl * densityGPerMl;
    // The vial may lose more than the syringe holds (the needle's dead volume), never less: liquid in the syringe
    // that did not leave the vial came from somewhere else.
    const double upper = c.scaleAllowanceGrams + c.deadVolumeGrams;
    const double lower = -c.scaleAllowanceGrams;
    // A small epsilon keeps a difference exactly on the limit (decimal grams in binary) inside it.
    constexpr double kEpsilon = 1e-9;
    c.passed = c.differenceGrams <= upper + kEpsilon && c.differenceGrams >= lower - kEpsilon;
    using A = MessageArg;
    if (c.passed)
        c.said = say(QT_TRANSLATE_NOOP("Message", "vial/syringe cross-check passed: the vial lost %1 g, the syringe "
                                                  "gained %2 g (difference %3 g, allowed %4 to %5 g)"),
                     A::decimal(c.vialLostGrams, 4), A::decimal(c.syringeGainedGrams, 4),
                     A::decimal(c.differenceGrams, 4, true), A::decimal(lower, 4, true), A::decimal(upper, 4, true));
    else if (c.differenceGrams < lower)
        c.said = say(QT_TRANSLATE_NOOP("Message", "vial/syringe cross-check failed: the syringe gained %1 g but the "
                                                  "vial lost only %2 g (%3 g more than the vial gave, allowed %4 g): "
                                                  "the syringe may hold diluent or another liquid, not the drug from "
                                                  "this vial; a pharmacist decides"),
                     A::decimal(c.syringeGainedGrams, 4), A::decimal(c.vialLostGrams, 4),
                     A::decimal(-c.differenceGrams, 4), A::decimal(-lower, 4));
    else
        c.said = say(QT_TRANSLATE_NOOP("Message", "vial/syringe cross-check failed: the vial lost %1 g but the syringe "
                                                  "gained only %2 g (%3 g missing, allowed %4 g with the needle's dead "
                                                  "volume): liquid was lost or discarded; a pharmacist decides"),
                     A::decimal(c.vialLostGrams, 4), A::decimal(c.syringeGainedGrams, 4),
                     A::decimal(c.differenceGrams, 4), A::decimal(upper, 4));
    c.explanation = englishText(c.said);
    return c;
}

} // namespace prep::station

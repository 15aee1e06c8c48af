// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/weighing_target.h"

namespace prep::station {

Result<std::optional<WeighingTarget>> weighingTarget(StationContext& ctx, std::int64_t preparationId, NextStep next)
{
    if (next != NextStep::WeighFilledSyringe)
        return std::optional<WeighingTarget>();
    auto prep = ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    auto weighings = ctx.weighings().listFor(preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    const db::WeighingRecord* tare = nullptr;
    for (const auto& w : *weighings)
        if (w.step == "tare")
            tare = &w; // the latest: a redo weighs a new syringe
    if (!tare)
        return std::optional<WeighingTarget>();
    auto density = ctx.densities().find(prep->drug, prep->concentrationMgPerMl);
    if (!density)
        return density.error();
    auto band = ctx.tolerances().band(prep->drug, prep->targetVolumeMl);
    if (!band)
        return band.error();
    const double expectedNet = prep->targetVolumeMl * density->gramsPerMl;
    WeighingTarget t;
    t.tareGrams = tare->grams;
    t.targetGrams = tare->grams + expectedNet;
    t.tolerancePercent = band->tolerancePercent;
    t.pharmacistPercent = band->pharmacistPercent;
    t.acceptLowGrams = tare->grams + expectedNet * (1 - band->tolerancePercent / 100);
    t.acceptHighGrams = tare->grams + expectedNet * (1 + band->tolerancePercent / 100);
    t.pharmacistLowGrams = tare->grams + expectedNet * (1 - band->pharmacistPercent / 100);
    t.pharmacistHighGrams = tare->grams + expectedNet * (1 + band->pharmacistPercent / 100);
    t.basis = "densities.csv: " + density->source + "; tolerances.csv: " + band->source;
    return std::optional<WeighingTarget>(t);
}

} // namespace prep::station

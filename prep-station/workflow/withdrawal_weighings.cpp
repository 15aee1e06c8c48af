// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/withdrawal_weighings.h"

namespace prep::station {

bool weighsTheVialForWithdrawal(const std::string& step)
{
    return step == "diluent_after" || step == "vial_before" || step == "vial_after";
}

WithdrawalWeighings latestWithdrawal(const std::vector<db::WeighingRecord>& weighings)
{
    WithdrawalWeighings w;
    for (const auto& r : weighings)
        if (r.step == "filled")
            w.filled = r;
    for (const auto& r : weighings) {
        const bool beforeFilled = !w.filled || r.id < w.filled->id;
        if (beforeFilled && weighsTheVialForWithdrawal(r.step))
            w.vialBefore = r;
        else if (beforeFilled && r.step == "tare")
            w.tare = r;
        else if (w.filled && r.id > w.filled->id && r.step == "vial_after" && !w.vialAfter)
            w.vialAfter = r;
    }
    return w;
}

Result<VialCrossCheck> crossCheckWithdrawal(StationContext& ctx, const db::PreparationRecord& prep,
                                            const WithdrawalWeighings& w)
{
    if (!w.vialBefore || !w.tare || !w.filled || !w.vialAfter)
        return makeError(Error::Kind::Refused, "the vial has not been weighed before and after the withdrawal");
    auto allowance = ctx.crossCheck().allowance(prep.drug);
    if (!allowance)
        return allowance.error();
    auto density = ctx.densities().find(prep.drug, prep.concentrationMgPerMl);
    if (!density)
        return density.error();
    return checkVialCrossCheck(*allowance, density->gramsPerMl, w.vialBefore->grams, w.vialAfter->grams,
                               w.vialAfter->readabilityG, w.tare->grams, w.filled->grams, w.filled->readabilityG);
}

} // namespace prep::station

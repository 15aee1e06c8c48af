// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/step_redo.h"

#include <algorithm>

namespace prep::station {

namespace {

std::int64_t latestWeighing(const std::vector<db::WeighingRecord>& weighings, const std::string& step)
{
    std::int64_t id = 0;
    for (const auto& w : weighings)
        if (w.step == step)
            id = std::max(id, w.id);
    return id;
}

} // namespace

Result<SetAside> setAside(StationContext& ctx, std::int64_t preparationId)
{
    auto redos = ctx.stepRedos().listFor(preparationId);
    auto scans = ctx.vialScans().listFor(preparationId);
    auto weighings = ctx.weighings().listFor(preparationId);
    if (!redos || !scans || !weighings)
        return makeError(Error::Kind::Database,
                         "cannot read the batch record of preparation " + std::to_string(preparationId));
    SetAside out;
    const std::int64_t scan = scans->empty() ? 0 : scans->back().id;
    const std::int64_t tare = latestWeighing(*weighings, "tare");
    for (const auto& r : *redos) {
        if (r.step == db::StepRedoRecord::Step::VialScan && scan != 0 && r.setAsideId == scan)
            out.scan = true;
        if (r.step == db::StepRedoRecord::Step::EmptySyringe && tare != 0 && r.setAsideId == tare)
            out.tare = true;
    }
    return out;
}

Result<db::StepRedoRecord> goBack(StationContext& ctx, const db::Actor& technician, std::int64_t preparationId,
                                  db::StepRedoRecord::Step step, const std::string& reason)
{
    if (auto allowed = requireRole(technician, {db::Role::Technician}, "go back to a preparation step"); !allowed)
        return allowed.error();
    auto prep = ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    if (prep->status != db::PreparationStatus::InProgress)
        return makeError(Error::Kind::Refused, "preparation " + prep->number + " is " +
                                                   std::string(db::toText(prep->status)) + ", not in progress");
    if (prep->preparedBy != technician.userId)
        return makeError(Error::Kind::Denied, "preparation " + prep->number + " was started by another user");
    if (reason.find_first_not_of(" \t") == std::string::npos)
        return makeError(Error::Kind::Invalid, "going back to a step needs a reason");
    auto scans = ctx.vialScans().listFor(preparationId);
    auto weighings = ctx.weighings().listFor(preparationId);
    auto labels = ctx.labels().listFor(preparationId);
    if (!scans || !weighings || !labels)
        return makeError(Error::Kind::Database, "cannot read the batch record of " + prep->number);
    db::StepRedoRecord redo;
    redo.preparationId = preparationId;
    redo.step = step;
    redo.reason = reason;
    if (step == db::StepRedoRecord::Step::VialScan) {
        if (scans->empty())
            return makeError(Error::Kind::Refused, prep->number + ": no vial scanned yet, nothing to go back to");
        if (!weighings->empty())
            return makeError(Error::Kind::Refused,
                             prep->number + ": the vial is already weighed; another vial is another preparation");
        redo.setAsideId = scans->back().id;
    } else {
        const std::int64_t tare = latestWeighing(*weighings, "tare");
        const std::int64_t filled = latestWeighing(*weighings, "filled");
        const std::int64_t vialAfter = latestWeighing(*weighings, "vial_after");
        if (tare == 0)
            return makeError(Error::Kind::Refused, prep->number + ": no empty syringe weighed yet");
        if (prep->toleranceDecision == db::ToleranceDecision::AwaitingPharmacist)
            return makeError(Error::Kind::Refused,
                             prep->number + ": the dose awaits a pharmacist's decision; the pharmacist decides first");
        if (filled > tare && vialAfter < filled)
            return makeError(Error::Kind::Refused,
                             prep->number + ": weigh the vial first: its weight after this withdrawal is the next "
                                            "syringe's reference");
        for (const auto& l : *labels)
            if (l.format == "pdf")
                return makeError(Error::Kind::Refused,
                                 prep->number + ": the label is printed for this syringe; going back is no longer "
                                                "possible at the isolator");
        auto already = setAside(ctx, preparationId);
        if (!already)
            return already.error();
        if (already->tare)
            return makeError(Error::Kind::Refused, prep->number + ": this syringe is already set aside");
        redo.setAsideId = tare;
    }
    auto recorded = ctx.stepRedos().add(technician, ctx.now(), redo);
    if (!recorded)
        return fromDb(recorded.error());
    return *recorded;
}

} // namespace prep::station

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
        return makeError(
            Error::Kind::Database,
            say(QT_TRANSLATE_NOOP("Message", "cannot read the batch record of preparation %1"), preparationId));
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
    if (auto allowed = requireRole(technician, {db::Role::Technician},
                                   say(QT_TRANSLATE_NOOP("Message", "go back to a preparation step")));
        !allowed)
        return allowed.error();
    auto prep = ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    if (prep->status != db::PreparationStatus::InProgress)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 is %2, not in progress"), prep->number,
                             MessageArg::stored(WordKind::PreparationStatus, db::toText(prep->status))));
    if (prep->preparedBy != technician.userId)
        return makeError(Error::Kind::Denied,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 was started by another user"), prep->number));
    if (reason.find_first_not_of(" \t") == std::string::npos)
        return makeError(Error::Kind::Invalid,
                         say(QT_TRANSLATE_NOOP("Message", "going back to a step needs a reason")));
    auto scans = ctx.vialScans().listFor(preparationId);
    auto weighings = ctx.weighings().listFor(preparationId);
    auto labels = ctx.labels().listFor(preparationId);
    if (!scans || !weighings || !labels)
        return makeError(Error::Kind::Database,
                         say(QT_TRANSLATE_NOOP("Message", "cannot read the batch record of %1"), prep->number));
    db::StepRedoRecord redo;
    redo.preparationId = preparationId;
    redo.step = step;
    redo.reason = reason;
    if (step == db::StepRedoRecord::Step::VialScan) {
        if (scans->empty())
            return makeError(
                Error::Kind::Refused,
                say(QT_TRANSLATE_NOOP("Message", "%1: no vial scanned yet, nothing to go back to"), prep->number));
        if (!weighings->empty())
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP(
                                     "Message", "%1: the vial is already weighed; another vial is another preparation"),
                                 prep->number));
        redo.setAsideId = scans->back().id;
    } else {
        const std::int64_t tare = latestWeighing(*weighings, "tare");
        const std::int64_t filled = latestWeighing(*weighings, "filled");
        const std::int64_t vialAfter = latestWeighing(*weighings, "vial_after");
        if (tare == 0)
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "%1: no empty syringe weighed yet"), prep->number));
        if (prep->toleranceDecision == db::ToleranceDecision::AwaitingPharmacist)
            return makeError(
                Error::Kind::Refused,
                say(QT_TRANSLATE_NOOP("Message", "%1: the dose awaits a pharmacist's decision; the pharmacist decides "
                                                 "first"),
                    prep->number));
        if (filled > tare && vialAfter < filled)
            return makeError(
                Error::Kind::Refused,
                say(QT_TRANSLATE_NOOP("Message",
                                      "%1: weigh the vial first: its weight after this withdrawal is the next "
                                      "syringe's reference"),
                    prep->number));
        for (const auto& l : *labels)
            if (l.format == "pdf")
                return makeError(
                    Error::Kind::Refused,
                    say(QT_TRANSLATE_NOOP("Message", "%1: the label is printed for this syringe; going back is no "
                                                     "longer possible at the isolator"),
                        prep->number));
        auto already = setAside(ctx, preparationId);
        if (!already)
            return already.error();
        if (already->tare)
            return makeError(Error::Kind::Refused,
                             say(QT_TRANSLATE_NOOP("Message", "%1: this syringe is already set aside"), prep->number));
        redo.setAsideId = tare;
    }
    auto recorded = ctx.stepRedos().add(technician, ctx.now(), redo);
    if (!recorded)
        return fromDb(recorded.error());
    return *recorded;
}

} // namespace prep::station

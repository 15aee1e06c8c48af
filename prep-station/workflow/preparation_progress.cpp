// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/preparation_progress.h"

#include "prep-station/dosing/protocol.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "prep-station/gravimetry/weighing_rules.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/release_desk.h"
#include "prep-station/workflow/step_redo.h"
#include "prep-station/workflow/withdrawal_weighings.h"

namespace prep::station {

std::string_view nextStepName(NextStep step)
{
    switch (step) {
    case NextStep::Start:
        return "start";
    case NextStep::ScanVial:
        return "scan";
    case NextStep::WeighVialBeforeDiluent:
        return "weigh_diluent_before";
    case NextStep::WeighVialAfterDiluent:
        return "weigh_diluent_after";
    case NextStep::WeighVialBeforeWithdrawal:
        return "weigh_vial_before";
    case NextStep::WeighEmptySyringe:
        return "weigh_tare";
    case NextStep::WeighFilledSyringe:
        return "weigh_filled";
    case NextStep::WeighVialAfterWithdrawal:
        return "weigh_vial_after";
    case NextStep::PharmacistDecision:
        return "pharmacist_decision";
    case NextStep::PrintLabel:
        return "label";
    case NextStep::ReadBackLabelPdf:
    case NextStep::ReadBackLabelCamera:
        return "readback";
    case NextStep::Sign:
        return "sign";
    case NextStep::Release:
        return "release";
    case NextStep::Ship:
        return "ship";
    case NextStep::Pickup:
        return "pickup";
    case NextStep::Delivery:
        return "delivery";
    case NextStep::ImportLogger:
        return "logger_import";
    case NextStep::Administer:
        return "administer";
    case NextStep::None:
        break;
    }
    return "none";
}

std::string_view nextStepInstruction(NextStep step)
{
    switch (step) {
    case NextStep::Start:
        return "start the preparation";
    case NextStep::ScanVial:
        return "scan the vial's GS1 DataMatrix";
    case NextStep::WeighVialBeforeDiluent:
        return "weigh the vial before adding the diluent";
    case NextStep::WeighVialAfterDiluent:
        return "add the diluent, then weigh the vial";
    case NextStep::WeighVialBeforeWithdrawal:
        return "weigh the vial before drawing the dose";
    case NextStep::WeighEmptySyringe:
        return "weigh the empty syringe (tare)";
    case NextStep::WeighFilledSyringe:
        return "fill the syringe, then weigh it";
    case NextStep::WeighVialAfterWithdrawal:
        return "weigh the vial after drawing the dose";
    case NextStep::PharmacistDecision:
        return "a pharmacist decides on the out-of-tolerance dose or failed cross-check";
    case NextStep::PrintLabel:
        return "print the label";
    case NextStep::ReadBackLabelPdf:
        return "read the printed label back";
    case NextStep::ReadBackLabelCamera:
        return "show the printed label to the camera";
    case NextStep::Sign:
        return "sign the preparation (preparer)";
    case NextStep::Release:
        return "pharmaceutical release by another pharmacist";
    case NextStep::Ship:
        return "pack the dose in a cooler with a logger";
    case NextStep::Pickup:
        return "courier pickup scan";
    case NextStep::Delivery:
        return "courier delivery scan";
    case NextStep::ImportLogger:
        return "import the cooler's logger file";
    case NextStep::Administer:
        return "nurse: check and confirm administration";
    case NextStep::None:
        break;
    }
    return "nothing: the preparation's workflow is over";
}

namespace {

// A protocol that reconstitutes the vial needs the vial weighed before and after its diluent, and the mass added
// accepted: a vial short of diluent makes every dose drawn from it wrong, whatever the syringe weighs.
Result<std::optional<Message>> reconstitutionBlocker(StationContext& ctx, const db::PreparationRecord& prep,
                                                     const std::vector<db::WeighingRecord>& weighings)
{
    auto order = ctx.orders().get(prep.orderId);
    if (!order)
        return fromDb(order.error());
    const DoseProtocol* protocol = ctx.protocols().find(order->protocolId);
    if (!protocol || protocol->vialDiluentMl <= 0)
        return std::optional<Message>();
    const db::WeighingRecord *before = nullptr, *after = nullptr;
    for (const auto& w : weighings) {
        if (w.step == "diluent_before")
            before = &w;
        else if (w.step == "diluent_after" && before)
            after = &w;
    }
    if (!before || !after || after->id < before->id)
        return std::optional<Message>(
            say(QT_TRANSLATE_NOOP("Message", "the vial has not been weighed before and after its diluent")));
    if (auto enough = requireMinimumWeight(after->grams - before->grams, after->readabilityG, WeighingRules{}); !enough)
        return std::optional<Message>(
            say(QT_TRANSLATE_NOOP("Message", "reconstitution not decided: %1"), reasonOf(enough.error())));
    auto check =
        checkReconstitution(ctx.densities(), ctx.tolerances(), prep.drug, diluentDensityName(protocol->diluent),
                            protocol->vialDiluentMl, before->grams, after->grams);
    if (!check)
        return check.error();
    if (check->decision != WeighingDecision::Accept)
        return std::optional<Message>(
            say(QT_TRANSLATE_NOOP("Message", "reconstitution not accepted: %1"), check->said));
    return std::optional<Message>();
}

// The vial weighed before and after the withdrawal of the latest syringe, and the masses matching: a syringe filled
// from the diluent (right mass, the vial lost none) is stopped here whatever the dose check says. A pharmacist's
// acceptance after a failed cross-check lifts it (the failed check set the preparation awaiting that decision).
Result<std::optional<Message>> crossCheckBlocker(StationContext& ctx, const db::PreparationRecord& prep,
                                                 const std::vector<db::WeighingRecord>& weighings)
{
    const WithdrawalWeighings w = latestWithdrawal(weighings);
    if (!w.filled)
        return std::optional<Message>();
    if (!w.vialBefore || !w.vialAfter)
        return std::optional<Message>(
            say(QT_TRANSLATE_NOOP("Message", "the vial has not been weighed before and after the withdrawal")));
    auto check = crossCheckWithdrawal(ctx, prep, w);
    if (!check)
        return check.error();
    if (!check->passed && prep.toleranceDecision != db::ToleranceDecision::PharmacistAccepted)
        return std::optional<Message>(check->said);
    return std::optional<Message>();
}

} // namespace

Result<std::vector<Message>> preparerSignatureBlockers(StationContext& ctx, const db::PreparationRecord& prep)
{
    std::vector<Message> blockers;
    auto weighings = ctx.weighings().listFor(prep.id);
    if (!weighings)
        return fromDb(weighings.error());
    auto reconstitution = reconstitutionBlocker(ctx, prep, *weighings);
    if (!reconstitution)
        return reconstitution.error();
    if (*reconstitution)
        blockers.push_back(**reconstitution);
    auto crossCheck = crossCheckBlocker(ctx, prep, *weighings);
    if (!crossCheck)
        return crossCheck.error();
    if (*crossCheck)
        blockers.push_back(**crossCheck);
    if (!db::isAccepted(prep.toleranceDecision))
        blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "no accepted gravimetric control (%1)"),
                               MessageArg::stored(WordKind::ToleranceDecision, db::describe(prep.toleranceDecision))));
    auto aside = setAside(ctx, prep.id);
    if (!aside)
        return aside.error();
    if (aside->tare)
        blockers.push_back(
            say(QT_TRANSLATE_NOOP("Message", "the syringe was set aside: a new one is to be weighed and filled")));
    if (aside->scan)
        blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "the vial scan was set aside: scan the vial")));
    if (!prep.expiry)
        blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "no expiry yet")));
    auto scans = ctx.vialScans().listFor(prep.id);
    if (!scans)
        return fromDb(scans.error());
    if (scans->empty())
        blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "no vial scan")));
    auto labels = ctx.labels().listFor(prep.id);
    if (!labels)
        return fromDb(labels.error());
    const LabelReadBacks readBacks = labelReadBacks(*labels);
    if (!readBacks.pdf)
        blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "the label has not been printed and read back")));
    if (!readBacks.camera)
        blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "the label has not been read back by the station camera")));
    return blockers;
}

namespace {

// The isolator steps, in the order the workflow takes them, from what is recorded.
Result<NextStep> nextIsolatorStep(StationContext& ctx, const db::PreparationRecord& prep)
{
    auto scans = ctx.vialScans().listFor(prep.id);
    auto weighings = ctx.weighings().listFor(prep.id);
    auto labels = ctx.labels().listFor(prep.id);
    if (!scans || !weighings || !labels)
        return makeError(Error::Kind::Database, "cannot read the batch record of " + prep.number);
    auto aside = setAside(ctx, prep.id);
    if (!aside)
        return aside.error();
    if (scans->empty() || aside->scan)
        return NextStep::ScanVial;
    auto order = ctx.orders().get(prep.orderId);
    if (!order)
        return fromDb(order.error());
    const DoseProtocol* protocol = ctx.protocols().find(order->protocolId);
    const bool reconstitution = protocol && protocol->vialDiluentMl > 0;
    // Weighings oldest first: the latest of each step, in record order.
    std::int64_t before = 0, after = 0, tare = 0, filled = 0, vial = 0, vialAfter = 0;
    for (const auto& w : *weighings) {
        if (w.step == "diluent_before")
            before = w.id;
        else if (w.step == "diluent_after")
            after = w.id;
        else if (w.step == "tare")
            tare = w.id;
        else if (w.step == "filled")
            filled = w.id;
        else if (w.step == "vial_after")
            vialAfter = w.id;
        if (weighsTheVialForWithdrawal(w.step))
            vial = w.id;
    }
    if (reconstitution && before == 0)
        return NextStep::WeighVialBeforeDiluent;
    if (reconstitution && after < before)
        return NextStep::WeighVialAfterDiluent;
    // Every filled syringe is followed by the vial's weighing (the cross-check), whatever the dose decision.
    if (filled > 0 && vialAfter < filled)
        return NextStep::WeighVialAfterWithdrawal;
    const db::ToleranceDecision decision = prep.toleranceDecision;
    if (decision == db::ToleranceDecision::AwaitingPharmacist)
        return NextStep::PharmacistDecision;
    // A syringe set aside on purpose (step_redo.h): a new empty syringe, then its withdrawal, whatever the decision
    // on the one set aside.
    if (aside->tare)
        return NextStep::WeighEmptySyringe;
    if (filled > 0 && filled < tare)
        return NextStep::WeighFilledSyringe;
    if (decision == db::ToleranceDecision::NotWeighed || db::needsRedo(decision)) {
        if (vial == 0)
            return NextStep::WeighVialBeforeWithdrawal;
        if (tare == 0 || tare < filled)
            return NextStep::WeighEmptySyringe;
        return NextStep::WeighFilledSyringe;
    }
    const LabelReadBacks readBacks = labelReadBacks(*labels);
    bool printed = false;
    for (const auto& l : *labels)
        printed = printed || (l.format == "pdf" && !l.duplicate);
    if (!printed)
        return NextStep::PrintLabel;
    if (!readBacks.pdf)
        return NextStep::ReadBackLabelPdf;
    if (!readBacks.camera)
        return NextStep::ReadBackLabelCamera;
    return NextStep::Sign;
}

} // namespace

Result<PreparationProgress> preparationProgress(StationContext& ctx, std::int64_t preparationId)
{
    auto prep = ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    PreparationProgress progress;
    progress.preparation = *prep;
    using S = db::PreparationStatus;
    const S status = prep->status;
    if (status == S::Planned) {
        progress.next = NextStep::Start;
    } else if (status == S::InProgress) {
        auto next = nextIsolatorStep(ctx, *prep);
        if (!next)
            return next.error();
        progress.next = *next;
        auto blockers = preparerSignatureBlockers(ctx, *prep);
        if (!blockers)
            return blockers.error();
        progress.blockers = *blockers;
    } else if (status == S::Prepared) {
        progress.next = NextStep::Release;
        ReleaseDesk release(ctx);
        auto review = release.review(preparationId);
        if (!review)
            return review.error();
        progress.blockers = review->blockers;
    } else if (status == S::Released) {
        progress.next = NextStep::Ship;
    } else if (status == S::Dispatched || status == S::Delivered) {
        auto shipments = ctx.shipments().forPreparation(preparationId);
        if (!shipments)
            return fromDb(shipments.error());
        const auto shipmentStatus = shipments->empty() ? std::optional<db::ShipmentStatus>()
                                                       : std::optional<db::ShipmentStatus>(shipments->back().status);
        if (shipmentStatus == db::ShipmentStatus::Packed) {
            progress.next = NextStep::Pickup;
        } else if (shipmentStatus == db::ShipmentStatus::PickedUp) {
            progress.next = NextStep::Delivery;
        } else if (shipmentStatus) {
            auto imports = ctx.loggers().listFor(shipments->back().id);
            if (!imports)
                return fromDb(imports.error());
            progress.next = imports->empty() ? NextStep::ImportLogger : NextStep::Administer;
            if (!imports->empty() && imports->back().verdict != "valid")
                progress.blockers.push_back(
                    say(QT_TRANSLATE_NOOP("Message", "cold chain: %1"), MessageArg::technical(imports->back().reason)));
        }
    }
    if (prep->expiry && *prep->expiry <= ctx.now() && progress.next != NextStep::None)
        progress.blockers.push_back(say(QT_TRANSLATE_NOOP("Message", "expired")));
    return progress;
}

Result<std::vector<NextStep>> isolatorSteps(StationContext& ctx, const db::PreparationRecord& prep)
{
    auto order = ctx.orders().get(prep.orderId);
    if (!order)
        return fromDb(order.error());
    const DoseProtocol* protocol = ctx.protocols().find(order->protocolId);
    const bool reconstitution = protocol && protocol->vialDiluentMl > 0;
    std::vector<NextStep> steps{NextStep::ScanVial};
    if (reconstitution) {
        // The vial weighed after its diluent is also its weight before the withdrawal.
        steps.push_back(NextStep::WeighVialBeforeDiluent);
        steps.push_back(NextStep::WeighVialAfterDiluent);
    } else {
        steps.push_back(NextStep::WeighVialBeforeWithdrawal);
    }
    for (NextStep s : {NextStep::WeighEmptySyringe, NextStep::WeighFilledSyringe, NextStep::WeighVialAfterWithdrawal,
                       NextStep::PrintLabel, NextStep::ReadBackLabelPdf, NextStep::ReadBackLabelCamera, NextStep::Sign})
        steps.push_back(s);
    return steps;
}

} // namespace prep::station

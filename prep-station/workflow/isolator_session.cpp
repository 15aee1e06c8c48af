// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/isolator_session.h"

#include "prep-station/dosing/protocol.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/dossier.h"
#include "prep-station/workflow/file_output.h"
#include "prep-station/workflow/label_desk.h"
#include "prep-station/workflow/preparation_progress.h"
#include "prep-station/workflow/recorded_daily_checks.h"
#include "prep-station/workflow/withdrawal_weighings.h"

#include "devices/camera/evidence_photo.h"

#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

// "filled weighing not recorded": the start of every refusal of a weighing.
Message notRecorded(const std::string& step)
{
    return say(QT_TRANSLATE_NOOP("Message", "%1 weighing not recorded"),
               MessageArg::stored(WordKind::WeighingStep, step));
}

std::chrono::year_month_day utcDay(UtcTime t)
{
    return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(t));
}

std::string isoDate(std::chrono::year_month_day d)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

} // namespace

IsolatorSession::IsolatorSession(StationContext& ctx, db::Actor technician, IsolatorDevices devices,
                                 std::filesystem::path evidenceDir)
    : m_ctx(ctx)
    , m_technician(std::move(technician))
    , m_devices(devices)
    , m_evidenceDir(std::move(evidenceDir))
{}

Result<DailyCheck> IsolatorSession::dailyCheck(double referenceGrams)
{
    RecordedDailyChecks store(m_ctx, m_technician);
    auto check = runDailyCheck(m_devices.scale, referenceGrams, rules, m_ctx.clock(), store,
                               std::to_string(m_technician.userId), stableTimeout);
    if (!check)
        return makeError(check.error().kind,
                         say(QT_TRANSLATE_NOOP("Message", "daily check: %1"), reasonOf(check.error())));
    if (!check->passed)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "daily check failed (recorded): %1 g for a %2 g reference "
                                                          "weight, %3 % (limit %4 %); the scale may not weigh doses"),
                             MessageArg::decimal(check->measuredGrams, 4), MessageArg::decimal(referenceGrams, 4),
                             MessageArg::decimal(check->deviationPercent, 3),
                             MessageArg::decimal(check->limitPercent, 3)));
    return *check;
}

Result<Ok> IsolatorSession::requirePassedDailyCheck()
{
    RecordedDailyChecks store(m_ctx, m_technician);
    return requireDailyCheck(store, m_devices.scale.serialNumber(), rules, m_ctx.clock());
}

Result<db::PreparationRecord> IsolatorSession::inProgress(std::int64_t preparationId)
{
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    if (prep->status != db::PreparationStatus::InProgress)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 is %2, not in progress"), prep->number,
                             MessageArg::stored(WordKind::PreparationStatus, db::toText(prep->status))));
    if (prep->preparedBy != m_technician.userId)
        return makeError(Error::Kind::Denied,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 was started by another user"), prep->number));
    return *prep;
}

Result<db::PreparationRecord> IsolatorSession::start(std::int64_t preparationId)
{
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    if (prep->status == db::PreparationStatus::InProgress && prep->preparedBy == m_technician.userId)
        return *prep; // resume
    if (prep->status != db::PreparationStatus::Planned)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 is %2: only a planned preparation can be "
                                                          "started"),
                             prep->number, MessageArg::stored(WordKind::PreparationStatus, db::toText(prep->status))));
    if (m_technician.role != db::Role::Technician && m_technician.role != db::Role::Pharmacist)
        return makeError(Error::Kind::Denied,
                         say(QT_TRANSLATE_NOOP("Message", "%1 may not prepare doses"), m_technician.username));
    db::PreparationRecord started = *prep;
    started.status = db::PreparationStatus::InProgress;
    started.preparedBy = m_technician.userId;
    started.startedAt = m_ctx.now();
    auto updated = m_ctx.preparations().update(m_technician, m_ctx.now(), started, "preparation started");
    if (!updated)
        return fromDb(updated.error());
    return *updated;
}

Result<db::PhotoRecord> IsolatorSession::keepEvidence(std::int64_t preparationId, const std::string& step,
                                                      const cv::Mat& frame)
{
    auto evidence = devices::makeEvidencePhoto(frame, m_devices.camera.uri());
    if (!evidence)
        return fromDevice(evidence.error(), say(QT_TRANSLATE_NOOP("Message", "evidence photo of step %1"),
                                                MessageArg::stored(WordKind::WeighingStep, step)));
    const std::string bytes(evidence->jpeg.begin(), evidence->jpeg.end());
    auto prep = m_ctx.preparations().get(preparationId);
    if (!prep)
        return fromDb(prep.error());
    const auto path = m_evidenceDir / (prep->number + "-" + step + ".jpg");
    if (auto written = writeFileAtomically(path, bytes); !written)
        return written.error();
    db::PhotoRecord photo;
    photo.preparationId = preparationId;
    photo.step = step;
    photo.path = path.string();
    photo.sha256 = evidence->sha256;
    photo.at = m_ctx.now();
    photo.userId = m_technician.userId;
    auto stored = m_ctx.photos().add(m_technician, photo.at, photo);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<db::VialScanRecord> IsolatorSession::scanVial(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    auto frame = m_devices.camera.grabFrame();
    if (!frame)
        return fromDevice(frame.error(), say(QT_TRANSLATE_NOOP("Message", "camera %1"), m_devices.camera.uri()));
    const auto codes = m_devices.reader.read(*frame);
    if (!codes)
        return fromDevice(codes.error(), say(QT_TRANSLATE_NOOP("Message", "vial photo")));
    const devices::Barcode* gs1 = nullptr;
    for (const auto& c : *codes)
        if (c.gs1 && c.format == "DataMatrix")
            gs1 = &c;
    if (!gs1)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "no GS1 DataMatrix found on the vial photo: present the vial "
                                                          "again")));
    return recordVialScan(*prep, gs1->text, m_devices.camera.uri(), &*frame);
}

Result<db::VialScanRecord> IsolatorSession::scanVialCode(std::int64_t preparationId, const std::string& code,
                                                         const std::string& source)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    return recordVialScan(*prep, code, source, nullptr);
}

Result<db::VialScanRecord> IsolatorSession::recordVialScan(const db::PreparationRecord& prep, const std::string& code,
                                                           const std::string& source, const cv::Mat* frame)
{
    const std::int64_t preparationId = prep.id;
    auto vial = checkVial(m_ctx.catalogue(), m_ctx.recalls(), code, prep.drug, utcDay(m_ctx.now()),
                          [&](std::string_view gtin, std::string_view serial) {
                              auto seen = m_ctx.vialScans().serialSeenElsewhere(std::string(gtin), std::string(serial),
                                                                                preparationId);
                              return seen && *seen;
                          });
    if (!vial)
        return vial.error();
    if (vial->gtin != prep.productGtin)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "wrong vial: GTIN %1 is not the planned product %2"),
                             vial->gtin, prep.productGtin));
    if (frame) {
        auto photo = keepEvidence(preparationId, "vial-scan", *frame);
        if (!photo)
            return photo.error();
    }
    db::VialScanRecord scan;
    scan.preparationId = preparationId;
    scan.gtin = vial->gtin;
    scan.lot = vial->lot;
    scan.expiry = isoDate(vial->expiry);
    scan.serial = vial->serial;
    scan.rawScan = vial->rawScan;
    scan.hri = vial->hri;
    scan.source = source;
    scan.at = m_ctx.now();
    scan.userId = m_technician.userId;
    auto stored = m_ctx.vialScans().add(m_technician, scan.at, scan);
    if (!stored)
        return fromDb(stored.error());
    if (auto v = m_ctx.recordDataVersions(m_technician, preparationId, "vial_scan", {"catalogue.csv", "recalls.csv"});
        !v)
        return v.error();
    return *stored;
}

Result<db::WeighingRecord> IsolatorSession::readWeighing(std::int64_t preparationId, const std::string& step)
{
    if (auto check = requirePassedDailyCheck(); !check)
        return check.error();
    auto reading = m_devices.scale.readStable(stableTimeout);
    if (!reading) // a fault records nothing: the technician retries
        return fromDevice(reading.error(), notRecorded(step));
    if (auto usable = acceptReading(*reading, rules); !usable)
        return makeError(usable.error().kind,
                         say(QT_TRANSLATE_NOOP("Message", "%1: %2"), notRecorded(step), reasonOf(usable.error())));
    db::WeighingRecord w;
    w.preparationId = preparationId;
    w.step = step;
    w.grams = reading->grams;
    w.stable = reading->stable;
    w.readabilityG = reading->readabilityG;
    w.source = reading->source;
    w.raw = reading->raw;
    w.at = m_ctx.now();
    w.userId = m_technician.userId;
    return w;
}

Result<db::WeighingRecord> IsolatorSession::storeWeighing(const db::WeighingRecord& weighing)
{
    auto stored = m_ctx.weighings().add(m_technician, weighing.at, weighing);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<db::WeighingRecord> IsolatorSession::recordWeighing(std::int64_t preparationId, const std::string& step)
{
    auto w = readWeighing(preparationId, step);
    if (!w)
        return w.error();
    return storeWeighing(*w);
}

namespace {

std::string gramsText(double g)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g g", g);
    return buf;
}

// A difference of two weighings means something only when both come from one instrument (same URI and serial) at
// one readability; `what` names the object weighed ("the empty syringe", "the vial before its diluent").
Result<Ok> requireSameInstrument(const db::WeighingRecord& first, const db::WeighingRecord& now, const Message& what)
{
    if (now.source != first.source)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: %2 was weighed on %3, this weighing comes from %4; "
                                                          "weigh it on the same scale"),
                             notRecorded(now.step), what, first.source, now.source));
    if (now.readabilityG != first.readabilityG)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: %2 was weighed at a readability of %3, this weighing "
                                                          "at %4 (%5)"),
                             notRecorded(now.step), what, gramsText(first.readabilityG), gramsText(now.readabilityG),
                             now.source));
    return Ok{};
}

// While a pharmacist has to decide on an out-of-tolerance dose, a new weighing would replace that decision.
Result<Ok> requireNoPendingPharmacistDecision(const db::PreparationRecord& prep, const std::string& step)
{
    if (prep.toleranceDecision == db::ToleranceDecision::AwaitingPharmacist)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: preparation %2 awaits the pharmacist's decision on its "
                                                          "out-of-tolerance dose; no syringe is weighed until the "
                                                          "pharmacist has decided"),
                             notRecorded(step), prep.number));
    return Ok{};
}

const db::WeighingRecord* latestOf(const std::vector<db::WeighingRecord>& weighings, const std::string& step)
{
    const db::WeighingRecord* latest = nullptr;
    for (const auto& w : weighings)
        if (w.step == step)
            latest = &w; // oldest first: the last one is the latest
    return latest;
}

} // namespace

Result<std::optional<db::WeighingRecord>> IsolatorSession::latestWeighing(std::int64_t preparationId,
                                                                          const std::string& step)
{
    auto weighings = m_ctx.weighings().listFor(preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    const db::WeighingRecord* latest = latestOf(*weighings, step);
    if (!latest)
        return std::optional<db::WeighingRecord>{};
    return std::optional<db::WeighingRecord>{*latest};
}

Result<db::WeighingRecord> IsolatorSession::weighVialBeforeDiluent(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    return recordWeighing(preparationId, "diluent_before");
}

Result<ReconstitutionCheck> IsolatorSession::weighVialAfterDiluent(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    auto before = latestWeighing(preparationId, "diluent_before");
    if (!before)
        return before.error();
    if (!*before)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "weigh the vial before adding the diluent first")));
    const db::WeighingRecord vialBefore = **before;
    auto order = m_ctx.orders().get(prep->orderId);
    if (!order)
        return fromDb(order.error());
    const DoseProtocol* protocol = m_ctx.protocols().find(order->protocolId);
    if (!protocol || protocol->vialDiluentMl <= 0)
        return makeError(
            Error::Kind::Data,
            say(QT_TRANSLATE_NOOP("Message", "protocol %1 gives no diluent volume per vial"), order->protocolId));
    auto reading = readWeighing(preparationId, "diluent_after");
    if (!reading)
        return reading.error();
    if (auto same = requireSameInstrument(vialBefore, *reading,
                                          say(QT_TRANSLATE_NOOP("Message", "the vial before its diluent")));
        !same)
        return same.error();
    auto after = storeWeighing(*reading);
    if (!after)
        return after.error();
    // USP <41> holds for the diluent's net mass as for a dose: below the minimum weight it decides nothing.
    if (auto enough = requireMinimumWeight(after->grams - vialBefore.grams, after->readabilityG, rules); !enough)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "reconstitution of %1 (recorded), no decision: %2"),
                             prep->number, reasonOf(enough.error())));
    auto check =
        checkReconstitution(m_ctx.densities(), m_ctx.tolerances(), prep->drug, diluentDensityName(protocol->diluent),
                            protocol->vialDiluentMl, vialBefore.grams, after->grams);
    if (!check)
        return check.error();
    if (auto v = m_ctx.recordDataVersions(m_technician, preparationId, "reconstitution",
                                          {"protocols.json", "densities.csv", "tolerances.csv"});
        !v)
        return v.error();
    if (check->decision != WeighingDecision::Accept)
        return makeError(Error::Kind::Refused, say(QT_TRANSLATE_NOOP("Message", "reconstitution of %1 (recorded): %2"),
                                                   prep->number, check->said));
    return *check;
}

Result<db::WeighingRecord> IsolatorSession::weighEmptySyringe(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    if (auto open = requireNoPendingPharmacistDecision(*prep, "tare"); !open)
        return open.error();
    return recordWeighing(preparationId, "tare");
}

Result<FilledSyringeOutcome> IsolatorSession::weighFilledSyringe(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    if (auto open = requireNoPendingPharmacistDecision(*prep, "filled"); !open)
        return open.error();
    auto weighings = m_ctx.weighings().listFor(preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    const db::WeighingRecord* latestTare = latestOf(*weighings, "tare"); // the latest tare counts
    if (!latestTare)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "weigh the empty syringe (tare) before the filled syringe")));
    // One filled weighing per tare: after a refused dose the syringe is discarded, and a redo starts from the tare
    // of a new one (re-using the old tare would let a syringe be adjusted and weighed again against it).
    if (const db::WeighingRecord* latestFilled = latestOf(*weighings, "filled");
        latestFilled && latestFilled->id > latestTare->id)
        return makeError(
            Error::Kind::Refused,
            prep->toleranceDecision == db::ToleranceDecision::NotWeighed
                ? say(QT_TRANSLATE_NOOP("Message", "%1: the syringe of preparation %2 was already weighed "
                                                   "filled after its latest tare; a redo needs a new "
                                                   "syringe: weigh the new empty syringe (tare) first"),
                      notRecorded("filled"), prep->number)
                : say(QT_TRANSLATE_NOOP("Message", "%1: the syringe of preparation %2 was already weighed "
                                                   "filled after its latest tare (%3); a redo needs a new "
                                                   "syringe: weigh the new empty syringe (tare) first"),
                      notRecorded("filled"), prep->number,
                      MessageArg::stored(WordKind::ToleranceDecision, db::toText(prep->toleranceDecision))));
    // The cross-check needs the vial's mass just before this withdrawal: weighed since the previous syringe.
    const WithdrawalWeighings previous = latestWithdrawal(*weighings);
    const db::WeighingRecord* latestVial = nullptr;
    for (const auto& w : *weighings)
        if (weighsTheVialForWithdrawal(w.step))
            latestVial = &w;
    if (!latestVial || (previous.filled && latestVial->id < previous.filled->id))
        return makeError(Error::Kind::Refused,
                         previous.filled
                             ? say(QT_TRANSLATE_NOOP("Message", "%1: weigh the vial before the withdrawal first (after "
                                                                "the previous syringe, weigh the vial again): the mass "
                                                                "the vial loses is checked against the mass the "
                                                                "syringe gains"),
                                   notRecorded("filled"))
                             : say(QT_TRANSLATE_NOOP("Message", "%1: weigh the vial before the withdrawal first (the "
                                                                "vial with its solution, before drawing from it): the "
                                                                "mass the vial loses is checked against the mass the "
                                                                "syringe gains"),
                                   notRecorded("filled")));
    const db::WeighingRecord& tare = *latestTare;
    const double tareGrams = tare.grams;
    auto reading = readWeighing(preparationId, "filled");
    if (!reading)
        return reading.error();
    if (auto same = requireSameInstrument(tare, *reading, say(QT_TRANSLATE_NOOP("Message", "the empty syringe")));
        !same)
        return same.error();
    auto filled = storeWeighing(*reading);
    if (!filled)
        return filled.error();
    // USP <41>: a net mass below the scale's minimum weight is recorded but never used for a dose decision.
    if (auto enough = requireMinimumWeight(filled->grams - tareGrams, filled->readabilityG, rules); !enough)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "filled syringe of %1 recorded, no dose decision: %2"),
                             prep->number, reasonOf(enough.error())));
    auto check = checkWithdrawal(m_ctx.densities(), m_ctx.tolerances(), prep->drug, prep->concentrationMgPerMl,
                                 prep->targetDoseMg, tareGrams, filled->grams);
    if (!check)
        return check.error();
    db::PreparationRecord updated = *prep;
    updated.measuredDoseMg = check->doseMg;
    updated.deviationPercent = check->deviationPercent;
    switch (check->decision) {
    case WeighingDecision::Accept:
        updated.toleranceDecision = db::ToleranceDecision::Accepted;
        break;
    case WeighingDecision::RejectRedo:
        updated.toleranceDecision = db::ToleranceDecision::RejectedRedo;
        break;
    case WeighingDecision::AwaitPharmacist:
        updated.toleranceDecision = db::ToleranceDecision::AwaitingPharmacist;
        break;
    }
    auto stored = m_ctx.preparations().update(m_technician, m_ctx.now(), updated, check->explanation);
    if (!stored)
        return fromDb(stored.error());
    if (auto v = m_ctx.recordDataVersions(m_technician, preparationId, "filled", {"densities.csv", "tolerances.csv"});
        !v)
        return v.error();
    return FilledSyringeOutcome{*filled, *check};
}

Result<db::WeighingRecord> IsolatorSession::weighVialBeforeWithdrawal(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    auto weighings = m_ctx.weighings().listFor(preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    if (const WithdrawalWeighings w = latestWithdrawal(*weighings); w.filled && !w.vialAfter)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: a filled syringe of preparation %2 awaits the vial's "
                                                          "weighing after the withdrawal (vial_after)"),
                             notRecorded("vial_before"), prep->number));
    return recordWeighing(preparationId, "vial_before");
}

Result<VialAfterWithdrawalOutcome> IsolatorSession::weighVialAfterWithdrawal(std::int64_t preparationId)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    auto weighings = m_ctx.weighings().listFor(preparationId);
    if (!weighings)
        return fromDb(weighings.error());
    WithdrawalWeighings w = latestWithdrawal(*weighings);
    if (!w.filled)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: no filled syringe has been weighed; weigh the vial "
                                                          "after drawing the dose and weighing the syringe"),
                             notRecorded("vial_after")));
    if (w.vialAfter)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: the vial of preparation %2 was already weighed after "
                                                          "its latest syringe"),
                             notRecorded("vial_after"), prep->number));
    if (!w.vialBefore || !w.tare)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "%1: the vial was not weighed before the withdrawal, nothing "
                                                          "to compare with"),
                             notRecorded("vial_after")));
    auto reading = readWeighing(preparationId, "vial_after");
    if (!reading)
        return reading.error();
    if (auto same = requireSameInstrument(*w.vialBefore, *reading,
                                          say(QT_TRANSLATE_NOOP("Message", "the vial before the withdrawal")));
        !same)
        return same.error();
    auto after = storeWeighing(*reading);
    if (!after)
        return after.error();
    w.vialAfter = *after;
    auto check = crossCheckWithdrawal(m_ctx, *prep, w);
    if (!check)
        return check.error();
    if (auto v = m_ctx.recordDataVersions(m_technician, preparationId, "vial_after",
                                          {"densities.csv", "vial-crosscheck.csv"});
        !v)
        return v.error();
    // A failed cross-check stops an accepted syringe for a pharmacist; a syringe already to be redone or awaiting
    // the pharmacist keeps its state (the record shows both findings).
    if (!check->passed && db::isAccepted(prep->toleranceDecision)) {
        db::PreparationRecord updated = *prep;
        updated.toleranceDecision = db::ToleranceDecision::AwaitingPharmacist;
        auto stored = m_ctx.preparations().update(m_technician, m_ctx.now(), updated, check->explanation);
        if (!stored)
            return fromDb(stored.error());
    }
    return VialAfterWithdrawalOutcome{*after, *check};
}

Result<ExpiryDecision> IsolatorSession::assignExpiry(std::int64_t preparationId, UtcTime reconstitutedAt,
                                                     const std::string& diluentTemp,
                                                     const std::vector<std::string>& storage)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    ExpiryRequest request;
    request.drug = prep->drug;
    request.preparedAt = reconstitutedAt;
    request.storage = storage;
    request.diluentTemp = diluentTemp;
    auto decision = computeExpiry(request, m_ctx.stability(), m_ctx.sitePolicy());
    if (!decision)
        return decision.error();
    db::PreparationRecord updated = *prep;
    updated.reconstitutedAt = reconstitutedAt;
    updated.expiry = decision->expiry;
    updated.stabilityRule = decision->ruleId;
    updated.stabilitySource = decision->source;
    std::string bands;
    for (const auto& s : storage)
        bands += (bands.empty() ? "" : ",") + s;
    updated.storage = bands;
    auto stored = m_ctx.preparations().update(
        m_technician, m_ctx.now(), updated, "expiry " + formatParisIso(decision->expiry) + " from " + decision->ruleId);
    if (!stored)
        return fromDb(stored.error());
    if (auto v = m_ctx.recordDataVersions(m_technician, preparationId, "expiry", {"stability.csv", "site-policy.json"});
        !v)
        return v.error();
    return *decision;
}

Result<db::PreparationRecord> IsolatorSession::complete(std::int64_t preparationId, const std::string& password)
{
    auto prep = inProgress(preparationId);
    if (!prep)
        return prep.error();
    // The preparer signs for a weighed, scanned, dated and labelled syringe (label read back from its PDF and by
    // the camera): the same list `prep status` shows as blockers.
    auto blockers = preparerSignatureBlockers(m_ctx, *prep);
    if (!blockers)
        return blockers.error();
    if (!blockers->empty()) {
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "preparation %1 cannot be signed yet: %2"), prep->number,
                             listOf(*blockers)));
    }
    auto dossier = preparationDossier(m_ctx, preparationId);
    if (!dossier)
        return dossier.error();
    const UtcTime now = m_ctx.now();
    db::Transaction tx(m_ctx.database());
    auto signature = m_ctx.signatures().sign(m_technician.username, password, "prepared", "preparation",
                                             std::to_string(preparationId), contentHash(*dossier), now);
    if (!signature)
        return fromDb(signature.error());
    db::PreparationRecord updated = *prep;
    updated.status = db::PreparationStatus::Prepared;
    updated.preparedAt = now;
    auto stored = m_ctx.preparations().update(m_technician, now, updated, "prepared and signed");
    if (!stored)
        return fromDb(stored.error());
    if (auto c = tx.commit(); !c)
        return fromDb(c.error());
    return *stored;
}

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// A technician's preparation at the isolator, step by step: daily scale check, vial scan, tare and filled-syringe
// weighings, evidence photos, expiry, and the "prepared" signature. Every step is recorded with its source
// (device URI and serial) before the next may start; a device fault records nothing and can be retried.
#pragma once

#include "devices/barcode/contained_barcode_reader.h"
#include "devices/camera/camera.h"
#include "devices/scale/scale.h"
#include "prep-station/gravimetry/vial_crosscheck.h"
#include "prep-station/gravimetry/weighing_rules.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/workflow/station_context.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace prep::station {

struct IsolatorDevices
{
    devices::Scale& scale;
    devices::Camera& camera;
    const devices::ContainedBarcodeReader& reader;
};

struct FilledSyringeOutcome
{
    db::WeighingRecord weighing;
    WithdrawalCheck check;
};

struct VialAfterWithdrawalOutcome
{
    db::WeighingRecord weighing;
    VialCrossCheck check; // failed: the preparation awaits a pharmacist (unless its syringe is already to be redone)
};

class IsolatorSession
{
public:
    IsolatorSession(StationContext& ctx, db::Actor technician, IsolatorDevices devices,
                    std::filesystem::path evidenceDir);

    // Weighs a reference weight and records the daily check, passed or failed; doses are refused until a check of
    // this scale passed within rules.dailyCheckValidFor.
    Result<DailyCheck> dailyCheck(double referenceGrams);
    // planned -> in_progress (resuming an in_progress preparation is allowed: nothing recorded is lost).
    Result<db::PreparationRecord> start(std::int64_t preparationId);
    // Reads the vial's GS1 DataMatrix from a camera frame, checks it against the catalogue, recalls and the
    // preparation's product, and records the scan and the frame as evidence.
    Result<db::VialScanRecord> scanVial(std::int64_t preparationId);
    // The same check for a code typed by a keyboard-wedge scanner (`source` names it); no photo to keep.
    Result<db::VialScanRecord> scanVialCode(std::int64_t preparationId, const std::string& code,
                                            const std::string& source);
    // Reconstitution control: the vial is weighed before and after the diluent is added, on the same instrument;
    // the mass added must reach the USP <41> minimum weight and match the protocol's diluent volume (a vial short
    // of diluent makes every dose drawn from it wrong).
    Result<db::WeighingRecord> weighVialBeforeDiluent(std::int64_t preparationId);
    Result<ReconstitutionCheck> weighVialAfterDiluent(std::int64_t preparationId);
    // Syringe weighings are refused while the preparation awaits the pharmacist's decision on an out-of-tolerance
    // dose. The filled syringe is weighed on the instrument of its tare, once per tare: a redo needs a new syringe.
    Result<db::WeighingRecord> weighEmptySyringe(std::int64_t preparationId);
    // The filled syringe needs the vial weighed since the previous syringe (its diluent_after, or vial_before).
    Result<FilledSyringeOutcome> weighFilledSyringe(std::int64_t preparationId);
    // The vial/syringe cross-check (vial-crosscheck.csv): a ready-to-use vial is weighed before the withdrawal, every
    // vial after each filled syringe, on the instrument of its weighing before; the mass the vial lost must match the
    // mass the syringe gained, or the preparation awaits a pharmacist (DeviationDesk), as an out-of-tolerance dose.
    Result<db::WeighingRecord> weighVialBeforeWithdrawal(std::int64_t preparationId);
    Result<VialAfterWithdrawalOutcome> weighVialAfterWithdrawal(std::int64_t preparationId);
    Result<ExpiryDecision> assignExpiry(std::int64_t preparationId, UtcTime reconstitutedAt,
                                        const std::string& diluentTemp, const std::vector<std::string>& storage);
    // The technician signs the batch record ("prepared", re-authenticated); status -> prepared.
    Result<db::PreparationRecord> complete(std::int64_t preparationId, const std::string& password);

    std::chrono::milliseconds stableTimeout{15000};
    // Metrology (daily check limit and validity, USP <41> minimum weight) and whether a simulated scale may be used
    // (the demo only: a real station refuses sim://).
    WeighingRules rules;

private:
    Result<db::PreparationRecord> inProgress(std::int64_t preparationId);
    Result<std::optional<db::WeighingRecord>> latestWeighing(std::int64_t preparationId, const std::string& step);
    // One stable weight, vetted (daily check of this scale, stability, allowed source) but not yet recorded: the
    // caller records it once the rules that compare it with earlier weighings have passed.
    Result<db::WeighingRecord> readWeighing(std::int64_t preparationId, const std::string& step);
    Result<db::WeighingRecord> storeWeighing(const db::WeighingRecord& weighing);
    Result<db::WeighingRecord> recordWeighing(std::int64_t preparationId, const std::string& step);
    Result<db::VialScanRecord> recordVialScan(const db::PreparationRecord& prep, const std::string& code,
                                              const std::string& source, const cv::Mat* frame);
    Result<db::PhotoRecord> keepEvidence(std::int64_t preparationId, const std::string& step, const cv::Mat& frame);
    Result<Ok> requirePassedDailyCheck();

    StationContext& m_ctx;
    db::Actor m_technician;
    IsolatorDevices m_devices;
    std::filesystem::path m_evidenceDir;
};

} // namespace prep::station

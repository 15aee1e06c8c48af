// SPDX-License-Identifier: GPL-3.0-or-later
// From the PUI to the patient's home: released doses are packed in a qualified cooler with a temperature
// logger, each handover is one scan signed by the person taking responsibility, the logger file is checked
// against each dose's stability before administration, and the nurse confirms administration.
#pragma once

#include "prep-station/coldchain/cold_chain.h"
#include "prep-station/workflow/station_context.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace prep::station {

// Whether a dose may be given at an instant, from its recorded stability decision and its shipment's temperature
// history imported so far: the nurse's one word and its reason.
struct Administrability
{
    bool administrable = false;
    Message reason; // why not; when administrable, until when
    std::optional<UtcTime> validUntil;
    db::PreparationRecord preparation;
    std::optional<db::ShipmentRecord> shipment;
};

struct LoggerImportOutcome
{
    db::LoggerImportRecord record;
    std::vector<std::pair<std::string, ColdChainVerdict>> verdicts; // per preparation number
};

// The delivery time agreed with the patient.
struct DeliveryWindow
{
    UtcTime from{}, to{};
};

// The preparation number a syringe label's scan names: (10) of its GS1 string (as scanned, with GS separators, or
// as HRI), or the number itself when typed. The one reading of that scan: the nurse's check and the EPCIS export.
std::string preparationNumberInScan(const std::string& scan);

class DispatchDesk
{
public:
    explicit DispatchDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // A cooler goes to one home: every dose is for the same patient. The shipment's delivery slot (the patient's
    // current home address and the agreed window, when given) is fixed at packing.
    Result<db::ShipmentRecord> pack(const db::Actor& who, const std::vector<std::int64_t>& preparationIds,
                                    const std::string& loggerId, std::optional<DeliveryWindow> window = {});
    // scan = the shipment number read from the bag's label; the signer re-authenticates.
    Result<db::HandoverRecord> pickUp(const std::string& scan, const std::string& courier, const std::string& password,
                                      const std::string& location);
    Result<db::HandoverRecord> deliver(const std::string& scan, const std::string& courier, const std::string& password,
                                       const std::string& location);
    // The same from a phone: the courier is the web session's authenticated user; the handover is an attributed
    // record (no signature), as the session's login identified them.
    Result<db::HandoverRecord> pickUp(const db::Actor& courier, const std::string& scan, const std::string& location);
    Result<db::HandoverRecord> deliver(const db::Actor& courier, const std::string& scan, const std::string& location);
    // The courier could not deliver (nobody home, refused, the cooler damaged): the shipment goes back to the PUI
    // and none of its doses may be given.
    Result<db::DeliveryProblemRecord> declareProblem(const db::Actor& courier, const std::string& scan,
                                                     db::DeliveryProblemRecord::Kind kind, const std::string& note,
                                                     const std::string& location);
    // The nurse did not give a delivered dose: brought back to the PUI or destroyed at the home, with the reason.
    Result<db::DoseNotGivenRecord> recordNotGiven(const db::Actor& nurse, const std::string& preparationScan,
                                                  db::DoseNotGivenRecord::Outcome outcome, const std::string& reason);
    // The shipment a scanned bag label names.
    Result<db::ShipmentRecord> shipmentByScan(const std::string& scan);
    // The preparation a syringe label's scan names: its GS1 string (the number in (10)) or the number itself.
    Result<db::PreparationRecord> preparationByScan(const std::string& scan);
    // A nurse gives, checks or returns only the doses of the patients in their care (the care list); other roles
    // are judged by their own role checks.
    Result<Ok> requireInCare(const db::Actor& who, const db::PreparationRecord& preparation);
    // May this dose be given at `at`? Delivered, not expired, its shipment's logger data imported and judged, and
    // the cold chain still valid at `at` (re-judged from the readings against the recorded stability decision).
    Result<Administrability> administrability(const db::PreparationRecord& preparation, UtcTime at);
    Result<LoggerImportOutcome> importLogger(const db::Actor& who, const std::string& shipmentNumber,
                                             const std::filesystem::path& csvFile);
    // The nurse scans the syringe's label (its preparation number), confirms the patient's identity (IPP) and the
    // administration; refused when the dose is another patient's, expired, or the cold chain says do not administer.
    Result<db::HandoverRecord> administer(const std::string& preparationScan, const std::string& patientIpp,
                                          const std::string& nurse, const std::string& password,
                                          const std::string& location);
    // The same judged at `scannedAt` (a phone's late scan is judged at the time it happened).
    Result<db::HandoverRecord> administer(const std::string& preparationScan, const std::string& patientIpp,
                                          const std::string& nurse, const std::string& password,
                                          const std::string& location, UtcTime scannedAt);

private:
    // `password` present: the handover is signed (re-authentication); absent: attributed to `user`.
    Result<db::HandoverRecord> handOver(const std::string& scan, const db::Actor& user,
                                        const std::optional<std::string>& password, const std::string& location,
                                        const std::string& kind, db::ShipmentStatus fromStatus,
                                        db::ShipmentStatus toStatus, db::Role requiredRole, const std::string& meaning);

    StationContext& m_ctx;
};

} // namespace prep::station

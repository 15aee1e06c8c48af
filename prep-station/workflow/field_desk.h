// SPDX-License-Identifier: GPL-3.0-or-later
// What a courier's or a HAD nurse's phone does, through the web service: each scan is judged by the DispatchDesk's
// rules and recorded, accepted or refused, with the phone's time and the station's receipt time. A scan sent
// twice (a phone that lost its network resends its queue) is recorded once and answered as the first time; a late
// scan is judged at the time it happened.
#pragma once

#include "db/records.h"
#include "prep-station/workflow/dispatch_desk.h"
#include "prep-station/workflow/station_context.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct FieldScanRequest
{
    db::FieldScanRecord::Kind kind = db::FieldScanRecord::Kind::Pickup;
    std::string code;  // what the phone read: a bag label's shipment number, a syringe label's GS1 string
    std::string place; // where, as the phone says it (an address, "PUI", coordinates)
    std::optional<UtcTime> deviceTime;
    std::string scanId; // the phone's own id for the scan, when it gives one
    // Administration: the patient's identity (IPP from an identity code, or typed with the birth date) and the
    // nurse's password again.
    std::string patientIpp;
    std::string patientBirthDate; // YYYY-MM-DD; empty when the identity code was scanned
    std::string password;
    // A courier's problem (delivery_problem kind and a note), or a dose not given (returned/destroyed, reason).
    std::optional<db::DeliveryProblemRecord::Kind> problem;
    std::optional<db::DoseNotGivenRecord::Outcome> outcome;
    std::string note;
};

struct FieldScanOutcome
{
    bool accepted = false;
    bool alreadyRecorded = false; // the same scan had been received before: this is its recorded answer
    bool roleRefused = false;     // the user may not make this scan at all (their role, or not their patient)
    Message reason;               // why refused; empty when accepted
    std::string shipment;
    std::vector<std::string> preparations;
    db::FieldScanRecord record;
};

// A shipment as a courier sees it: what to carry and where, nothing clinical.
struct CourierShipment
{
    std::string number;
    std::string cooler; // the cooler's logger serial
    db::ShipmentStatus status = db::ShipmentStatus::Packed;
    int doses = 0;
    UtcTime packedAt{};
    std::string address; // where it goes ("" when unknown); never the patient's name
    std::optional<UtcTime> windowStart, windowEnd;
};

class FieldDesk
{
public:
    explicit FieldDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // Judges and records one scan by `who` (the web session's user). Fails only when nothing could be recorded
    // (a database fault, a malformed request); a refusal is an outcome, recorded.
    Result<FieldScanOutcome> scan(const db::Actor& who, const FieldScanRequest& request);
    // The nurse's question before giving a dose: may it be given now?
    Result<Administrability> check(const db::Actor& who, const std::string& code);
    // The shipments a courier may carry today.
    Result<std::vector<CourierShipment>> courierShipments(const db::Actor& who);

private:
    Result<FieldScanOutcome> judge(const db::Actor& who, const FieldScanRequest& request, UtcTime scannedAt);

    StationContext& m_ctx;
};

// The request's key: the same user, kind, code, place, phone time and scan id give the same key.
std::string fieldScanKey(const db::Actor& who, const FieldScanRequest& request);

} // namespace prep::station

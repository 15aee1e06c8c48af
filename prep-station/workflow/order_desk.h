// SPDX-License-Identifier: GPL-3.0-or-later
// Orders: a prescription enters the station, a pharmacist validates it (re-authenticated signature), and it is
// planned into one preparation per syringe.
#pragma once

#include "prep-station/dosing/dosing.h"
#include "prep-station/dosing/protocol_checks.h"
#include "prep-station/workflow/station_context.h"

#include <string>
#include <vector>

namespace prep::station {

struct Prescription
{
    db::PatientRecord patient;
    std::string drug;
    double heightCm = 0;
    double weightKg = 0;
    std::optional<double> mgPerM2;
    std::optional<std::string> protocolId;
    std::string cycleDay; // "C1D1"
    std::string prescriber;
    // The patient's home address as the prescriber's system sent it (HAD: where the cooler goes); empty: unchanged.
    std::string homeAddress;
    // Set when the order comes from a prescriber's system (HL7 v2, CSV, FHIR): recorded with the order.
    std::optional<db::OrderOriginRecord> origin;
};

// A protocol check's warning the validating pharmacist overrides, and why (a hard stop cannot be overridden).
struct CheckOverride
{
    ProtocolCheck check;
    std::string reason;
};

class OrderDesk
{
public:
    explicit OrderDesk(StationContext& ctx)
        : m_ctx(ctx)
    {}

    // Records the patient (if new) and the order with the dose computed from BSA; status "prescribed".
    Result<db::OrderRecord> enterPrescription(const db::Actor& who, Prescription prescription);
    // Cancels an order that no preparation was planned from (the prescriber's system withdrew it, or replaced it).
    Result<db::OrderRecord> cancel(const db::Actor& who, std::int64_t orderId, const std::string& reason);
    // The protocol checks of the order as they stand now (protocols.json, site-policy.json, the patient's other
    // orders and doses); nothing is recorded.
    Result<std::vector<ProtocolCheckResult>> checks(const db::Actor& who, std::int64_t orderId);
    // A pharmacist validates the order, signing with their password ("order_validated"). The protocol checks run
    // first: a hard stop refuses, and so does a warning without an override; each attempt's checks (and overrides)
    // are recorded and audited (db::OrderCheckRepository), the refused ones too.
    Result<db::OrderRecord> validate(std::int64_t orderId, const std::string& pharmacistUsername,
                                     const std::string& password, const std::vector<CheckOverride>& overrides = {});
    // One planned preparation per syringe of the dose plan (a split dose gives "1/2" and "2/2").
    Result<std::vector<db::PreparationRecord>> plan(const db::Actor& who, std::int64_t orderId);

private:
    Result<std::vector<ProtocolCheckResult>> checksFor(const db::OrderRecord& order);

    StationContext& m_ctx;
};

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol checks a pharmacist sees before validating an order: pure functions of the order, the patient's
// other orders and doses, the protocol (protocols.json) and the site's limits (site-policy.json). No database, no
// clock: the caller passes "now".
//
// Severities (a hard stop cannot be overridden; a warning is overridden by the validating pharmacist with a reason):
//   cycle_day    day outside 1..cycle length: hard stop (no such day); day not a treatment day of the schedule, or
//                no cycle/day given (HL7, FHIR): warning.
//   min_interval a dose of the same drug given, or scheduled in the same cycle, less than the protocol's minimum
//                interval (bortezomib 72 h) before this one: hard stop; but an order validated ahead of its day,
//                whose day in the same cycle lies far enough after the last dose given: warning, naming the
//                earliest time it may be given.
//   dose_level   a level not in the protocol's reduction levels (1.3 -> 1.0 -> 0.7 mg/m2), or above the full dose
//                when the protocol lists none: hard stop.
//   dose_vs_bsa  ordered dose against the dose recomputed from height and weight: above the site's warning limit a
//                warning, above its stop limit a hard stop; no limits in the site policy: a warning.
//   bsa_cap      the patient's BSA above the protocol's cap: warning (the capped BSA is used).
//   duplicate    another live order for the same patient, drug and cycle/day in the same course: hard stop; without
//                cycle/day, another order of the drug entered the same day: warning.
// A fixed-dose protocol (no mg/m2) has no BSA checks: dose_level, dose_vs_bsa and bsa_cap pass and say so.
#pragma once

#include "prep-station/dosing/protocol.h"
#include "prep-station/message.h"
#include "prep-station/stability/site_policy.h"
#include "prep-station/time/clock.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

enum class CheckSeverity { Pass, Warning, HardStop };
enum class ProtocolCheck { CycleDay, MinInterval, DoseLevel, DoseVsBsa, BsaCap, Duplicate };

std::string_view toText(CheckSeverity severity); // "pass", "warning", "hard_stop"
std::string_view toText(ProtocolCheck check);    // "cycle_day", "min_interval", ...
std::optional<ProtocolCheck> protocolCheckFromText(std::string_view text);

struct ProtocolCheckResult
{
    ProtocolCheck check;
    CheckSeverity severity;
    std::string message; // names the figures, in the pharmacist's words: `said` in English
    Message said;
};

// The order being validated, as recorded (and as sent, when it came from a prescriber's system).
struct OrderUnderCheck
{
    std::int64_t orderId = 0;
    std::string drug;
    std::string cycleDay; // "C1J4" (or "C1D4"); empty when the prescriber's message gave none
    double heightCm = 0, weightKg = 0;
    double mgPerM2 = 0;                  // the level recorded
    double doseMg = 0;                   // the dose recorded
    std::optional<double> orderedDoseMg; // the dose in mg as the prescriber's system sent it
    UtcTime createdAt{};
};

// Another order of the same patient, with when its dose was given or prepared (release, else preparation time).
struct OtherOrder
{
    std::int64_t orderId = 0;
    std::string drug;
    std::string cycleDay;
    double mgPerM2 = 0, doseMg = 0;
    bool cancelled = false;
    std::string status; // "prescribed", "validated", ... for the message
    UtcTime createdAt{};
    std::optional<UtcTime> doseAt;
};

struct CycleDay
{
    int cycle = 0, day = 0;
};
// "C1J4" / "C1D4" (case-insensitive); nothing when not of that form.
std::optional<CycleDay> parseCycleDay(std::string_view text);

// Every check, in a fixed order (cycle_day, min_interval, dose_level, dose_vs_bsa, bsa_cap, duplicate).
std::vector<ProtocolCheckResult> runProtocolChecks(const OrderUnderCheck& order, const std::vector<OtherOrder>& others,
                                                   const DoseProtocol& protocol,
                                                   const std::optional<DoseDeviationLimits>& limits, UtcTime now);

// The worst severity of a list (Pass when empty).
CheckSeverity worstSeverity(const std::vector<ProtocolCheckResult>& results);

} // namespace prep::station

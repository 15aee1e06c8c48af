// SPDX-License-Identifier: GPL-3.0-or-later
// The states of the GMP records, as types. Their text form ("in_progress") exists only at the database boundary
// (the repositories) and in what the faces print; the workflow compares types, never strings.
#pragma once

#include <optional>
#include <string_view>

namespace prep::db {

enum class OrderStatus { Prescribed, Validated, Cancelled };

enum class PreparationStatus {
    Planned,
    InProgress,
    Prepared,
    Released,
    Dispatched,
    Delivered,
    Administered,
    Interrupted,
    Rejected
};

// The gravimetric control of the filled syringe: the station's decision, then the pharmacist's when one was needed.
enum class ToleranceDecision {
    NotWeighed,
    Accepted,
    RejectedRedo,       // beyond the pharmacist's limit: redo the syringe
    AwaitingPharmacist, // between the tolerance and the pharmacist's limit
    PharmacistAccepted,
    PharmacistRejected
};

enum class ShipmentStatus { Packed, PickedUp, Delivered, Administered };

// What the station did with an inbound order message: received (kept before it is read), then decided.
enum class InboundOutcome { Received, Accepted, PartlyAccepted, Rejected, Duplicate };

std::string_view toText(OrderStatus status);
std::string_view toText(PreparationStatus status);
std::string_view toText(ToleranceDecision decision); // "" for NotWeighed (the stored form)
std::string_view toText(ShipmentStatus status);
std::string_view toText(InboundOutcome outcome);

// For messages: "not weighed" for NotWeighed, the stored form otherwise.
std::string_view describe(ToleranceDecision decision);

std::optional<OrderStatus> orderStatusFromText(std::string_view text);
std::optional<PreparationStatus> preparationStatusFromText(std::string_view text);
std::optional<ToleranceDecision> toleranceDecisionFromText(std::string_view text);
std::optional<ShipmentStatus> shipmentStatusFromText(std::string_view text);
std::optional<InboundOutcome> inboundOutcomeFromText(std::string_view text);

// A dose the station accepted, by itself or by a pharmacist's decision.
inline bool isAccepted(ToleranceDecision d)
{
    return d == ToleranceDecision::Accepted || d == ToleranceDecision::PharmacistAccepted;
}
// The syringe must be redone (a new empty syringe, a new withdrawal).
inline bool needsRedo(ToleranceDecision d)
{
    return d == ToleranceDecision::RejectedRedo || d == ToleranceDecision::PharmacistRejected;
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/statuses.h"

#include <array>
#include <utility>

namespace prep::db {

namespace {

template <class E, std::size_t N>
std::string_view textOf(const std::array<std::pair<E, std::string_view>, N>& table, E value)
{
    for (const auto& [e, text] : table)
        if (e == value)
            return text;
    return {};
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text)
{
    for (const auto& [e, t] : table)
        if (t == text)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<OrderStatus, std::string_view>, 3> kOrder{{
    {OrderStatus::Prescribed, "prescribed"},
    {OrderStatus::Validated, "validated"},
    {OrderStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<InboundOutcome, std::string_view>, 5> kInbound{{
    {InboundOutcome::Received, "received"},
    {InboundOutcome::Accepted, "accepted"},
    {InboundOutcome::PartlyAccepted, "partly_accepted"},
    {InboundOutcome::Rejected, "rejected"},
    {InboundOutcome::Duplicate, "duplicate"},
}};

constexpr std::array<std::pair<PreparationStatus, std::string_view>, 9> kPreparation{{
    {PreparationStatus::Planned, "planned"},
    {PreparationStatus::InProgress, "in_progress"},
    {PreparationStatus::Prepared, "prepared"},
    {PreparationStatus::Released, "released"},
    {PreparationStatus::Dispatched, "dispatched"},
    {PreparationStatus::Delivered, "delivered"},
    {PreparationStatus::Administered, "administered"},
    {PreparationStatus::Interrupted, "interrupted"},
    {PreparationStatus::Rejected, "rejected"},
}};

constexpr std::array<std::pair<ToleranceDecision, std::string_view>, 6> kTolerance{{
    {ToleranceDecision::NotWeighed, ""},
    {ToleranceDecision::Accepted, "accepted"},
    {ToleranceDecision::RejectedRedo, "rejected_redo"},
    {ToleranceDecision::AwaitingPharmacist, "awaiting_pharmacist"},
    {ToleranceDecision::PharmacistAccepted, "pharmacist_accepted"},
    {ToleranceDecision::PharmacistRejected, "pharmacist_rejected"},
}};

constexpr std::array<std::pair<ShipmentStatus, std::string_view>, 4> kShipment{{
    {ShipmentStatus::Packed, "packed"},
    {ShipmentStatus::PickedUp, "picked_up"},
    {ShipmentStatus::Delivered, "delivered"},
    {ShipmentStatus::Administered, "administered"},
}};

} // namespace

std::string_view toText(OrderStatus s)
{
    return textOf(kOrder, s);
}
std::string_view toText(PreparationStatus s)
{
    return textOf(kPreparation, s);
}
std::string_view toText(ToleranceDecision d)
{
    return textOf(kTolerance, d);
}
std::string_view toText(ShipmentStatus s)
{
    return textOf(kShipment, s);
}

std::string_view describe(ToleranceDecision d)
{
    return d == ToleranceDecision::NotWeighed ? std::string_view("not weighed") : toText(d);
}

std::string_view toText(InboundOutcome o)
{
    return textOf(kInbound, o);
}
std::optional<InboundOutcome> inboundOutcomeFromText(std::string_view text)
{
    return valueOf(kInbound, text);
}
std::optional<OrderStatus> orderStatusFromText(std::string_view text)
{
    return valueOf(kOrder, text);
}
std::optional<PreparationStatus> preparationStatusFromText(std::string_view text)
{
    return valueOf(kPreparation, text);
}
std::optional<ToleranceDecision> toleranceDecisionFromText(std::string_view text)
{
    return valueOf(kTolerance, text);
}
std::optional<ShipmentStatus> shipmentStatusFromText(std::string_view text)
{
    return valueOf(kShipment, text);
}

} // namespace prep::db

// SPDX-License-Identifier: GPL-3.0-or-later
// HL7 v2.5 pharmacy orders — RDE^O11 (encoded order) and OMP^O09 (pharmacy order) — read into format-neutral
// incoming orders. Every field read is listed in docs/interfaces/hl7v2.md with what happens when it is missing.
// The reader only reads: whether the station prepares the drug, knows the patient or the placer number is the
// intake's decision (workflow/order_intake.h).
#pragma once

#include "prep-station/orders/hl7v2_message.h"
#include "prep-station/orders/incoming_order.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct Hl7Header
{
    std::string sendingApplication, sendingFacility;     // MSH-3, MSH-4
    std::string receivingApplication, receivingFacility; // MSH-5, MSH-6
    std::string messageCode, triggerEvent;               // MSH-9.1, MSH-9.2: "RDE", "O11"
    std::string controlId;                               // MSH-10, echoed in MSA-2
    std::string processingId;                            // MSH-11: P, T, D
    std::string version;                                 // MSH-12: "2.5"
    std::string sender() const;                          // "APP^FACILITY"
};

struct Hl7OrderMessage
{
    Hl7Header header;
    std::vector<IncomingOrder> orders; // one per ORC group
    // A message the station cannot take as a whole (wrong type or version, no MSH-10, no PID, no ORC). Without
    // MSH-10 or PID its orders are still read, never to be taken: only so that a refusal can name their drugs.
    std::optional<Hl7Error> error;
};

Hl7Header readHl7Header(const Hl7Message& message);
Hl7OrderMessage readHl7Orders(const Hl7Message& message);

} // namespace prep::station

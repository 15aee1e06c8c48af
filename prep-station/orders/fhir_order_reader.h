// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 orders (JSON): a Bundle (transaction, batch, collection, message, searchset) of MedicationRequests with
// their Patient, Practitioner, Medication and body height / weight Observations, or a single MedicationRequest
// with them `contained`. Each MedicationRequest becomes one IncomingOrder, its values as the sender wrote them and
// each pointing at where it was read ("MedicationRequest/rx1.dosageInstruction[0].doseAndRate[0].doseQuantity");
// the intake decides (docs/interfaces/fhir-r4.md lists every element read).
// A file that is not FHIR JSON, or whose resource is neither a Bundle nor a MedicationRequest, is refused whole.
// A reference that resolves to nothing, a missing subject or medication leave the value empty with a source that
// says so: the intake refuses that order, naming it, and still names a drug the site does not prepare.
#pragma once

#include "prep-station/error.h"
#include "prep-station/orders/incoming_order.h"

#include <string_view>
#include <vector>

namespace prep::station {

// Deeper JSON is refused before it is parsed: FHIR resources nest a dozen levels, and a bounded depth keeps a
// hostile file from exhausting the stack.
constexpr int kFhirMaxNesting = 64;

Result<std::vector<IncomingOrder>> readFhirOrders(std::string_view json);

} // namespace prep::station

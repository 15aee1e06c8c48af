// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the FHIR R4 order reader (outside input: a prescriber system's JSON, or anything a user names to
// prepctl order import). Whatever the bytes: no exception leaves the reader, a refusal says what was wrong, and
// every order read says where its patient, drug, dose, height and weight were read (or why they are absent).
#include "prep-station/orders/fhir_order_reader.h"
#include "prep-station/orders/order_format.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace prep::station;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)detectOrderFileFormat(bytes);
    auto orders = readFhirOrders(bytes);
    if (!orders) {
        if (orders.error().message.empty())
            std::abort();
        return 0;
    }
    for (const auto& o : *orders) {
        if (o.format != OrderSourceFormat::FhirR4 || o.sender.empty())
            std::abort();
        for (OrderField field : {OrderField::Placer, OrderField::OrderControl, OrderField::PatientId, OrderField::Drug,
                                 OrderField::Dose, OrderField::Height, OrderField::Weight})
            if (o.source(field).label.empty())
                std::abort();
        (void)o.drugAsSent();
    }
    return 0;
}

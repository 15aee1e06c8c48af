// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/orders/incoming_order.h"

namespace prep::station {

std::string_view toText(OrderSourceFormat format)
{
    switch (format) {
    case OrderSourceFormat::Hl7v2:
        return "hl7v2";
    case OrderSourceFormat::FhirR4:
        return "fhir_r4";
    case OrderSourceFormat::Csv:
        return "csv";
    }
    return "hl7v2";
}

FieldSource IncomingOrder::source(OrderField field) const
{
    auto it = sources.find(field);
    return it == sources.end() ? FieldSource{} : it->second;
}

std::string IncomingOrder::drugAsSent() const
{
    if (drugCode.empty())
        return drugText;
    if (drugText.empty())
        return drugCode;
    return drugCode + "^" + drugText;
}

} // namespace prep::station

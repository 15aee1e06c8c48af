// SPDX-License-Identifier: GPL-3.0-or-later
// Which format an order file is in, from its first bytes: HL7 v2 ER7 (MSH, or a batch's FHS/BHS, or an MLLP
// capture), FHIR R4 JSON ('{' or '['), or CSV (a header naming the "placer" column).
#pragma once

#include <optional>
#include <string_view>

namespace prep::station {

enum class OrderFileFormat { Hl7v2, FhirJson, Csv, Unknown };

OrderFileFormat detectOrderFileFormat(std::string_view bytes);

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// Orders as a CSV file, for sites without an interface engine (docs/interfaces/csv-orders.md gives the header).
// One row per order; values are kept as written and the intake decides. A file whose structure is broken (no
// header, a missing required column, a row with the wrong number of fields) is refused whole, naming the line.
#pragma once

#include "prep-station/error.h"
#include "prep-station/orders/incoming_order.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

// The columns a file must have (values may be empty where the document says so).
const std::vector<std::string>& csvOrderRequiredColumns();
// The columns read when present.
const std::vector<std::string>& csvOrderOptionalColumns();

Result<std::vector<IncomingOrder>> readCsvOrders(std::string_view content, const std::string& fileName);

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for order files as they reach prepctl order import (outside input: a CSV export, or anything a user
// names): format detection and the CSV order reader. Whatever the bytes, the reader returns orders or an error
// naming the file; every order read points at the line and column of each value it holds.
#include "prep-station/orders/csv_order_reader.h"
#include "prep-station/orders/order_format.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)prep::station::detectOrderFileFormat(bytes);
    auto orders = prep::station::readCsvOrders(bytes, "fuzz.csv");
    if (!orders) {
        if (orders.error().message.find("fuzz.csv") == std::string::npos)
            std::abort();
        return 0;
    }
    for (const auto& o : *orders) {
        const auto drug = o.source(prep::station::OrderField::Drug);
        if (drug.label.find("line ") != 0 || drug.label.find("column drug") == std::string::npos)
            std::abort();
        (void)o.drugAsSent();
    }
    return 0;
}

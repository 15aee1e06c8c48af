// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the cycle and day of an order as a prescriber's file sends it (outside input: the CSV reader
// passes the text through), read by the protocol checks at validation. Whatever the text, parseCycleDay gives a
// cycle and day of its own form or nothing, and every check still reports once with a message.
#include "prep-station/dosing/protocol_checks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (auto cd = prep::station::parseCycleDay(text); cd && (cd->cycle < 0 || cd->day < 0 || text.size() > 11))
        std::abort();
    prep::station::DoseProtocol protocol;
    protocol.id = "BTZ-SC-1.3";
    protocol.drug = "bortezomib";
    protocol.mgPerM2 = 1.3;
    protocol.doseLevelsMgPerM2 = {1.3, 1.0, 0.7};
    protocol.scheduleDays = {1, 4, 8, 11};
    protocol.cycleDays = 21;
    protocol.minIntervalHours = 72;
    prep::station::OrderUnderCheck order;
    order.orderId = 2;
    order.drug = "bortezomib";
    order.cycleDay = text;
    order.heightCm = 170;
    order.weightKg = 70;
    order.mgPerM2 = 1.3;
    order.doseMg = 2.36;
    prep::station::OtherOrder other;
    other.orderId = 1;
    other.drug = "bortezomib";
    other.cycleDay = text.substr(0, text.size() / 2);
    const auto results = prep::station::runProtocolChecks(order, {other}, protocol, std::nullopt, {});
    if (results.size() != 6)
        std::abort();
    for (const auto& r : results)
        if (r.message.empty())
            std::abort();
    return 0;
}

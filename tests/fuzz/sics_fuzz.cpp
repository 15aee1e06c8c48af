// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the MT-SICS answer parser: any bytes, split into lines as a driver would consume them. Invariants: it
// never crashes, always makes progress, and a Valid weight answer always carries a finite value and a unit.
#include "devices/scale/sics_protocol.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    while (!rest.empty()) {
        const auto p = prep::devices::parseSicsAnswer(rest);
        if (p.status == prep::devices::ParseStatus::NeedMore)
            break;
        if (p.consumed == 0 || p.consumed > rest.size())
            std::abort(); // no progress, or past the end: the driver would loop or overrun
        if (p.status == prep::devices::ParseStatus::Valid && p.answer.value &&
            (!std::isfinite(*p.answer.value) || p.answer.unit.empty()))
            std::abort(); // a weight without a finite value and a unit must never be Valid
        if (p.status == prep::devices::ParseStatus::Valid && (p.answer.status == 'I' || p.answer.status == '+') &&
            p.answer.value)
            std::abort(); // an error answer never carries a weight
        rest.remove_prefix(p.consumed);
    }
    return 0;
}

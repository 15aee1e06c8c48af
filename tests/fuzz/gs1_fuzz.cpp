// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the GS1 parsers (outside input: camera bytes and scanner keystrokes). Properties checked:
// no crash or hang; a parsed message re-encodes to an element string that parses to the same HRI.
#include "devices/gs1/gs1.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (auto msg = prep::devices::parseGs1(input)) {
        auto again = prep::devices::parseGs1(msg->elementString());
        if (!again || again->hri() != msg->hri())
            std::abort();
        // The HRI reads back the same unless a value itself holds '(' (HRI is ambiguous there by nature).
        bool parenthesis = false;
        for (const auto& e : msg->elements)
            parenthesis = parenthesis || e.value.find('(') != std::string::npos;
        if (!parenthesis) {
            auto fromHri = prep::devices::parseGs1(msg->hri());
            if (!fromHri || fromHri->elementString() != msg->elementString())
                std::abort();
        }
    }
    if (size < 512) {
        if (auto readings = prep::devices::gs1Readings(input))
            for (const auto& r : *readings)
                if (!prep::devices::parseGs1(r.elementString()))
                    std::abort();
    }
    return 0;
}

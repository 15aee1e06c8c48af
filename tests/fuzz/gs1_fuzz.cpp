// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the GS1 parsers (outside input: camera bytes and scanner keystrokes). Properties checked:
// no crash or hang; a parsed message re-encodes to an element string that parses to the same HRI; the detailed
// examination agrees with the parser; every linter accepts any bytes. Seeds: hand-written cases and, in
// corpus/gs1/engine/, the element strings of GS1's Barcode Syntax Engine test vectors. The keyboard-wedge search
// (gs1Readings) has its own target, gs1_wedge_fuzz: at up to 20,000 steps an input it would hold this one to tens
// of executions a second.
#include "devices/gs1/gs1.h"
#include "devices/gs1/gs1_linters.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (prep::devices::examineGs1(input).problems.empty() != prep::devices::parseGs1(input).ok())
        std::abort();
    for (const char* name : {"couponcode", "couponposoffer", "csumalpha", "iban", "posinseqslash", "pieceoftotal",
                             "yymmd0", "hhmi", "pcenc", "packagetype", "gcppos2", "latitude"}) {
        const auto r = prep::devices::gs1Linter(name)(input);
        if (!r.ok() && r.pos + r.len > input.size())
            std::abort(); // the marked span must lie within the data
    }
    if (auto msg = prep::devices::parseGs1(input)) {
        auto again = prep::devices::parseGs1(msg->elementString());
        if (!again || again->hri() != msg->hri())
            std::abort();
        // The HRI reads back the same unless a value itself holds '(' or ends with the escape '\' (HRI is
        // ambiguous there by nature).
        bool parenthesis = false;
        for (const auto& e : msg->elements)
            parenthesis = parenthesis || e.value.find('(') != std::string::npos || e.value.back() == '\\';
        if (!parenthesis) {
            auto fromHri = prep::devices::parseGs1(msg->hri());
            if (!fromHri || fromHri->elementString() != msg->elementString())
                std::abort();
        }
    }
    return 0;
}

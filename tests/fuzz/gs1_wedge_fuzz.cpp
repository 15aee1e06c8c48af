// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the keyboard-wedge search (gs1Readings: a scanner typing a GS1 code without its group
// separators, read back into every element string it can stand for). Outside input: the keystrokes of any scanner
// plugged into the station. Properties checked: no crash, no hang beyond the search's budget, and every reading
// offered is an element string the parser accepts. Split from gs1_fuzz because each input may cost the search's
// whole budget; seeds: the inputs of gs1's corpus that reach this code.
#include "devices/gs1/gs1.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The search is bounded in steps, not length; 512 bytes is far above any symbol a wedge scanner types.
    if (size >= 512)
        return 0;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (auto readings = prep::devices::gs1Readings(input))
        for (const auto& r : *readings)
            if (!prep::devices::parseGs1(r.elementString()))
                std::abort();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for a courier's scan of a cooler label (outside input: a camera or a keyboard-wedge scanner):
// the SSCC found in the scan and the shipment number it stands for. Properties checked: no crash; what ssccInScan
// returns is 18 digits; a shipment number read from an SSCC makes that SSCC again (the two functions are inverses)
// and is of the form S-YYYYMMDD-NNNN. The first byte picks the company prefix: this site's, or the scan's own first
// seven bytes (any bytes, so the prefix checks see non-digits and other lengths too).
#include "prep-station/identity/gs1_keys.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const bool ownPrefix = data[0] & 1;
    const std::string_view scan(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string prefix = ownPrefix ? std::string(scan.substr(0, 7)) : std::string("3012345");

    const auto sscc = prep::station::ssccInScan(scan);
    if (sscc && sscc->size() != 18)
        std::abort();
    for (const std::string_view candidate : {sscc ? std::string_view(*sscc) : scan, scan}) {
        const auto number = prep::station::shipmentNumberFromSscc(prefix, candidate);
        if (!number)
            continue;
        if (number->size() != 15 || number->substr(0, 2) != "S-" || (*number)[10] != '-')
            std::abort();
        const auto again = prep::station::shipmentSscc(prefix, *number);
        if (!again || *again != candidate)
            std::abort();
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// GS1-128 symbols (Code 128 with FNC1 first) through zint, which checks the AIs and their check digits: the
// linear code of logistic units, here the cooler's SSCC (00) that a courier's scanner or phone reads.
#pragma once

#include "labels/error.h"

#include <string_view>
#include <vector>

namespace prep::labels {

struct LinearSymbol
{
    std::vector<bool> bars; // one entry per module, true = dark; no quiet zone included
    int columns() const { return int(bars.size()); }
};

// Encodes a GS1 element string (GS-separated, "(00)…" HRI or zint's "[00]…") as GS1-128.
Result<LinearSymbol> encodeGs1_128(std::string_view elementString);

} // namespace prep::labels

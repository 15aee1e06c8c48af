// SPDX-License-Identifier: GPL-3.0-or-later
// GS1 DataMatrix symbols through zint, which checks the AIs (formats, dates, check digits) before encoding.
#pragma once

#include "labels/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::labels {

struct DataMatrixSymbol
{
    int rows = 0;
    int columns = 0;
    std::vector<bool> modules; // row-major, true = dark; no quiet zone included
    bool dark(int row, int column) const { return modules[size_t(row) * size_t(columns) + size_t(column)]; }
};

// The element string in zint's bracketed form: "7003" "2611232030" "\x1d" "10" "P-1" -> "[7003]2611232030[10]P-1".
// Bracketed HRI with parentheses is accepted as input too. Refuses an unknown AI prefix or a missing separator.
Result<std::string> gs1Bracketed(std::string_view elementString);

// The element string as transmitted by a scanner: AIs and values, GS only after fields that are not of
// predefined length and are not last. Accepts the same inputs as gs1Bracketed.
Result<std::string> gs1ElementString(std::string_view elementString);

// Encodes a GS1 element string (GS-separated or HRI) as an ECC 200 GS1 DataMatrix (FNC1 first).
Result<DataMatrixSymbol> encodeGs1DataMatrix(std::string_view elementString);

} // namespace prep::labels

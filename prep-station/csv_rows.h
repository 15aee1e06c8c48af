// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader of the clinical data files (densities, tolerances, catalogue, recalls): '#' comment lines, a
// header row, double-quoted fields ("" for a quote), CRLF or LF.
#pragma once

#include "prep-station/error.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct CsvRow
{
    int line = 0; // 1-based line in the file, for error messages
    std::map<std::string, std::string> fields;
    const std::string& at(const std::string& column) const;
};

// Parses `content`; every row must have the header's column count and the header must hold `required` columns.
Result<std::vector<CsvRow>> parseCsvRows(std::string_view content, const std::string& fileName,
                                         const std::vector<std::string>& required);

// The field without the blanks around it: spaces, tabs, and the CR of a CRLF line end.
std::string_view trimBlanks(std::string_view s);

// A finite number, or an error naming the file, line and column.
Result<double> numberField(const CsvRow& row, const std::string& column, const std::string& fileName);

} // namespace prep::station

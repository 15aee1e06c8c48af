// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader of the identity data files: '#' comment lines, a header row, double-quoted fields.
#pragma once

#include "prep-station/error.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station::identity_detail {

struct CsvRecord
{
    int line = 0;
    std::map<std::string, std::string> fields;
};

Result<std::vector<CsvRecord>> readCsv(std::string_view content, const std::string& origin,
                                       const std::vector<std::string>& required);

} // namespace prep::station::identity_detail

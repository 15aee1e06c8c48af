// SPDX-License-Identifier: GPL-3.0-or-later
// Clinical data files (stability table, densities, tolerances, catalogue, protocols, site policy).
// The versioned copies in prep-station/data/ are embedded; a site may point PREP_DATA_DIR at its own reviewed
// copies, which then take precedence file by file.
#pragma once

#include "prep-station/error.h"

#include <string>
#include <string_view>

namespace prep::station {

std::string_view embeddedFile(std::string_view name);

// The content of data file `name` (e.g. "stability.csv") and where it came from ("embedded:stability.csv" or
// the path of the override file).
struct DataFile
{
    std::string name;
    std::string origin;
    std::string content;
};
Result<DataFile> loadDataFile(std::string_view name);

} // namespace prep::station

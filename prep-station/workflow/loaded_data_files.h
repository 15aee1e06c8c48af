// SPDX-License-Identifier: GPL-3.0-or-later
// Which clinical data files this station decides with, as loaded when it opened: name, declared version, SHA-256 of
// the bytes parsed, origin (embedded in the program or the site's reviewed copy in PREP_DATA_DIR) and the sources
// the file cites. The admin's data files screen shows this list.
#pragma once

#include "prep-station/workflow/station_context.h"

#include <string>
#include <vector>

namespace prep::station {

struct LoadedDataFile
{
    enum class Origin { Embedded, SiteCopy };
    std::string name;
    std::string version; // the version the file declares ("2026-11-22.1"); empty when it declares none
    std::string sha256;  // of the bytes parsed at open
    Origin origin = Origin::Embedded;
    std::string originPath;           // "embedded:stability.csv" or the site copy's path
    std::vector<std::string> sources; // the sources the file cites (its "source" column or "sources" entries)
    // The file as found now differs from the one loaded (a site copy edited after the station opened): the station
    // still decides with the loaded one until it restarts.
    bool changedSinceLoaded = false;
};

Result<std::vector<LoadedDataFile>> loadedDataFiles(const StationContext& ctx);

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The clinical data files a station decides with, loaded once when it opens (never re-read inside a decision),
// each with its version: the SHA-256 of the very bytes parsed and where they came from (embedded, or the site's
// reviewed copy in PREP_DATA_DIR). Each preparation records the versions that decided it.
#pragma once

#include "prep-station/dosing/protocol.h"
#include "prep-station/error.h"
#include "prep-station/gravimetry/density_table.h"
#include "prep-station/gravimetry/tolerance_policy.h"
#include "prep-station/gravimetry/vial_crosscheck.h"
#include "prep-station/identity/product_catalogue.h"
#include "prep-station/identity/recall_list.h"
#include "prep-station/stability/site_policy.h"
#include "prep-station/stability/stability_table.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct DataFileVersion
{
    std::string name;   // "stability.csv"
    std::string origin; // "embedded:stability.csv" or the override's path
    std::string sha256; // of the content parsed
};

struct ClinicalData
{
    ProductCatalogue catalogue;
    RecallList recalls;
    DensityTable densities;
    TolerancePolicy tolerances;
    ProtocolTable protocols;
    StabilityTable stability;
    SitePolicy sitePolicy;
    CrossCheckPolicy crossCheck;
    std::vector<DataFileVersion> versions;

    static Result<ClinicalData> load();
    const DataFileVersion* version(const std::string& name) const;
};

} // namespace prep::station

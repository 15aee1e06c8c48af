// SPDX-License-Identifier: GPL-3.0-or-later
// Densities of the prepared solutions and diluents (densities.csv), each with its source and status, so a dose
// computed from a mass always says which density it used and whether that value was measured or estimated.
#pragma once

#include "prep-station/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct Density
{
    std::string drug;
    double concentrationMgPerMl = 0.0; // 0 for a diluent
    double gramsPerMl = 0.0;
    std::string status; // measured | published | estimated
    std::string source;
    double temperatureC = 0.0;
};

class DensityTable
{
public:
    // densities.csv through loadDataFile (embedded, or the site's reviewed copy under PREP_DATA_DIR).
    static Result<DensityTable> load();
    static Result<DensityTable> parse(std::string_view csv, const std::string& origin);

    // The density of `drug` (case-insensitive) at `concentrationMgPerMl`; NotFound names what the table has.
    Result<Density> find(const std::string& drug, double concentrationMgPerMl) const;
    const std::vector<Density>& entries() const { return m_entries; }
    const std::string& origin() const { return m_origin; }

private:
    std::vector<Density> m_entries;
    std::string m_origin;
};

} // namespace prep::station

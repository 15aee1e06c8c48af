// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/density_table.h"

#include "prep-station/csv_rows.h"
#include "prep-station/data_files.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

namespace prep::station {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

Result<DensityTable> DensityTable::load()
{
    auto file = loadDataFile("densities.csv");
    if (!file)
        return file.error();
    return parse(file->content, file->origin);
}

Result<DensityTable> DensityTable::parse(std::string_view csv, const std::string& origin)
{
    auto rows = parseCsvRows(csv, origin, {"drug", "concentration_mg_per_ml", "grams_per_ml", "status", "source"});
    if (!rows)
        return rows.error();
    DensityTable table;
    table.m_origin = origin;
    for (const CsvRow& row : *rows) {
        const std::string where = origin + " line " + std::to_string(row.line);
        Density d;
        d.drug = row.at("drug");
        if (d.drug.empty())
            return makeError(Error::Kind::Data, where + ": empty drug");
        auto conc = numberField(row, "concentration_mg_per_ml", origin);
        auto rho = numberField(row, "grams_per_ml", origin);
        if (!conc)
            return conc.error();
        if (!rho)
            return rho.error();
        // Liquids the station weighs lie well within 0.5-2 g/mL; anything else is a typo (0.1016, 10.16).
        if (*rho < 0.5 || *rho > 2.0)
            return makeError(Error::Kind::Data, where + ": density " + row.at("grams_per_ml") +
                                                    " g/mL is outside the plausible 0.5-2 g/mL");
        if (*conc < 0)
            return makeError(Error::Kind::Data, where + ": negative concentration");
        d.concentrationMgPerMl = *conc;
        d.gramsPerMl = *rho;
        d.status = row.at("status");
        if (d.status != "measured" && d.status != "published" && d.status != "estimated")
            return makeError(Error::Kind::Data,
                             where + ": status \"" + d.status + "\" is not measured, published or estimated");
        d.source = row.at("source");
        if (d.source.empty())
            return makeError(Error::Kind::Data, where + ": every density needs its source");
        if (!row.at("temperature_c").empty()) {
            auto t = numberField(row, "temperature_c", origin);
            if (!t)
                return t.error();
            d.temperatureC = *t;
        }
        if (table.find(d.drug, d.concentrationMgPerMl))
            return makeError(Error::Kind::Data, where + ": a second density for " + d.drug + " at " +
                                                    row.at("concentration_mg_per_ml") + " mg/mL");
        table.m_entries.push_back(std::move(d));
    }
    return table;
}

Result<Density> DensityTable::find(const std::string& drug, double concentrationMgPerMl) const
{
    const std::string key = lower(drug);
    std::ostringstream known;
    for (const Density& d : m_entries) {
        if (lower(d.drug) != key)
            continue;
        // Concentrations are configuration values (25, 2.5): equal up to representation error only.
        if (std::fabs(d.concentrationMgPerMl - concentrationMgPerMl) <= 1e-9 * std::max(1.0, concentrationMgPerMl))
            return d;
        known << (known.tellp() > 0 ? ", " : "") << d.concentrationMgPerMl << " mg/mL";
    }
    std::ostringstream msg;
    msg << "no density for " << drug << " at " << concentrationMgPerMl << " mg/mL in " << m_origin;
    if (known.tellp() > 0)
        msg << " (it has " << known.str() << ")";
    return makeError(Error::Kind::NotFound, msg.str());
}

} // namespace prep::station

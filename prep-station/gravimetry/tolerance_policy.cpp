// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/tolerance_policy.h"

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

Result<TolerancePolicy> TolerancePolicy::load()
{
    auto file = loadDataFile("tolerances.csv");
    if (!file)
        return file.error();
    return parse(file->content, file->origin);
}

Result<TolerancePolicy> TolerancePolicy::parse(std::string_view csv, const std::string& origin)
{
    auto rows = parseCsvRows(
        csv, origin,
        {"drug", "volume_above_ml", "volume_up_to_ml", "tolerance_percent", "pharmacist_percent", "source"});
    if (!rows)
        return rows.error();
    TolerancePolicy policy;
    policy.m_origin = origin;
    for (const CsvRow& row : *rows) {
        const std::string where = origin + " line " + std::to_string(row.line);
        ToleranceBand b;
        b.drug = row.at("drug");
        b.source = row.at("source");
        if (b.drug.empty() || b.source.empty())
            return makeError(Error::Kind::Data, where + ": drug and source are required");
        auto above = numberField(row, "volume_above_ml", origin);
        auto tol = numberField(row, "tolerance_percent", origin);
        auto pharm = numberField(row, "pharmacist_percent", origin);
        for (const auto* r : {&above, &tol, &pharm})
            if (!*r)
                return r->error();
        b.volumeAboveMl = *above;
        if (!row.at("volume_up_to_ml").empty()) {
            auto upTo = numberField(row, "volume_up_to_ml", origin);
            if (!upTo)
                return upTo.error();
            b.volumeUpToMl = *upTo;
        }
        if (b.volumeAboveMl < 0 || !(b.volumeUpToMl > b.volumeAboveMl))
            return makeError(Error::Kind::Data, where + ": the volume band is empty or negative");
        if (!(*tol > 0 && *tol <= 50) || !(*pharm >= *tol && *pharm <= 100))
            return makeError(Error::Kind::Data, where + ": need 0 < tolerance_percent <= 50 and tolerance_percent <= "
                                                        "pharmacist_percent <= 100");
        b.tolerancePercent = *tol;
        b.pharmacistPercent = *pharm;
        for (const ToleranceBand& other : policy.m_bands)
            if (lower(other.drug) == lower(b.drug) && b.volumeAboveMl < other.volumeUpToMl &&
                other.volumeAboveMl < b.volumeUpToMl)
                return makeError(Error::Kind::Data, where + ": band overlaps another band for " + b.drug);
        policy.m_bands.push_back(std::move(b));
    }
    return policy;
}

Result<ToleranceBand> TolerancePolicy::band(const std::string& drug, double volumeMl) const
{
    if (!(volumeMl > 0) || !std::isfinite(volumeMl))
        return makeError(Error::Kind::Invalid, "target volume must be a positive number of mL");
    const std::string key = lower(drug);
    // A drug's own rows take precedence over the "*" rows, band by band.
    bool drugHasRows = false;
    for (const ToleranceBand& b : m_bands)
        drugHasRows = drugHasRows || lower(b.drug) == key;
    const std::string wanted = drugHasRows ? key : "*";
    for (const ToleranceBand& b : m_bands)
        if (lower(b.drug) == wanted && volumeMl > b.volumeAboveMl && volumeMl <= b.volumeUpToMl)
            return b;
    std::ostringstream msg;
    msg << "no tolerance band for " << drug << " at " << volumeMl << " mL in " << m_origin;
    return makeError(Error::Kind::NotFound, msg.str());
}

Result<double> TolerancePolicy::tolerancePercent(const std::string& drug, double volumeMl) const
{
    auto b = band(drug, volumeMl);
    if (!b)
        return b.error();
    return b->tolerancePercent;
}

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The gravimetric tolerance policy (tolerances.csv): a function of drug x target volume band, versioned data with
// sources (reference.md 3.2), never a hard-coded rule.
#pragma once

#include "prep-station/error.h"

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct ToleranceBand
{
    std::string drug; // "*" = every drug without rows of its own
    double volumeAboveMl = 0.0;
    double volumeUpToMl = std::numeric_limits<double>::infinity();
    double tolerancePercent = 0.0;  // within: accept
    double pharmacistPercent = 0.0; // within (above tolerance): awaiting a pharmacist; beyond: reject and redo
    std::string source;
};

class TolerancePolicy
{
public:
    static Result<TolerancePolicy> load();
    static Result<TolerancePolicy> parse(std::string_view csv, const std::string& origin);

    // The band that applies to `drug` for a target volume of `volumeMl`.
    Result<ToleranceBand> band(const std::string& drug, double volumeMl) const;
    Result<double> tolerancePercent(const std::string& drug, double volumeMl) const;
    const std::string& origin() const { return m_origin; }

private:
    std::vector<ToleranceBand> m_bands;
    std::string m_origin;
};

} // namespace prep::station

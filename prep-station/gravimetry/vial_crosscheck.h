// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-check that defeats a gamed syringe (vial-crosscheck.csv): the vial is weighed just before and just
// after the withdrawal, and the mass it lost must match the mass the syringe gained (filled - tare). A syringe filled
// from the diluent bag weighs right but the vial lost nothing; the dose check alone cannot see it.
#pragma once

#include "prep-station/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct CrossCheckAllowance
{
    std::string drug;         // "*" = every drug without a row of its own
    double deadVolumeMl = 0;  // liquid the vial loses that never reaches the syringe (withdrawal needle)
    double readabilities = 0; // scale allowance per difference of two weighings, in readability steps d
    std::string source;
};

class CrossCheckPolicy
{
public:
    static Result<CrossCheckPolicy> parse(std::string_view csv, const std::string& origin);
    Result<CrossCheckAllowance> allowance(const std::string& drug) const;
    const std::string& origin() const { return m_origin; }

private:
    std::vector<CrossCheckAllowance> m_rows;
    std::string m_origin;
};

struct VialCrossCheck
{
    double vialBeforeGrams = 0, vialAfterGrams = 0, tareGrams = 0, filledGrams = 0;
    double vialLostGrams = 0;       // before - after
    double syringeGainedGrams = 0;  // filled - tare
    double differenceGrams = 0;     // lost - gained: positive = the vial lost more than the syringe holds
    double scaleAllowanceGrams = 0; // readabilities x (d_vial + d_syringe), either way
    double deadVolumeGrams = 0;     // dead volume x density, only for a vial that lost more
    bool passed = false;
    std::string explanation; // one sentence a technician and a pharmacist can read: `said` in English
    Message said;
};

// Pure: the four weighings (grams), the readabilities of the two instruments, the solution's density.
Result<VialCrossCheck> checkVialCrossCheck(const CrossCheckAllowance& allowance, double densityGPerMl,
                                           double vialBeforeGrams, double vialAfterGrams, double vialReadabilityG,
                                           double tareGrams, double filledGrams, double syringeReadabilityG);

} // namespace prep::station

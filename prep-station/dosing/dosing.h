// SPDX-License-Identifier: GPL-3.0-or-later
// The preparation sheet's numbers: BSA -> dose (rounded per protocol) -> volume -> syringes -> vials.
#pragma once

#include "prep-station/dosing/protocol.h"
#include "prep-station/error.h"
#include "prep-station/time/clock.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct DoseRequest
{
    std::string drug;
    double heightCm = 0;
    double weightKg = 0;
    std::optional<double> mgPerM2{};         // ordered level; the protocol's full dose when absent
    std::optional<std::string> protocolId{}; // the site's default protocol for the drug when absent
    // For protocols with a minimum interval (bortezomib >= 72 h): when both are given the spacing is checked.
    // (Default-initialised so that DoseRequest{drug, h, w, level, protocol} stays warning-free.)
    std::optional<UtcTime> previousDoseAt{};
    std::optional<UtcTime> plannedAt{};
};

struct SyringePlan
{
    int index; // 1-based: the label says "1/2", "2/2"
    int count;
    double volumeMl;
    double doseMg;
};

struct DosePlan
{
    std::string protocolId, drug, bsaFormula;
    double bsaM2, mgPerM2, calculatedDoseMg, doseMg, roundingDeviationPercent, concentrationMgPerMl, volumeMl;
    std::vector<SyringePlan> syringes;
    int vials;
    double leftoverMg;
    // Kept for the record (audit trail): what the computation used.
    double heightCm = 0, weightKg = 0;
    double uncappedBsaM2 = 0; // equals bsaM2 unless the protocol's BSA cap applied
    bool bsaCapped = false;
    bool fixedDose = false; // the protocol's fixed dose: no BSA, mg/m2 or rounding in it
    std::string route;
    std::string protocolVersion;
};

double bsaMosteller(double heightCm, double weightKg);
double bsaDuBois(double heightCm, double weightKg);

// Plans against the station's protocols.json.
Result<DosePlan> planDose(const DoseRequest& request);
// Plans against a given protocol table (tests, or a site's reviewed copy).
Result<DosePlan> planDose(const DoseRequest& request, const ProtocolTable& protocols);

// Refuses a dose planned sooner after the previous one than the protocol allows.
Result<Ok> checkDoseSpacing(const DoseProtocol& protocol, UtcTime previousDoseAt, UtcTime plannedAt);

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// Dose protocols as data (prep-station/data/protocols.json): the regimen, how BSA is computed, how the dose is
// rounded and when rounding blocks, the product's concentration and vial, and the syringe split rule. Clinicians
// change the file, not the code; every figure in it carries its source.
#pragma once

#include "prep-station/error.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

enum class BsaFormula { Mosteller, DuBois };
std::string bsaFormulaName(BsaFormula formula); // "Mosteller", "DuBois"

struct DoseProtocol
{
    std::string id;     // "AZA-SC-75"
    std::string drug;   // "azacitidine" (lower case INN)
    std::string route;  // "SC"
    double mgPerM2 = 0; // the full dose level (0 for a fixed-dose protocol)
    // A dose that does not depend on the patient's size (trastuzumab SC 600 mg): no BSA, no rounding; height
    // and weight are recorded when given but the dose does not use them.
    std::optional<double> fixedDoseMg;
    std::vector<double> doseLevelsMgPerM2; // allowed levels (bortezomib 1.3 -> 1.0 -> 0.7); empty = any up to full
    BsaFormula bsaFormula = BsaFormula::Mosteller;
    std::optional<double> bsaCapM2;   // BSA used is never above this, when set
    double roundingIncrementMg = 0;   // 0 = no rounding
    double roundingBlockPercent = 10; // |rounded - calculated| above this percentage blocks the plan
    double concentrationMgPerMl = 0;
    double vialMg = 0;
    double vialDiluentMl = 0; // 0 (or null in the file) = ready to use: no reconstitution step
    std::string diluent;
    double splitAboveMl = 0; // 0 = never split
    int splitSyringes = 1;
    std::vector<int> scheduleDays;
    int cycleDays = 0;
    std::optional<double> minIntervalHours; // bortezomib: at least 72 h between doses
    std::string labelHandling;              // the label's handling line (French), from the product's SmPC
    std::string source;

    bool isFixedDose() const { return fixedDoseMg.has_value(); }
    bool needsReconstitution() const { return vialDiluentMl > 0; }
};

struct Plausibility
{
    double minHeightCm = 0, maxHeightCm = 0, minWeightKg = 0, maxWeightKg = 0;
};

struct ProtocolTable
{
    std::string version;
    std::string origin; // where the file came from ("embedded:protocols.json" or a site override path)
    Plausibility plausibility;
    std::map<std::string, std::string> defaultProtocolByDrug;
    std::vector<DoseProtocol> protocols;

    const DoseProtocol* find(std::string_view id) const;
};

// Parses and checks a protocols file; errors name the protocol and field.
Result<ProtocolTable> parseProtocols(std::string_view json, std::string origin = "protocols.json");
// The station's protocols (loadDataFile("protocols.json")).
Result<ProtocolTable> loadProtocols();

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
// The stability table (prep-station/data/stability.csv): one row per product x concentration x diluent and its
// temperature x container x storage range x light, each with its duration, basis, verification and source.
#pragma once

#include "prep-station/error.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct StabilityRow
{
    std::string id;        // "AZA-SPC-3", kept from reference.md 1.7
    std::string drug;      // "azacitidine"
    std::string product;   // as the source names it: "Vidaza EU SmPC"
    std::string productId; // the physical product the study used: "vidaza"
    double concentrationMgPerMl = 0;
    std::string diluent;                 // as written: "WFI"
    std::string diluentId;               // "water", "nacl-0.9", "lactated-ringer", "none"
    std::string diluentTemp;             // as written: "2-8C", "not refrigerated", ...
    std::string diluentTempClass;        // "cold", "room" or "any" (the source sets no condition)
    std::string container;               // as written
    std::vector<std::string> containers; // "syringe" (any material), "pp-syringe", "vial"
    double minC = 0, maxC = 0;
    std::string light; // "protect", "ambient", "ns"
    double durationHours = 0;
    std::string phase; // "storage", or "after:<band>" for a short final phase following that band
    std::string basis;
    std::string verification; // V, S, U
    std::string source;       // "S1", "S2;S4"
    int line = 0;             // line in the file, for error messages
};

struct StabilityTable
{
    std::string version; // from the "# PrepStation stability table, version X" header
    std::string origin;
    std::vector<StabilityRow> rows;
    std::map<std::string, std::string> sources; // "S1" -> citation with URL

    const StabilityRow* find(std::string_view id) const;
    // "S1: Vidaza EU SmPC ...; S4: ..." for a row's source column.
    std::string citation(const std::string& sourceCodes) const;
};

// Errors name the line and the column.
Result<StabilityTable> parseStabilityTable(std::string_view csv, std::string origin = "stability.csv");
Result<StabilityTable> loadStabilityTable();

} // namespace prep::station

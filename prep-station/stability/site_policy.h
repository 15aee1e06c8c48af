// SPDX-License-Identifier: GPL-3.0-or-later
// The site's pharmaceutical choices (prep-station/data/site-policy.json): which products it uses and which
// stability rows it accepts for each, the microbiological cap, local caps, storage bands, validated storage
// sequences and the cold-chain rules. The stability table says what is known; this file says what the
// pharmacist has decided to rely on.
#pragma once

#include "prep-station/error.h"
#include "prep-station/stability/stability_table.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::station {

struct StorageBand
{
    std::string name;                      // "2-8C", "25C", "frozen"
    double coverMinC = 0, coverMaxC = 0;   // a row covers the band if its range includes this one...
    std::vector<double> studiesAtC;        // ...or if it was studied at exactly one of these temperatures
    double acceptMinC = 0, acceptMaxC = 0; // logger readings allowed while stored in this band
    std::string label;                     // French storage mention for the label
    std::string source;
};

struct SiteProduct
{
    std::string id; // "vidaza"
    std::string drug;
    std::string name;
    double concentrationMgPerMl = 0;
    std::string diluentId;
    std::string defaultDiluentTemp; // "2-8C" or "room"
    std::string container;          // "pp-syringe"
    std::vector<std::string> rules; // stability row ids the site accepts for this product
};

struct SequencePhase
{
    std::string band;
    std::string ruleId;          // the row that covers this phase, or
    std::optional<double> hours; // a site-validated duration
};

struct StorageSequence
{
    std::string id;
    std::string productId;
    std::vector<std::string> bands;
    bool validated = false;
    std::vector<SequencePhase> phases;
    std::string why;
};

struct StorageCap
{
    std::string id;
    double hours = 0;
    std::string drug;      // empty = every drug
    std::string productId; // empty = every product
    std::string band;      // empty = whatever the storage
    std::string source;
};

struct ColdChainRules
{
    double maxGapMinutes = 30;
    double cctMktMaxC = 8;
    double mktWindowHours = 24;
    double frozenBelowC = 0;
};

// The limits of the dose check at pharmaceutical validation (site-policy.json protocol_checks.dose_vs_bsa): how far
// the ordered dose may stand from the dose recomputed from height and weight (prep-station/dosing/protocol_checks.h).
struct DoseDeviationLimits
{
    double warnAbovePercent = 0; // above: a warning the validating pharmacist overrides with a reason
    double stopAbovePercent = 0; // above: a hard stop
    std::string source;
};

// How long each step of a shipment may take before the PUI's dispatch watch raises an alarm (site-policy.json
// dispatch_watch; site choices: the pharmacy's own delivery rounds), and how far back the watch looks.
struct DispatchWatchPolicy
{
    double pickupWithinMinutes = 60;      // packed -> picked up by the courier
    double deliveryWithinMinutes = 240;   // picked up -> delivered at the home
    double loggerDataWithinMinutes = 120; // delivered (or returned) -> the logger's file imported
    double returnWithinMinutes = 240;     // a delivery problem declared -> the shipment received back at the PUI
    double watchDays = 30;                // shipments packed longer ago are out of the watch (the trace keeps them)
    std::string source;
};

struct SitePolicy
{
    std::string version;
    std::string origin;
    std::string site;
    bool asepticProcessValidated = false;
    StorageCap microbiologicalCap;
    std::vector<StorageCap> localCaps;
    std::map<std::string, StorageBand> bands;
    std::map<std::string, SiteProduct> products;
    std::map<std::string, std::string> defaultProductByDrug;
    std::vector<StorageSequence> sequences;
    ColdChainRules coldChain;
    std::optional<DoseDeviationLimits> doseDeviation; // none: the check asks the pharmacist to compare by hand
    DispatchWatchPolicy dispatchWatch;
};

// Parses the policy and checks it against the table: every accepted rule exists and is for the product's drug.
Result<SitePolicy> parseSitePolicy(std::string_view json, const StabilityTable& table,
                                   std::string origin = "site-policy.json");
Result<SitePolicy> loadSitePolicy(const StabilityTable& table);

} // namespace prep::station

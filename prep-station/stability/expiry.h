// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry (DLU) of a preparation: the earliest applicable limit, counted from the start of reconstitution,
// among the stability rows the site accepts for the exact product and conditions, the validated storage
// sequence if the storage has several phases, the microbiological cap and the site's local caps
// (reference.md 1.8). The decision names the rule and the source that decided it. When nothing covers the
// conditions, the answer is a refusal: never another product's data.
#pragma once

#include "prep-station/error.h"
#include "prep-station/stability/site_policy.h"
#include "prep-station/stability/stability_table.h"
#include "prep-station/time/clock.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct ExpiryRequest
{
    std::string drug;
    std::optional<std::string> productId{}; // the site's default product for the drug when absent
    UtcTime preparedAt{};                   // start of reconstitution (or first opening of an RTU vial)
    std::vector<std::string> storage{};     // "2-8C", "25C", "frozen"; a sequence e.g. {"frozen","2-8C"}
    std::string diluentTemp = "2-8C";       // or "room"; empty = the product's usual practice per site policy
    std::string container{};                // empty = the product's container per site policy ("pp-syringe")
    bool lightProtected = true;             // rows studied protected from light apply only when it can be
};

// One storage phase and how long it may last (used to re-evaluate with the logger history).
struct PhaseLimit
{
    std::string band;
    std::chrono::minutes maxDuration;
    std::string ruleId;
};

// A limit that was considered, whether or not it decided.
struct ConsideredLimit
{
    std::string id;
    double hours;
    std::string kind; // "stability", "sequence", "microbiological cap", "local cap"
    std::string source;
};

struct ExpiryDecision
{
    UtcTime expiry;           // administration must begin before this instant
    std::string ruleId;       // the limit that decided: a stability row id, a sequence id or a cap id
    std::string source;       // citation of that limit
    std::string basis;        // "SmPC in-use", ...
    std::string product;      // the product's name
    bool protectFromLight;    // the stability data relied on assumed protection from light
    std::string storageLabel; // "À conserver entre +2 °C et +8 °C"
    std::string explanation;  // every limit considered and why the decision is what it is
    std::string productId;
    std::string drug;
    UtcTime preparedAt;
    std::vector<std::string> storage;
    std::string verification; // V/S/U of the deciding row ("" for caps)
    std::vector<PhaseLimit> phases;
    std::vector<ConsideredLimit> considered;
    // Time above the refrigerator range that the accepted data tolerate (0 when none does): what a logged
    // excursion consumes (reference.md 6.2, DESIGN NOTE rule 1).
    std::chrono::minutes roomTemperatureBudget{0};
    std::string roomTemperatureRuleId;
    std::string stabilityVersion, policyVersion;
};

// Against the station's stability.csv and site-policy.json.
Result<ExpiryDecision> computeExpiry(const ExpiryRequest& request);
Result<ExpiryDecision> computeExpiry(const ExpiryRequest& request, const StabilityTable& table,
                                     const SitePolicy& policy);

// "frozen,2-8C" -> {"frozen","2-8C"}.
std::vector<std::string> splitStorage(const std::string& text);

} // namespace prep::station

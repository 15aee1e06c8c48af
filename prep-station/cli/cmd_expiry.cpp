// SPDX-License-Identifier: GPL-3.0-or-later
// prepctl expiry: the expiry (DLU) from the stability table and the site policy, with the rule and source that
// decided it; with --logger FILE, the dose is re-evaluated against the cooler's temperature history.
#include "prep-station/cli/command.h"
#include "prep-station/coldchain/cold_chain.h"
#include "prep-station/coldchain/summary_judgement.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/time/paris_time.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <ostream>
#include <sstream>

namespace {

using namespace prep::station;
using prep::cli::Args;

int runExpiry(Args& args)
{
    if (auto unknown =
            args.unknownOptions({"drug", "product", "prepared", "storage", "diluent-temp", "container", "logger"});
        !unknown.empty())
        return prep::cli::fail(args, "expiry: unknown option --" + unknown.front());
    ExpiryRequest request;
    const auto drug = args.option("drug");
    if (!drug)
        return prep::cli::fail(args, "expiry: --drug is required");
    request.drug = *drug;
    request.productId = args.option("product");
    const auto prepared = args.option("prepared");
    if (!prepared)
        return prep::cli::fail(args, "expiry: --prepared ISO8601 is required (start of reconstitution)");
    auto at = parseIso8601(*prepared);
    if (!at)
        return prep::cli::fail(args, "expiry: --prepared: " + at.error().message);
    request.preparedAt = *at;
    const auto storage = args.option("storage");
    if (!storage)
        return prep::cli::fail(args, "expiry: --storage is required (2-8C, 25C, frozen, or a sequence frozen,2-8C)");
    request.storage = splitStorage(*storage);
    // Without --diluent-temp the product's usual practice from the site policy applies.
    request.diluentTemp = args.option("diluent-temp").value_or("");
    request.container = args.option("container").value_or("");

    auto decision = computeExpiry(request);
    if (!decision)
        return prep::cli::fail(args, "expiry: " + decision.error().message);
    const ExpiryDecision& d = *decision;

    std::optional<ColdChainVerdict> verdict;
    if (auto path = args.option("logger")) {
        std::ifstream in(*path, std::ios::binary);
        if (!in)
            return prep::cli::fail(args, "expiry: --logger: cannot read " + *path);
        std::ostringstream content;
        content << in.rdbuf();
        auto table = loadStabilityTable();
        if (!table)
            return prep::cli::fail(args, "expiry: " + table.error().message);
        auto policy = loadSitePolicy(*table);
        if (!policy)
            return prep::cli::fail(args, "expiry: " + policy.error().message);
        LoggerCsvOptions options;
        options.maxGap = std::chrono::minutes(std::lround(policy->coldChain.maxGapMinutes));
        auto log = parseLoggerFile(content.str(), options); // any supported format
        if (!log)
            return prep::cli::fail(args, "expiry: " + *path + ": " + log.error().message);
        auto v = evaluateColdChain(*log, d, request.storage, *policy);
        if (!v)
            return prep::cli::fail(args, "expiry: " + v.error().message);
        verdict = *v;
    }

    if (args.json()) {
        nlohmann::json phases = nlohmann::json::array();
        for (const auto& p : d.phases)
            phases.push_back({{"band", p.band}, {"max_minutes", p.maxDuration.count()}, {"rule", p.ruleId}});
        nlohmann::json considered = nlohmann::json::array();
        for (const auto& c : d.considered)
            considered.push_back({{"id", c.id}, {"hours", c.hours}, {"kind", c.kind}, {"source", c.source}});
        nlohmann::json out = {{"expiry", formatParisIso(d.expiry)},
                              {"expiry_utc", formatUtcIso(d.expiry)},
                              {"expiry_display", formatParisDisplay(d.expiry)},
                              {"prepared", formatParisIso(d.preparedAt)},
                              {"rule", d.ruleId},
                              {"source", d.source},
                              {"basis", d.basis},
                              {"verification", d.verification},
                              {"drug", d.drug},
                              {"product", d.productId},
                              {"product_name", d.product},
                              {"storage", d.storage},
                              {"storage_label", d.storageLabel},
                              {"protect_from_light", d.protectFromLight},
                              {"phases", phases},
                              {"considered", considered},
                              {"room_temperature_budget_min", d.roomTemperatureBudget.count()},
                              {"stability_version", d.stabilityVersion},
                              {"policy_version", d.policyVersion},
                              {"explanation", d.explanation}};
        if (verdict) {
            out["cold_chain"] = {{"logger", verdict->loggerId},
                                 {"administrable", verdict->administrable},
                                 {"status", verdict->status},
                                 {"reason", verdict->reason},
                                 {"valid_until", formatParisIso(verdict->validUntil)},
                                 {"mkt_c", std::round(verdict->mktC * 100) / 100},
                                 {"time_above_8c_min", verdict->timeAbove8C.count()},
                                 {"time_below_2c_min", verdict->timeBelow2C.count()},
                                 {"time_in_range_min", verdict->timeInRange.count()},
                                 {"time_frozen_min", verdict->timeFrozen.count()},
                                 {"room_temperature_used_min", verdict->roomTemperatureUsed.count()},
                                 {"room_temperature_budget_min", verdict->roomTemperatureBudget.count()},
                                 {"min_c", verdict->minC},
                                 {"max_c", verdict->maxC}};
            for (const auto& [band, time] : verdict->timeByBand)
                out["cold_chain"]["time_by_band_min"][band] = time.count();
            if (verdict->thawedAt)
                out["cold_chain"]["thawed_at"] = formatParisIso(*verdict->thawedAt);
        }
        args.out << out.dump(2) << '\n';
    } else {
        args.out << "expiry " << formatParisDisplay(d.expiry) << " (Europe/Paris, " << formatParisIso(d.expiry) << ")\n"
                 << "rule " << d.ruleId << " (" << d.basis << ")\n"
                 << "source " << d.source << "\n"
                 << "product " << d.product << "\n"
                 << "storage " << d.storageLabel << (d.protectFromLight ? " ; à l'abri de la lumière" : "") << "\n"
                 << d.explanation << "\n";
        if (verdict)
            args.out << "cold chain (" << verdict->loggerId << "): " << verdict->status << ": " << verdict->reason
                     << "\n";
    }
    if (verdict && !verdict->administrable)
        return prep::cli::fail(args, "expiry: do not administer: " + verdict->reason, 3);
    return 0;
}

} // namespace

PREPCTL_COMMAND("expiry",
                "expiry from stability data: --drug NAME [--product ID] --prepared ISO8601 --storage BAND[,BAND] "
                "[--diluent-temp 2-8C|room] [--logger FILE]",
                runExpiry);

// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/cold_chain.h"

#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace prep::station {

using namespace std::chrono;

namespace {

std::string celsiusText(double c)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f °C", c);
    return buf;
}

std::string minutesText(milliseconds d)
{
    return std::to_string(duration_cast<minutes>(d).count()) + " min";
}

} // namespace

Result<ColdChainVerdict> evaluateColdChain(const TemperatureLog& log, const ExpiryDecision& decision,
                                           const std::vector<std::string>& storage)
{
    auto table = loadStabilityTable();
    if (!table)
        return table.error();
    auto policy = loadSitePolicy(*table);
    if (!policy)
        return policy.error();
    return evaluateColdChain(log, decision, storage, *policy);
}

Result<ColdChainVerdict> evaluateColdChain(const TemperatureLog& log, const ExpiryRequest& request)
{
    auto table = loadStabilityTable();
    if (!table)
        return table.error();
    auto policy = loadSitePolicy(*table);
    if (!policy)
        return policy.error();
    auto decision = computeExpiry(request, *table, *policy);
    if (!decision)
        return decision.error();
    return evaluateColdChain(log, *decision, decision->storage, *policy);
}

Result<ColdChainVerdict> evaluateColdChain(const TemperatureLog& log, const ExpiryDecision& decision,
                                           const std::vector<std::string>& storageAsGiven, const SitePolicy& policy)
{
    std::vector<std::string> storage;
    for (const auto& element : storageAsGiven)
        for (const auto& band : splitStorage(element))
            storage.push_back(band);
    if (storage.empty() || (storage.size() == 1 && storage.front().empty()))
        return makeError(Error::Kind::Invalid, "storage: missing");
    for (const auto& band : storage)
        if (!policy.bands.count(band))
            return makeError(Error::Kind::Invalid, "storage: unknown band \"" + band + "\"");
    const StorageBand* room = policy.bands.count("25C") ? &policy.bands.at("25C") : nullptr;

    // Only the history from reconstitution on matters; the interval that straddles it is clipped.
    std::vector<TemperatureReading> history;
    for (size_t i = 0; i < log.readings.size(); ++i) {
        const bool nextAfter = i + 1 < log.readings.size() && log.readings[i + 1].at > decision.preparedAt;
        if (log.readings[i].at >= decision.preparedAt)
            history.push_back(log.readings[i]);
        else if (nextAfter)
            history.push_back({decision.preparedAt, log.readings[i].celsius});
    }
    if (history.size() < 2)
        return makeError(Error::Kind::Invalid, "logger " + log.loggerId + ": no history after the preparation at " +
                                                   formatParisDisplay(decision.preparedAt));

    ColdChainVerdict v{};
    v.loggerId = log.loggerId;
    v.roomTemperatureBudget = decision.roomTemperatureBudget;
    v.minC = v.maxC = history.front().celsius;
    milliseconds above8{0}, below2{0}, inRange{0}, frozen{0}, budgetUsed{0};
    std::optional<std::pair<UtcTime, std::string>> failure;
    auto fail = [&](UtcTime at, const std::string& why) {
        if (!failure)
            failure.emplace(at, why);
    };
    size_t phase = 0;
    bool thawing = false;
    std::vector<TemperatureReading> refrigerated; // history after any frozen phase, for the controlled-cold MKT
    struct BandEdge
    {
        const char* name;
        double upToC; // readings below this value fall in the band (the last band has no upper edge)
    };
    static const BandEdge kBands[] = {{"below -10 °C", -10},    {"-10 to 0 °C", 0},         {"0 to 2 °C", 2},
                                      {"2 to 8 °C", 8.0000001}, {"8 to 15 °C", 15.0000001}, {"15 to 25 °C", 25.0000001},
                                      {"above 25 °C", 1e9}};
    std::vector<milliseconds> byBand(std::size(kBands), milliseconds(0));

    for (size_t i = 0; i + 1 < history.size(); ++i) {
        const UtcTime start = history[i].at;
        const milliseconds dt = duration_cast<milliseconds>(history[i + 1].at - start);
        const double t = history[i].celsius;
        v.minC = std::min(v.minC, t);
        v.maxC = std::max(v.maxC, t);
        for (size_t b = 0; b < std::size(kBands); ++b)
            if (t < kBands[b].upToC) {
                byBand[b] += dt;
                break;
            }
        if (t > 8)
            above8 += dt;
        if (t < 2)
            below2 += dt;

        if (storage[phase] == "frozen") {
            const StorageBand& band = policy.bands.at("frozen");
            if (t <= band.acceptMaxC) {
                frozen += dt;
                if (t < band.acceptMinC)
                    fail(start, celsiusText(t) + " on " + formatParisDisplay(start) +
                                    ", colder than the freezer range " + celsiusText(band.acceptMinC) +
                                    ": quarantine pending the pharmacist's decision");
                else
                    inRange += dt;
                continue;
            }
            if (phase + 1 >= storage.size()) {
                fail(start, "found thawed (" + celsiusText(t) + ") on " + formatParisDisplay(start) +
                                " while planned frozen: out of the validated sequence");
                continue;
            }
            ++phase;
            thawing = true;
            v.thawedAt = start;
            if (!decision.phases.empty() && start - decision.preparedAt > decision.phases.front().maxDuration)
                fail(start, "kept frozen " + minutesText(duration_cast<milliseconds>(start - decision.preparedAt)) +
                                ", longer than the " + std::to_string(decision.phases.front().maxDuration.count()) +
                                " min of " + decision.phases.front().ruleId);
        }

        const StorageBand& band = policy.bands.at(storage[phase]);
        if (t < policy.coldChain.frozenBelowC && !thawing) {
            fail(start, "found frozen (" + celsiusText(t) + ") on " + formatParisDisplay(start) + " while planned at " +
                            storage[phase] + ": out of the validated sequence");
            continue;
        }
        if (thawing) {
            // Still warming up from the freezer: neither an excursion nor time in range yet.
            if (t < band.acceptMinC)
                continue;
            thawing = false;
        }
        refrigerated.push_back(history[i]);
        if (t < band.acceptMinC) {
            fail(start, celsiusText(t) + " on " + formatParisDisplay(start) + ", below the " + storage[phase] +
                            " range: quarantine pending the pharmacist's decision");
        } else if (t > band.acceptMaxC) {
            if (room && band.acceptMaxC < room->acceptMaxC && t <= room->acceptMaxC) {
                // Time above the refrigerator range consumes the room-temperature budget.
                const milliseconds budget = duration_cast<milliseconds>(decision.roomTemperatureBudget);
                if (budgetUsed <= budget && budgetUsed + dt > budget)
                    fail(start + (budget - budgetUsed),
                         "above " + celsiusText(band.acceptMaxC) + " for more than the room-temperature budget of " +
                             std::to_string(decision.roomTemperatureBudget.count()) + " min" +
                             (decision.roomTemperatureRuleId.empty()
                                  ? std::string(" (no accepted data at room temperature)")
                                  : " (" + decision.roomTemperatureRuleId + ")"));
                budgetUsed += dt;
            } else {
                fail(start, celsiusText(t) + " on " + formatParisDisplay(start) + ", above the validated range of " +
                                storage[phase] + ": quarantine pending the pharmacist's decision");
            }
        } else {
            inRange += dt;
        }
    }
    refrigerated.push_back(history.back());

    for (size_t b = 0; b < std::size(kBands); ++b)
        v.timeByBand.emplace_back(kBands[b].name, duration_cast<minutes>(byBand[b]));
    v.timeAbove8C = duration_cast<minutes>(above8);
    v.timeBelow2C = duration_cast<minutes>(below2);
    v.timeInRange = duration_cast<minutes>(inRange);
    v.timeFrozen = duration_cast<minutes>(frozen);
    v.maxC = std::max(v.maxC, history.back().celsius);
    v.minC = std::min(v.minC, history.back().celsius);
    v.mktC = meanKineticTemperatureC(history);

    // Controlled cold temperature: the MKT of every window of the configured length (24 h, USP Stimuli
    // article [S89][S90]) over the refrigerated part must stay within the limit (USP <659>). A shorter history
    // has its MKT reported but not judged on it: over a few hours MKT only restates the excursion, which the
    // budget and range rules above already judge.
    const bool refrigeratedPlan = std::find(storage.begin(), storage.end(), "2-8C") != storage.end();
    const auto window =
        duration_cast<milliseconds>(duration<double, std::ratio<3600>>(policy.coldChain.mktWindowHours));
    if (refrigeratedPlan && refrigerated.size() >= 2) {
        // Prefix sums of dt * exp(-dH/RT) so each window costs O(1).
        std::vector<double> weighted(refrigerated.size(), 0.0);
        for (size_t i = 0; i + 1 < refrigerated.size(); ++i) {
            const double dt = duration<double>(refrigerated[i + 1].at - refrigerated[i].at).count();
            weighted[i + 1] =
                weighted[i] + dt * std::exp(-kDefaultDeltaHOverRKelvin / (refrigerated[i].celsius + 273.15));
        }
        size_t j = 0;
        for (size_t i = 0; i < refrigerated.size() && !failure; ++i) {
            while (j < refrigerated.size() && refrigerated[j].at - refrigerated[i].at < window)
                ++j;
            if (j >= refrigerated.size())
                break;
            const double seconds = duration<double>(refrigerated[j].at - refrigerated[i].at).count();
            const double mkt = kDefaultDeltaHOverRKelvin / -std::log((weighted[j] - weighted[i]) / seconds) - 273.15;
            if (mkt > policy.coldChain.cctMktMaxC + 1e-9) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%.2f °C", mkt);
                fail(refrigerated[j].at, "mean kinetic temperature " + std::string(buf) + " over the " +
                                             std::to_string(duration_cast<hours>(window).count()) + " h to " +
                                             formatParisDisplay(refrigerated[j].at) + ", above " +
                                             celsiusText(policy.coldChain.cctMktMaxC) +
                                             " (controlled cold temperature)");
            }
        }
    }
    v.roomTemperatureUsed = duration_cast<minutes>(budgetUsed);

    v.validUntil = decision.expiry;
    if (v.thawedAt && decision.phases.size() > 1)
        v.validUntil = std::min(v.validUntil, UtcTime(floor<minutes>(*v.thawedAt + decision.phases[1].maxDuration)));
    if (failure) {
        v.administrable = false;
        v.status = "do not administer";
        v.reason = failure->second;
        v.validUntil = failure->first;
        return v;
    }
    v.administrable = true;
    v.status = "valid";
    char mkt[32];
    std::snprintf(mkt, sizeof mkt, "%.2f", v.mktC);
    const auto left = std::max(minutes(0), decision.roomTemperatureBudget - v.roomTemperatureUsed);
    v.reason = "valid until " + formatParisDisplay(v.validUntil) + " (" +
               (v.thawedAt ? "thawed " + formatParisDisplay(*v.thawedAt) + ", " : std::string()) + decision.ruleId +
               "); " + std::to_string(v.roomTemperatureUsed.count()) + " of the " +
               std::to_string(decision.roomTemperatureBudget.count()) + " min room-temperature budget used" +
               (decision.roomTemperatureRuleId.empty() ? "" : " (" + decision.roomTemperatureRuleId + ")") + ", " +
               std::to_string(left.count()) + " min left; MKT " + mkt + " °C; " + celsiusText(v.minC) + " to " +
               celsiusText(v.maxC);
    return v;
}

} // namespace prep::station

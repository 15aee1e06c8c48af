// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/summary_judgement.h"

#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cmath>

namespace prep::station {

using namespace std::chrono;

namespace {

// The refrigerator band the devices' counts are read against (minutes above 8 C, below 2 C).
constexpr double kColdLimitC = 2.0;
constexpr double kWarmLimitC = 8.0;

} // namespace

Result<TemperatureLog> worstCaseHistory(const DailySummaryLog& log, UtcTime preparedAt, minutes maxGap)
{
    TemperatureLog history;
    history.loggerId = log.loggerId;
    double lastC = 0;
    for (const DailySummary& day : log.days) {
        if (day.to <= preparedAt)
            continue; // over before the dose existed
        const UtcTime start = std::max(day.from, preparedAt);
        const auto span = duration_cast<minutes>(day.to - start);
        if (day.sensorTimeout > maxGap)
            return makeError(Error::Kind::Invalid,
                             "logger " + log.loggerId + ", day starting " + formatParisDisplay(day.from) + " (line " +
                                 std::to_string(day.line) + "): the sensor could not measure for " +
                                 std::to_string(day.sensorTimeout.count()) + " min (more than " +
                                 std::to_string(maxGap.count()) + " min without a reading)");
        if (!day.measured)
            return makeError(Error::Kind::Invalid, "logger " + log.loggerId + ", day starting " +
                                                       formatParisDisplay(day.from) + " (line " +
                                                       std::to_string(day.line) +
                                                       "): no minimum or maximum recorded, the logger did not measure");
        const auto provenAbove = provenMinutesBeyond(log, day, kWarmLimitC, true);
        const auto provenBelow = provenMinutesBeyond(log, day, kColdLimitC, false);
        minutes hot = provenAbove.value_or(span), cold = provenBelow.value_or(span);
        if (day.maxC > kWarmLimitC)
            hot = std::max(hot, minutes(1));
        if (day.minC < kColdLimitC)
            cold = std::max(cold, minutes(1));
        // Both extremes must appear when both were reached, the hot one first (the earliest failure).
        hot = std::min(hot, span - (cold > minutes(0) ? std::min(span, minutes(1)) : minutes(0)));
        cold = std::min(cold, span - hot);
        // The rest of the day lay between the extremes, and inside 2-8 C as far as the counts tell.
        const double lo = provenBelow ? std::max(day.minC, kColdLimitC) : day.minC;
        const double hi = provenAbove ? std::min(day.maxC, kWarmLimitC) : day.maxC;
        const double mid = (day.minC + day.maxC) / 2;
        const double rest = lo <= hi ? std::clamp(mid, lo, hi) : mid;
        UtcTime at = start;
        auto segment = [&](minutes length, double celsius) {
            if (length <= minutes(0))
                return;
            history.readings.push_back({at, celsius});
            at += length;
            lastC = celsius;
        };
        segment(hot, day.maxC);
        segment(cold, day.minC);
        segment(span - hot - cold, rest);
    }
    if (!history.readings.empty())
        history.readings.push_back({log.days.back().to, lastC}); // closes the last interval
    return history;
}

Result<ColdChainVerdict> evaluateColdChain(const LoggerFile& file, const ExpiryDecision& decision,
                                           const std::vector<std::string>& storage, const SitePolicy& policy)
{
    if (const auto* readings = std::get_if<TemperatureLog>(&file.history))
        return evaluateColdChain(*readings, decision, storage, policy);
    const auto& summary = std::get<DailySummaryLog>(file.history);
    const auto maxGap = minutes(std::lround(policy.coldChain.maxGapMinutes));
    auto history = worstCaseHistory(summary, decision.preparedAt, maxGap);
    if (!history)
        return history.error();
    auto verdict = evaluateColdChain(*history, decision, storage, policy);
    if (verdict)
        verdict->reason = "daily summaries of " + loggerFormatName(file.format) +
                          " judged at their worst (time within the day unknown): " + verdict->reason;
    return verdict;
}

} // namespace prep::station

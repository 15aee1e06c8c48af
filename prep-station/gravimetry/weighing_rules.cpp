// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/weighing_rules.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace prep::station {

namespace {

std::string grams(double g)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g g", g);
    return buf;
}

} // namespace

double usp41MinimumWeightGrams(double readabilityG, std::optional<double> repeatabilitySdGrams)
{
    const double floorSd = 0.41 * readabilityG;
    const double s = std::max(repeatabilitySdGrams.value_or(floorSd), floorSd);
    return 2000.0 * s;
}

Result<Ok> InMemoryDailyCheckStore::record(const DailyCheck& check)
{
    m_checks.push_back(check);
    return Ok{};
}

Result<std::optional<DailyCheck>> InMemoryDailyCheckStore::latest(const std::string& scaleSerial) const
{
    std::optional<DailyCheck> found;
    for (const auto& c : m_checks)
        if (c.scaleSerial == scaleSerial && (!found || c.checkedAt >= found->checkedAt))
            found = c;
    return found;
}

Result<Ok> acceptReading(const devices::WeightReading& reading, const WeighingRules& rules)
{
    if (!reading.stable)
        return makeError(Error::Kind::Refused, "the weight is not stable; wait for the scale and weigh again");
    if (!std::isfinite(reading.grams) || !(reading.readabilityG > 0))
        return makeError(Error::Kind::Device, "the scale sent no usable weight (" + reading.raw + ")");
    if (reading.source.empty())
        return makeError(Error::Kind::Refused, "a weight without its source (scale URI and serial) is not recorded");
    if (!rules.allowSimulatedScale && reading.source.rfind("sim://", 0) == 0)
        return makeError(Error::Kind::Refused,
                         "a simulated scale (" + reading.source + ") cannot weigh a dose on this station");
    if (reading.grams < 0)
        return makeError(Error::Kind::Refused, "the scale shows a negative weight (" + grams(reading.grams) +
                                                   "): check the pan and the tare, then weigh again");
    return Ok{};
}

Result<Ok> requireMinimumWeight(double netGrams, double readabilityG, const WeighingRules& rules)
{
    const double minimum = usp41MinimumWeightGrams(readabilityG, rules.repeatabilitySdGrams);
    if (netGrams < minimum)
        return makeError(Error::Kind::Refused,
                         "net mass " + grams(netGrams) + " is below the USP <41> minimum weight " + grams(minimum) +
                             " of this scale (readability " + grams(readabilityG) +
                             "): not usable for a dose decision; use a scale with a finer readability");
    return Ok{};
}

Result<DailyCheck> runDailyCheck(devices::Scale& scale, double referenceGrams, const WeighingRules& rules,
                                 const Clock& clock, DailyCheckStore& store, const std::string& performedBy,
                                 std::chrono::milliseconds timeout)
{
    if (!(referenceGrams > 0) || !std::isfinite(referenceGrams))
        return makeError(Error::Kind::Invalid, "daily check: the reference weight must be a positive mass");
    auto reading = scale.readStable(timeout);
    if (!reading)
        return makeError(Error::Kind::Device, "daily check: " + reading.error().message);
    DailyCheck c;
    c.scaleSource = reading->source;
    c.scaleSerial = scale.serialNumber();
    c.referenceGrams = referenceGrams;
    c.measuredGrams = reading->grams;
    c.deviationPercent = (reading->grams - referenceGrams) / referenceGrams * 100.0;
    c.limitPercent = rules.dailyCheckLimitPercent;
    c.passed = std::fabs(c.deviationPercent) <= rules.dailyCheckLimitPercent;
    c.checkedAt = clock.now();
    c.performedBy = performedBy;
    c.raw = reading->raw;
    if (auto stored = store.record(c); !stored)
        return stored.error();
    return c;
}

Result<Ok> requireDailyCheck(const DailyCheckStore& store, const std::string& scaleSerial, const WeighingRules& rules,
                             const Clock& clock)
{
    auto latest = store.latest(scaleSerial);
    if (!latest)
        return latest.error();
    if (!*latest)
        return makeError(Error::Kind::Refused, "no daily check with a reference weight recorded for scale " +
                                                   scaleSerial + ": run the daily check before weighing doses");
    const DailyCheck& c = **latest;
    if (!c.passed) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "%+.4f %% (limit ±%.4g %%)", c.deviationPercent, c.limitPercent);
        return makeError(Error::Kind::Refused, "the last daily check of scale " + scaleSerial + " failed: " + buf +
                                                   "; have the scale checked and repeat the daily check");
    }
    if (clock.now() - c.checkedAt > rules.dailyCheckValidFor)
        return makeError(Error::Kind::Refused, "the daily check of scale " + scaleSerial +
                                                   " has expired: repeat it with the reference weight");
    return Ok{};
}

} // namespace prep::station

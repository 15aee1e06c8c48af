// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/weighing_rules.h"

#include "prep-station/device_fault.h"

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
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "the weight is not stable; wait for the scale and weigh again")));
    if (!std::isfinite(reading.grams) || !(reading.readabilityG > 0))
        return makeError(Error::Kind::Device, say(QT_TRANSLATE_NOOP("Message", "the scale sent no usable weight (%1)"),
                                                  MessageArg::technical(reading.raw)));
    if (reading.source.empty())
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "a weight without its source (scale URI and serial) is not recorded")));
    if (!rules.allowSimulatedScale && reading.source.rfind("sim://", 0) == 0)
        return makeError(Error::Kind::Refused,
                         say(QT_TRANSLATE_NOOP("Message", "a simulated scale (%1) cannot weigh a dose on this station"),
                             reading.source));
    if (reading.grams < 0)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "the scale shows a negative weight (%1): check the pan and the tare, then "
                                             "weigh again"),
                grams(reading.grams)));
    return Ok{};
}

Result<Ok> requireMinimumWeight(double netGrams, double readabilityG, const WeighingRules& rules)
{
    const double minimum = usp41MinimumWeightGrams(readabilityG, rules.repeatabilitySdGrams);
    if (netGrams < minimum)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message", "net mass %1 is below the USP <41> minimum weight %2 of this scale "
                                             "(readability %3): not usable for a dose decision; use a "
                                             "scale with a finer readability"),
                grams(netGrams), grams(minimum), grams(readabilityG)));
    return Ok{};
}

Result<DailyCheck> runDailyCheck(devices::Scale& scale, double referenceGrams, const WeighingRules& rules,
                                 const Clock& clock, DailyCheckStore& store, const std::string& performedBy,
                                 std::chrono::milliseconds timeout)
{
    if (!(referenceGrams > 0) || !std::isfinite(referenceGrams))
        return makeError(
            Error::Kind::Invalid,
            say(QT_TRANSLATE_NOOP("Message", "daily check: the reference weight must be a positive mass")));
    auto reading = scale.readStable(timeout);
    if (!reading)
        return makeError(Error::Kind::Device,
                         say(QT_TRANSLATE_NOOP("Message", "daily check: %1"), deviceFault(reading.error())));
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
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message",
                                  "no daily check with a reference weight recorded for scale %1: run the daily "
                                  "check before weighing doses"),
                scaleSerial));
    const DailyCheck& c = **latest;
    if (!c.passed) {
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message",
                                  "the last daily check of scale %1 failed: %2 % (limit ±%3 %); have the scale "
                                  "checked and repeat the daily check"),
                scaleSerial, MessageArg::decimal(c.deviationPercent, 4, true), MessageArg::decimal(c.limitPercent, 3)));
    }
    if (clock.now() - c.checkedAt > rules.dailyCheckValidFor)
        return makeError(
            Error::Kind::Refused,
            say(QT_TRANSLATE_NOOP("Message",
                                  "the daily check of scale %1 has expired: repeat it with the reference weight"),
                scaleSerial));
    return Ok{};
}

} // namespace prep::station

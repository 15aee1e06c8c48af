// SPDX-License-Identifier: GPL-3.0-or-later
// What makes a weight usable for a dose decision (scales.md "Metrology", reference.md 3.3):
// - the USP <41> minimum weight: m_min = 2000 x s, with s = max(measured repeatability SD, 0.41 d);
//   a net mass below it is not used for a dose decision;
// - a passing daily check with a reference weight (within 0.10 % by default) in the configured interval, on the
//   same scale; without it the station refuses to weigh doses.
// The daily check result is a plain struct the workflow stores (the db layer persists it) through DailyCheckStore.
#pragma once

#include "devices/scale/scale.h"
#include "prep-station/error.h"
#include "prep-station/time/clock.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct WeighingRules
{
    double dailyCheckLimitPercent = 0.10;       // USP <41> accuracy
    std::chrono::hours dailyCheckValidFor{24};  // "daily (or per shift)": site setting
    std::optional<double> repeatabilitySdGrams; // s from >= 10 replicate weighings; absent: 0.41 d is used
    bool allowSimulatedScale = false;           // the demo and tests only; a real station refuses sim://
};

// USP <41>: m_min = 2000 x max(s, 0.41 d). With d = 0.001 g: 0.82 g; with d = 0.01 g: 8.2 g.
double usp41MinimumWeightGrams(double readabilityG, std::optional<double> repeatabilitySdGrams);

struct DailyCheck
{
    std::string scaleSource; // the reading's source: device URI + serial ("sim://" when simulated)
    std::string scaleSerial;
    double referenceGrams = 0; // nominal value of the certified weight
    double measuredGrams = 0;
    double deviationPercent = 0;
    double limitPercent = 0;
    bool passed = false;
    UtcTime checkedAt{};
    std::string performedBy; // user id, set by the workflow
    std::string raw;         // the raw frame of the reading
};

// Where daily checks are kept; the db layer implements it, tests use InMemoryDailyCheckStore.
class DailyCheckStore
{
public:
    virtual ~DailyCheckStore() = default;
    virtual Result<Ok> record(const DailyCheck& check) = 0;
    // The most recent check of the scale with this serial number, if any.
    virtual Result<std::optional<DailyCheck>> latest(const std::string& scaleSerial) const = 0;
};

class InMemoryDailyCheckStore : public DailyCheckStore
{
public:
    Result<Ok> record(const DailyCheck& check) override;
    Result<std::optional<DailyCheck>> latest(const std::string& scaleSerial) const override;
    const std::vector<DailyCheck>& all() const { return m_checks; }

private:
    std::vector<DailyCheck> m_checks;
};

// Weighs the reference weight (stable weight, software window included), records the result (passed or not),
// and returns it. Fails, recording nothing, when no stable weight could be read.
Result<DailyCheck> runDailyCheck(devices::Scale& scale, double referenceGrams, const WeighingRules& rules,
                                 const Clock& clock, DailyCheckStore& store, const std::string& performedBy,
                                 std::chrono::milliseconds timeout = std::chrono::milliseconds(10000));

// May this scale weigh doses now? Refused without a check, with a failed one, or with one that has expired.
Result<Ok> requireDailyCheck(const DailyCheckStore& store, const std::string& scaleSerial, const WeighingRules& rules,
                             const Clock& clock);

// Is this reading fit to be recorded for a dose? Stable, finite, from an allowed scale.
Result<Ok> acceptReading(const devices::WeightReading& reading, const WeighingRules& rules);

// Refuses a net mass below the USP <41> minimum weight for this readability.
Result<Ok> requireMinimumWeight(double netGrams, double readabilityG, const WeighingRules& rules);

} // namespace prep::station

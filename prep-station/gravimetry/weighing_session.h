// SPDX-License-Identifier: GPL-3.0-or-later
// One syringe's (or vial's) weighings at the isolator, in order: tare, then filled (or vial before/after the
// diluent). Each step records a weight only when everything about it is sound: a passing daily check, a stable
// weight from an allowed scale, a net mass above the USP <41> minimum. A fault (disconnect, timeout, overload,
// unstable) records nothing, says what happened and leaves the previous steps as they were, so the technician
// simply retries the step.
#pragma once

#include "devices/scale/scale.h"
#include "prep-station/error.h"
#include "prep-station/gravimetry/density_table.h"
#include "prep-station/gravimetry/reconstitution_check.h"
#include "prep-station/gravimetry/tolerance_policy.h"
#include "prep-station/gravimetry/weighing_rules.h"
#include "prep-station/gravimetry/withdrawal_check.h"
#include "prep-station/time/clock.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace prep::station {

struct RecordedWeighing
{
    std::string step; // "syringe-tare", "syringe-filled", "vial-before-diluent", "vial-after-diluent"
    double grams = 0;
    double readabilityG = 0;
    std::string source; // device URI + serial; "sim://..." when simulated
    std::string raw;
    UtcTime at{};
};

// Where accepted weighings go (the preparation record; the db layer implements it).
class WeighingRecorder
{
public:
    virtual ~WeighingRecorder() = default;
    virtual Result<Ok> recordWeighing(const RecordedWeighing& weighing) = 0;
};

class InMemoryWeighingRecorder : public WeighingRecorder
{
public:
    Result<Ok> recordWeighing(const RecordedWeighing& weighing) override
    {
        m_weighings.push_back(weighing);
        return Ok{};
    }
    const std::vector<RecordedWeighing>& weighings() const { return m_weighings; }

private:
    std::vector<RecordedWeighing> m_weighings;
};

class WeighingSession
{
public:
    WeighingSession(devices::Scale& scale, const DensityTable& densities, const TolerancePolicy& policy,
                    WeighingRules rules, const DailyCheckStore& dailyChecks, WeighingRecorder& recorder,
                    const Clock& clock, std::chrono::milliseconds stableTimeout = std::chrono::milliseconds(10000));

    // The empty syringe in its final configuration (cap, needle or closed-system device).
    Result<RecordedWeighing> weighEmptySyringe();
    // The filled syringe: net mass -> dose -> decision. Needs the tare of this session.
    Result<WithdrawalCheck> weighFilledSyringe(const std::string& drug, double concentrationMgPerMl,
                                               double targetDoseMg);
    Result<RecordedWeighing> weighVialBeforeDiluent();
    Result<ReconstitutionCheck> weighVialAfterDiluent(const std::string& drug, const std::string& diluent,
                                                      double expectedDiluentMl);

    const std::optional<RecordedWeighing>& emptySyringe() const { return m_tare; }

private:
    Result<RecordedWeighing> weigh(const std::string& step);

    devices::Scale& m_scale;
    const DensityTable& m_densities;
    const TolerancePolicy& m_policy;
    WeighingRules m_rules;
    const DailyCheckStore& m_dailyChecks;
    WeighingRecorder& m_recorder;
    const Clock& m_clock;
    std::chrono::milliseconds m_timeout;
    std::optional<RecordedWeighing> m_tare;
    std::optional<RecordedWeighing> m_vialBefore;
};

} // namespace prep::station

// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/gravimetry/weighing_session.h"

namespace prep::station {

WeighingSession::WeighingSession(devices::Scale& scale, const DensityTable& densities, const TolerancePolicy& policy,
                                 WeighingRules rules, const DailyCheckStore& dailyChecks, WeighingRecorder& recorder,
                                 const Clock& clock, std::chrono::milliseconds stableTimeout)
    : m_scale(scale)
    , m_densities(densities)
    , m_policy(policy)
    , m_rules(rules)
    , m_dailyChecks(dailyChecks)
    , m_recorder(recorder)
    , m_clock(clock)
    , m_timeout(stableTimeout)
{}

// Reads and vets one weight; does not record it (the caller records once every check has passed).
Result<RecordedWeighing> WeighingSession::weigh(const std::string& step)
{
    if (auto checked = requireDailyCheck(m_dailyChecks, m_scale.serialNumber(), m_rules, m_clock); !checked)
        return checked.error();
    auto reading = m_scale.readStable(m_timeout);
    if (!reading)
        return makeError(Error::Kind::Device, step + ": nothing recorded: " + reading.error().message +
                                                  " (check the scale, then weigh again)");
    if (auto ok = acceptReading(*reading, m_rules); !ok)
        return makeError(ok.error().kind, step + ": nothing recorded: " + ok.error().message);
    RecordedWeighing w;
    w.step = step;
    w.grams = reading->grams;
    w.readabilityG = reading->readabilityG;
    w.source = reading->source;
    w.raw = reading->raw;
    w.at = m_clock.now();
    return w;
}

Result<RecordedWeighing> WeighingSession::weighEmptySyringe()
{
    auto w = weigh("syringe-tare");
    if (!w)
        return w;
    if (auto stored = m_recorder.recordWeighing(*w); !stored)
        return stored.error();
    m_tare = *w;
    return w;
}

Result<WithdrawalCheck> WeighingSession::weighFilledSyringe(const std::string& drug, double concentrationMgPerMl,
                                                            double targetDoseMg)
{
    if (!m_tare)
        return makeError(Error::Kind::Refused, "syringe-filled: weigh the empty syringe first");
    auto w = weigh("syringe-filled");
    if (!w)
        return w.error();
    // Tare and gross must come from the same instrument at the same readability, or the difference means nothing.
    if (w->source != m_tare->source || w->readabilityG != m_tare->readabilityG)
        return makeError(Error::Kind::Refused, "syringe-filled: nothing recorded: the empty syringe was weighed on " +
                                                   m_tare->source + ", the filled one on " + w->source);
    const double net = w->grams - m_tare->grams;
    if (auto enough = requireMinimumWeight(net, w->readabilityG, m_rules); !enough)
        return makeError(enough.error().kind, "syringe-filled: nothing recorded: " + enough.error().message);
    auto check =
        checkWithdrawal(m_densities, m_policy, drug, concentrationMgPerMl, targetDoseMg, m_tare->grams, w->grams);
    if (!check)
        return check.error();
    if (auto stored = m_recorder.recordWeighing(*w); !stored)
        return stored.error();
    return check;
}

Result<RecordedWeighing> WeighingSession::weighVialBeforeDiluent()
{
    auto w = weigh("vial-before-diluent");
    if (!w)
        return w;
    if (auto stored = m_recorder.recordWeighing(*w); !stored)
        return stored.error();
    m_vialBefore = *w;
    return w;
}

Result<ReconstitutionCheck> WeighingSession::weighVialAfterDiluent(const std::string& drug, const std::string& diluent,
                                                                   double expectedDiluentMl)
{
    if (!m_vialBefore)
        return makeError(Error::Kind::Refused, "vial-after-diluent: weigh the vial before adding the diluent first");
    auto w = weigh("vial-after-diluent");
    if (!w)
        return w.error();
    if (w->source != m_vialBefore->source)
        return makeError(Error::Kind::Refused, "vial-after-diluent: nothing recorded: the vial was weighed on " +
                                                   m_vialBefore->source + " before, on " + w->source + " now");
    if (auto enough = requireMinimumWeight(w->grams - m_vialBefore->grams, w->readabilityG, m_rules); !enough)
        return makeError(enough.error().kind, "vial-after-diluent: nothing recorded: " + enough.error().message);
    auto check =
        checkReconstitution(m_densities, m_policy, drug, diluent, expectedDiluentMl, m_vialBefore->grams, w->grams);
    if (!check)
        return check.error();
    if (auto stored = m_recorder.recordWeighing(*w); !stored)
        return stored.error();
    return check;
}

} // namespace prep::station

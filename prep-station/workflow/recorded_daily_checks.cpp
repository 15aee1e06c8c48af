// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/recorded_daily_checks.h"

#include <nlohmann/json.hpp>

namespace prep::station {

// The verdict travels with the raw frame as JSON, so the weighing row alone says what was checked and how.
Result<Ok> RecordedDailyChecks::record(const DailyCheck& check)
{
    db::WeighingRecord w;
    w.step = "daily_check";
    w.grams = check.measuredGrams;
    w.stable = true;
    w.source = check.scaleSource;
    w.raw = nlohmann::json{{"serial", check.scaleSerial},
                           {"reference_g", check.referenceGrams},
                           {"deviation_percent", check.deviationPercent},
                           {"limit_percent", check.limitPercent},
                           {"passed", check.passed},
                           {"frame", check.raw}}
                .dump();
    w.at = check.checkedAt;
    w.userId = m_who.userId;
    auto stored = m_ctx.weighings().add(m_who, w.at, w);
    if (!stored)
        return fromDb(stored.error());
    return Ok{};
}

Result<std::optional<DailyCheck>> RecordedDailyChecks::latest(const std::string& scaleSerial) const
{
    auto checks = m_ctx.weighings().listFor(0);
    if (!checks)
        return fromDb(checks.error());
    std::optional<DailyCheck> last;
    for (const auto& w : *checks) {
        if (w.step != "daily_check")
            continue;
        const auto j = nlohmann::json::parse(w.raw, nullptr, false);
        if (j.is_discarded() || !j.is_object() || j.value("serial", "") != scaleSerial)
            continue;
        DailyCheck c;
        c.scaleSource = w.source;
        c.scaleSerial = scaleSerial;
        c.referenceGrams = j.value("reference_g", 0.0);
        c.measuredGrams = w.grams;
        c.deviationPercent = j.value("deviation_percent", 0.0);
        c.limitPercent = j.value("limit_percent", 0.0);
        c.passed = j.value("passed", false);
        c.checkedAt = w.at;
        c.performedBy = std::to_string(w.userId);
        c.raw = j.value("frame", "");
        last = c; // oldest first: the last one seen is the latest
    }
    return last;
}

} // namespace prep::station

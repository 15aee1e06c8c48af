// SPDX-License-Identifier: GPL-3.0-or-later
// The scales' daily checks, kept in the database as weighings of step "daily_check" tied to no preparation
// (with their audit entries), so that "no passing check today, no dose weighing" survives a restart.
#pragma once

#include "prep-station/gravimetry/weighing_rules.h"
#include "prep-station/workflow/station_context.h"

namespace prep::station {

class RecordedDailyChecks : public DailyCheckStore
{
public:
    RecordedDailyChecks(StationContext& ctx, db::Actor who)
        : m_ctx(ctx)
        , m_who(std::move(who))
    {}

    Result<Ok> record(const DailyCheck& check) override;
    Result<std::optional<DailyCheck>> latest(const std::string& scaleSerial) const override;

private:
    StationContext& m_ctx;
    db::Actor m_who;
};

} // namespace prep::station

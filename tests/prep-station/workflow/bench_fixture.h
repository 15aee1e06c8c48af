// SPDX-License-Identifier: GPL-3.0-or-later
// A station on a temporary database with the demo order seeded, the simulated bench started and the first
// preparation started by the demo technician: the starting point of the workflow tests.
#pragma once

#include "prep-station/workflow/demo_accounts.h"
#include "prep-station/workflow/demo_bench.h"
#include "prep-station/workflow/demo_scenario.h"
#include "prep-station/workflow/isolator_session.h"
#include "prep-station/workflow/withdrawal_weighings.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

namespace prep::station {

class BenchFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto ctx = StationContext::open(m_dir.file("station.sqlite").string(), m_clock);
        ASSERT_TRUE(ctx) << ctx.error().message;
        m_ctx = std::move(*ctx);
        auto order = seedDemoOrder(*m_ctx);
        ASSERT_TRUE(order) << order.error().message;
        m_prep = order->preparations.front();
        auto bench = DemoBench::start();
        ASSERT_TRUE(bench) << bench.error().message;
        m_bench = std::move(*bench);
        const auto& tech = demoAccount(db::Role::Technician);
        auto actor = m_ctx->users().authenticate(tech.username, tech.password, m_clock.now());
        ASSERT_TRUE(actor);
        m_session = std::make_unique<IsolatorSession>(*m_ctx, *actor, m_bench->devices(), m_dir.path());
        m_session->rules = DemoBench::weighingRules();
        ASSERT_TRUE(m_session->start(m_prep.id));
    }

    size_t weighingCount()
    {
        auto w = m_ctx->weighings().listFor(m_prep.id);
        return w ? w->size() : 0;
    }
    void passDailyCheck()
    {
        m_bench->placeReferenceWeight();
        auto check = m_session->dailyCheck(DemoBench::kReferenceWeightGrams);
        ASSERT_TRUE(check) << check.error().message;
        m_bench->clearPan();
    }
    void presentRightVial()
    {
        const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(m_clock.now()));
        ASSERT_TRUE(
            m_bench->presentVial(m_prep.productGtin, "LOTTEST1",
                                 {today.year() + std::chrono::years(1), std::chrono::month(6), std::chrono::day(30)}));
    }
    // The vial weighed before and after its 4 mL of WFI (azacitidine's protocol), the diluent off by `bias`.
    void reconstitute(double bias = 1.0)
    {
        auto wfi = m_ctx->densities().find("water for injections", 0.0);
        ASSERT_TRUE(wfi);
        m_bench->placeVial();
        ASSERT_TRUE(m_session->weighVialBeforeDiluent(m_prep.id));
        m_bench->addDiluent(4.0, wfi->gramsPerMl, bias);
        (void)m_session->weighVialAfterDiluent(m_prep.id); // recorded whatever the decision
    }
    // The vial weighed for the cross-check as the workflow asks: after the latest filled syringe when it has not
    // been, or before the first withdrawal when it never was (a reconstituted vial's diluent_after counts).
    void weighTheVialAsNeeded()
    {
        auto recorded = m_ctx->weighings().listFor(m_prep.id);
        ASSERT_TRUE(recorded);
        const WithdrawalWeighings w = latestWithdrawal(*recorded);
        if (w.filled && !w.vialAfter) {
            m_bench->placeCurrentVial();
            auto after = m_session->weighVialAfterWithdrawal(m_prep.id);
            ASSERT_TRUE(after) << after.error().message;
        } else if (!w.vialBefore) {
            m_bench->placeVial();
            auto before = m_session->weighVialBeforeWithdrawal(m_prep.id);
            ASSERT_TRUE(before) << before.error().message;
        }
    }
    void weighWithBias(double bias)
    {
        weighTheVialAsNeeded();
        auto density = m_ctx->densities().find(m_prep.drug, m_prep.concentrationMgPerMl);
        ASSERT_TRUE(density);
        m_bench->placeEmptySyringe();
        ASSERT_TRUE(m_session->weighEmptySyringe(m_prep.id));
        m_bench->fillSyringe(m_prep, density->gramsPerMl, bias);
    }

    test::TempDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<StationContext> m_ctx;
    db::PreparationRecord m_prep;
    std::unique_ptr<DemoBench> m_bench;
    std::unique_ptr<IsolatorSession> m_session;
};

} // namespace prep::station

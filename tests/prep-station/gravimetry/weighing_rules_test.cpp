// SPDX-License-Identifier: GPL-3.0-or-later
// The pure rules of a weighing, as IsolatorSession applies them: USP <41> minimum weight, which readings are fit
// to record, the daily check with a reference weight (read over Modbus TCP from the simulator), and the
// reconstitution check. The isolator steps that apply them are tested in tests/prep-station/workflow.
#include "devices/scale/simulated_scale.h"
#include "prep-station/gravimetry/gravimetry.h"

#include <gtest/gtest.h>

using namespace prep::station;
using namespace prep::devices;
using namespace std::chrono_literals;

namespace {

constexpr auto kHangGuard = 5000ms;

class DailyCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto s = SimulatedScale::start();
        ASSERT_TRUE(s) << s.error().message;
        scale = std::move(*s);
        auto dyn = scale->simulator().dynamics();
        dyn.settle = 100ms;
        scale->simulator().setDynamics(dyn);
        rules.allowSimulatedScale = true;
    }

    std::unique_ptr<SimulatedScale> scale;
    WeighingRules rules;
    FixedClock clock{UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23}} + 7h};
    InMemoryDailyCheckStore checks;
};

} // namespace

TEST(MinimumWeight, Usp41FromReadabilityAndRepeatability)
{
    EXPECT_NEAR(usp41MinimumWeightGrams(0.001, std::nullopt), 0.82, 1e-12);
    EXPECT_NEAR(usp41MinimumWeightGrams(0.01, std::nullopt), 8.2, 1e-12);
    EXPECT_NEAR(usp41MinimumWeightGrams(0.001, 0.0002), 0.82, 1e-12); // s < 0.41 d: 0.41 d is used
    EXPECT_NEAR(usp41MinimumWeightGrams(0.001, 0.001), 2.0, 1e-12);
    WeighingRules rules;
    EXPECT_TRUE(requireMinimumWeight(0.957, 0.001, rules)); // bortezomib on a 0.001 g balance
    auto coarse = requireMinimumWeight(0.957, 0.01, rules); // ... but not on a 0.01 g one (reference.md 3.3)
    ASSERT_FALSE(coarse);
    EXPECT_NE(coarse.error().message.find("USP <41>"), std::string::npos);
}

TEST(AcceptReading, RefusesUnstableNegativeAndSimulatedUnlessAllowed)
{
    WeighingRules strict;
    WeightReading sim{5.0, true, 0.001, "sim://modbus-tcp/127.0.0.1:1 serial=SIM-0001", "raw"};
    EXPECT_FALSE(acceptReading(sim, strict));
    WeighingRules demo;
    demo.allowSimulatedScale = true;
    EXPECT_TRUE(acceptReading(sim, demo));
    WeightReading real{5.0, true, 0.001, "modbus-tcp://10.0.0.5:502?unit=1 serial=ABC", "raw"};
    EXPECT_TRUE(acceptReading(real, strict));
    real.stable = false;
    EXPECT_FALSE(acceptReading(real, strict));
    real.stable = true;
    real.grams = -0.5;
    EXPECT_FALSE(acceptReading(real, strict));
    real.grams = 1.0;
    real.source.clear();
    EXPECT_FALSE(acceptReading(real, strict));
}

TEST_F(DailyCheckTest, FailedOrExpiredCheckRefusesWeighing)
{
    scale->simulator().placeLoad(20.05); // 0.25 % off a 20 g reference: beyond 0.10 %
    auto c = runDailyCheck(*scale, 20.0, rules, clock, checks, "tech1", kHangGuard);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_FALSE(c->passed);
    EXPECT_EQ(checks.all().size(), 1u); // a failed check is recorded too
    auto refused = requireDailyCheck(checks, scale->serialNumber(), rules, clock);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("failed"), std::string::npos);

    scale->simulator().placeLoad(20.0);
    auto passed = runDailyCheck(*scale, 20.0, rules, clock, checks, "tech1", kHangGuard);
    ASSERT_TRUE(passed) << passed.error().message;
    ASSERT_TRUE(passed->passed);
    EXPECT_TRUE(requireDailyCheck(checks, scale->serialNumber(), rules, clock));
    EXPECT_FALSE(requireDailyCheck(checks, "ANOTHER-SCALE", rules, clock)); // a check covers its own scale only
    clock.advance(25h);
    auto expired = requireDailyCheck(checks, scale->serialNumber(), rules, clock);
    ASSERT_FALSE(expired);
    EXPECT_NE(expired.error().message.find("expired"), std::string::npos);
}

TEST(ReconstitutionCheck, ShortFillIsCaught)
{
    auto d = DensityTable::load();
    auto p = TolerancePolicy::load();
    ASSERT_TRUE(d && p);
    // Bortezomib SC: 1.4 mL NaCl 0.9 %; only 1.2 mL added (-14 %): beyond 8 %, within 15 %.
    auto c = checkReconstitution(*d, *p, "bortezomib", "sodium chloride 0.9%", 1.4, 8.0, 8.0 + 1.2 * 1.0046);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_NEAR(c->deviationPercent, (1.2 - 1.4) / 1.4 * 100, 1e-9);
    EXPECT_EQ(c->decision, WeighingDecision::AwaitPharmacist);
    auto none = checkReconstitution(*d, *p, "bortezomib", "sodium chloride 0.9%", 1.4, 8.0, 8.0);
    EXPECT_FALSE(none);
    auto wrong = checkReconstitution(*d, *p, "bortezomib", "glucose 5%", 1.4, 8.0, 9.4);
    EXPECT_FALSE(wrong);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Weighing acceptance with the simulated scale over Modbus TCP: daily check, minimum weight, reconstitution,
// and the rule that a fault records nothing while earlier records stay.
#include "devices/scale/simulated_scale.h"
#include "prep-station/gravimetry/gravimetry.h"

#include <gtest/gtest.h>

using namespace prep::station;
using namespace prep::devices;
using namespace std::chrono_literals;

namespace {

constexpr auto kHangGuard = 5000ms;

class WeighingSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto d = DensityTable::load();
        auto p = TolerancePolicy::load();
        ASSERT_TRUE(d && p);
        densities = *d;
        policy = *p;
        auto s = SimulatedScale::start();
        ASSERT_TRUE(s) << s.error().message;
        scale = std::move(*s);
        auto dyn = scale->simulator().dynamics();
        dyn.settle = 100ms;
        scale->simulator().setDynamics(dyn);
        rules.allowSimulatedScale = true;
    }

    void passDailyCheck()
    {
        scale->simulator().placeLoad(20.0);
        auto c = runDailyCheck(*scale, 20.0, rules, clock, checks, "tech1", kHangGuard);
        ASSERT_TRUE(c) << c.error().message;
        ASSERT_TRUE(c->passed);
    }

    WeighingSession session()
    {
        return WeighingSession(*scale, densities, policy, rules, checks, recorder, clock, kHangGuard);
    }

    DensityTable densities = *DensityTable::parse("drug,concentration_mg_per_ml,grams_per_ml,status,source\n", "-");
    TolerancePolicy policy = *TolerancePolicy::parse(
        "drug,volume_above_ml,volume_up_to_ml,tolerance_percent,pharmacist_percent,source\n", "-");
    std::unique_ptr<SimulatedScale> scale;
    WeighingRules rules;
    FixedClock clock{UtcTime{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23}} + 7h};
    InMemoryDailyCheckStore checks;
    InMemoryWeighingRecorder recorder;
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

TEST_F(WeighingSessionTest, NoDailyCheckNoWeighing)
{
    auto s = session();
    auto r = s.weighEmptySyringe();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::Refused);
    EXPECT_NE(r.error().message.find("daily check"), std::string::npos);
    EXPECT_TRUE(recorder.weighings().empty());
}

TEST_F(WeighingSessionTest, FailedOrExpiredDailyCheckRefusesWeighing)
{
    scale->simulator().placeLoad(20.05); // 0.25 % off a 20 g reference: beyond 0.10 %
    auto c = runDailyCheck(*scale, 20.0, rules, clock, checks, "tech1", kHangGuard);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_FALSE(c->passed);
    EXPECT_EQ(checks.all().size(), 1u); // a failed check is recorded too
    auto refused = requireDailyCheck(checks, scale->serialNumber(), rules, clock);
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("failed"), std::string::npos);

    passDailyCheck();
    EXPECT_TRUE(requireDailyCheck(checks, scale->serialNumber(), rules, clock));
    clock.advance(25h);
    auto expired = requireDailyCheck(checks, scale->serialNumber(), rules, clock);
    ASSERT_FALSE(expired);
    EXPECT_NE(expired.error().message.find("expired"), std::string::npos);
}

TEST_F(WeighingSessionTest, AzacitidineSyringeEndToEndOverModbus)
{
    passDailyCheck();
    auto s = session();
    scale->simulator().placeLoad(10.125);
    auto tare = s.weighEmptySyringe();
    ASSERT_TRUE(tare) << tare.error().message;
    EXPECT_DOUBLE_EQ(tare->grams, 10.125);
    scale->simulator().placeLoad(10.125 + 5.543); // 5.456 mL x 1.016 g/mL, as the 0.001 g scale shows it
    auto check = s.weighFilledSyringe("azacitidine", 25, 136.4);
    ASSERT_TRUE(check) << check.error().message;
    EXPECT_EQ(check->decision, WeighingDecision::Accept);
    EXPECT_NEAR(check->netGrams, 5.543, 1e-9);
    EXPECT_NEAR(check->doseMg, 5.543 / 1.016 * 25, 1e-9);
    ASSERT_EQ(recorder.weighings().size(), 2u);
    EXPECT_EQ(recorder.weighings()[1].step, "syringe-filled");
    EXPECT_EQ(recorder.weighings()[1].source.rfind("sim://", 0), 0u);
}

TEST_F(WeighingSessionTest, FaultMidWeighingRecordsNothingAndKeepsTheTare)
{
    passDailyCheck();
    auto s = session();
    scale->simulator().placeLoad(4.512);
    ASSERT_TRUE(s.weighEmptySyringe());
    for (ScaleFault fault :
         {ScaleFault::Disconnect, ScaleFault::NoAnswer, ScaleFault::UnstableForever, ScaleFault::Overload,
          ScaleFault::Underload, ScaleFault::NegativeWeight, ScaleFault::GarbageRegisters}) {
        scale->simulator().placeLoad(4.512 + 0.957);
        scale->simulator().setFault(fault);
        // A tare attempt during the fault fails too, and records nothing.
        WeighingSession other(*scale, densities, policy, rules, checks, recorder, clock, 800ms);
        EXPECT_FALSE(other.weighEmptySyringe()) << scaleFaultName(fault);
        auto r = s.weighFilledSyringe("bortezomib", 2.5, 2.36);
        ASSERT_FALSE(r) << scaleFaultName(fault);
        EXPECT_NE(r.error().message.find("nothing recorded"), std::string::npos) << r.error().message;
        ASSERT_EQ(recorder.weighings().size(), 1u) << scaleFaultName(fault); // only the tare
        EXPECT_EQ(recorder.weighings()[0].step, "syringe-tare");
        scale->simulator().setFault(ScaleFault::None);
    }
    // The technician retries: the tare recorded before the faults still counts.
    auto retry = s.weighFilledSyringe("bortezomib", 2.5, 2.36);
    ASSERT_TRUE(retry) << retry.error().message;
    EXPECT_EQ(retry->decision, WeighingDecision::Accept);
    EXPECT_NEAR(retry->tareGrams, 4.512, 1e-12);
    EXPECT_EQ(recorder.weighings().size(), 2u);
}

TEST_F(WeighingSessionTest, BelowMinimumWeightIsNotUsedForADoseDecision)
{
    passDailyCheck();
    rules.repeatabilitySdGrams = 0.0006; // this site's measured s: m_min = 1.2 g
    auto s = session();
    scale->simulator().placeLoad(4.512);
    ASSERT_TRUE(s.weighEmptySyringe());
    scale->simulator().placeLoad(4.512 + 0.957);
    auto r = s.weighFilledSyringe("bortezomib", 2.5, 2.36);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("minimum weight"), std::string::npos);
    EXPECT_EQ(recorder.weighings().size(), 1u);
}

TEST_F(WeighingSessionTest, ReconstitutionByMass)
{
    passDailyCheck();
    auto s = session();
    scale->simulator().placeLoad(12.300); // the azacitidine vial with its powder
    ASSERT_TRUE(s.weighVialBeforeDiluent());
    scale->simulator().placeLoad(12.300 + 3.993); // 4 mL WFI at 0.99821 g/mL = 3.99284 g, as shown to 0.001 g
    auto c = s.weighVialAfterDiluent("azacitidine", "water for injections", 4.0);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->decision, WeighingDecision::Accept);
    EXPECT_NEAR(c->diluentMl, 3.993 / 0.99821, 1e-9);
    EXPECT_NEAR(c->expectedGrams, 3.99284, 1e-9);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Dose from mass with the worked examples of reference.md 2.2/3.1, the shipped data files, and properties.
#include "prep-station/gravimetry/gravimetry.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace prep::station;

namespace {

struct Tables
{
    DensityTable densities;
    TolerancePolicy policy;
};

Tables shipped()
{
    auto d = DensityTable::load();
    auto p = TolerancePolicy::load();
    EXPECT_TRUE(d) << d.error().message;
    EXPECT_TRUE(p) << p.error().message;
    return Tables{*d, *p};
}

} // namespace

TEST(DensityTable, ShippedFileHasSourcedValuesWithStatus)
{
    auto t = shipped();
    auto aza = t.densities.find("azacitidine", 25);
    ASSERT_TRUE(aza) << aza.error().message;
    EXPECT_DOUBLE_EQ(aza->gramsPerMl, 1.016);
    EXPECT_EQ(aza->status, "estimated");
    EXPECT_NE(aza->source.find("reference.md 2.5"), std::string::npos);
    auto btz = t.densities.find("Bortezomib", 2.5);
    ASSERT_TRUE(btz);
    EXPECT_DOUBLE_EQ(btz->gramsPerMl, 1.014);
    auto wfi = t.densities.find("water for injections", 0);
    ASSERT_TRUE(wfi);
    EXPECT_DOUBLE_EQ(wfi->gramsPerMl, 0.99821);
    for (const auto& d : t.densities.entries())
        EXPECT_FALSE(d.source.empty()) << d.drug;
}

TEST(DensityTable, UnknownConcentrationSaysWhatIsKnown)
{
    auto t = shipped();
    auto iv = t.densities.find("bortezomib", 1.0); // the IV concentration: no density configured
    ASSERT_FALSE(iv);
    EXPECT_EQ(iv.error().kind, Error::Kind::NotFound);
    EXPECT_NE(iv.error().message.find("2.5 mg/mL"), std::string::npos) << iv.error().message;
}

TEST(DensityTable, MalformedFilesAreRefusedWithTheLine)
{
    const char* header = "drug,concentration_mg_per_ml,grams_per_ml,status,source\n";
    const std::pair<std::string, std::string> cases[] = {
        {"x,25,10.16,measured,site\n", "line 2"},
        {"x,25,1.016,guessed,site\n", "status"},
        {"x,25,1.016,measured,\n", "source"},
        {"x,25,abc,measured,site\n", "not a number"},
        {"x,25,1.016,measured,site\nx,25,1.02,measured,site\n", "second density"},
        {"x,25,1.016,measured\n", "fields"},
    };
    for (const auto& [rows, expected] : cases) {
        auto t = DensityTable::parse(header + rows, "test.csv");
        ASSERT_FALSE(t) << rows;
        EXPECT_NE(t.error().message.find(expected), std::string::npos) << t.error().message;
    }
}

TEST(TolerancePolicy, DefaultsFromReference32)
{
    auto t = shipped();
    EXPECT_DOUBLE_EQ(*t.policy.tolerancePercent("azacitidine", 5.456), 5.0);
    EXPECT_DOUBLE_EQ(*t.policy.tolerancePercent("azacitidine", 2.73), 5.0);
    EXPECT_DOUBLE_EQ(*t.policy.tolerancePercent("bortezomib", 0.944), 8.0);
    // The boundary: "above 2 mL" is 5 %, exactly 2 mL is in the small-volume band.
    EXPECT_DOUBLE_EQ(*t.policy.tolerancePercent("bortezomib", 2.0), 8.0);
    EXPECT_DOUBLE_EQ(*t.policy.tolerancePercent("bortezomib", 2.0001), 5.0);
    EXPECT_FALSE(t.policy.tolerancePercent("azacitidine", 0.0));
}

TEST(TolerancePolicy, DrugRowsOverrideTheDefaultRows)
{
    auto p = TolerancePolicy::parse("drug,volume_above_ml,volume_up_to_ml,tolerance_percent,pharmacist_percent,source\n"
                                    "*,0,,5,10,site\n"
                                    "bortezomib,0,,3,6,site validation 2026\n",
                                    "t.csv");
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_DOUBLE_EQ(*p->tolerancePercent("bortezomib", 1.0), 3.0);
    EXPECT_DOUBLE_EQ(*p->tolerancePercent("azacitidine", 1.0), 5.0);
    auto overlap = TolerancePolicy::parse(
        "drug,volume_above_ml,volume_up_to_ml,tolerance_percent,pharmacist_percent,source\n*,0,3,5,10,s\n*,2,,5,10,s\n",
        "t.csv");
    ASSERT_FALSE(overlap);
    EXPECT_NE(overlap.error().message.find("overlap"), std::string::npos);
}

TEST(WithdrawalCheck, AzacitidineWorkedExample)
{
    // reference.md 2.2: 170 cm, 70 kg -> 136.4 mg = 5.456 mL of 25 mg/mL (5.45 mL); density 1.016 g/mL.
    auto t = shipped();
    const double tare = 10.125;
    const double gross = tare + 5.456 * 1.016; // 5.543296 g of suspension
    auto c = checkWithdrawal(t.densities, t.policy, "azacitidine", 25, 136.4, tare, gross);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_NEAR(c->netGrams, 5.543296, 1e-9);
    EXPECT_NEAR(c->volumeMl, 5.456, 1e-9);
    EXPECT_NEAR(c->doseMg, 136.4, 1e-9);
    EXPECT_NEAR(c->expectedNetGrams, 5.543296, 1e-9);
    EXPECT_NEAR(c->deviationPercent, 0.0, 1e-9);
    EXPECT_DOUBLE_EQ(c->tolerancePercent, 5.0);
    EXPECT_EQ(c->decision, WeighingDecision::Accept);
    EXPECT_NE(c->densitySource.find("estimated"), std::string::npos);
    EXPECT_NE(c->explanation.find("accepted"), std::string::npos);
}

TEST(WithdrawalCheck, BortezomibWorkedExampleWithAScaleReading)
{
    // 2.36 mg of 2.5 mg/mL = 0.944 mL (0.945 mL in reference.md); a 0.001 g balance shows 0.957 g.
    auto t = shipped();
    auto c = checkWithdrawal(t.densities, t.policy, "bortezomib", 2.5, 2.36, 4.512, 4.512 + 0.957);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_NEAR(c->volumeMl, 0.957 / 1.014, 1e-12);
    EXPECT_NEAR(c->doseMg, 2.3595, 1e-3);
    EXPECT_NEAR(c->deviationPercent, (0.957 / 1.014 * 2.5 - 2.36) / 2.36 * 100, 1e-9);
    EXPECT_DOUBLE_EQ(c->tolerancePercent, 8.0);
    EXPECT_EQ(c->decision, WeighingDecision::Accept);
}

TEST(WithdrawalCheck, ThreeOutcomesAtTheBandEdges)
{
    auto t = shipped();
    const double expected = 5.456 * 1.016;
    auto at = [&](double factor) {
        auto c = checkWithdrawal(t.densities, t.policy, "azacitidine", 25, 136.4, 10.0, 10.0 + expected * factor);
        EXPECT_TRUE(c);
        return c->decision;
    };
    EXPECT_EQ(at(1.0499), WeighingDecision::Accept);
    EXPECT_EQ(at(0.9501), WeighingDecision::Accept);
    EXPECT_EQ(at(1.0501), WeighingDecision::AwaitPharmacist);
    EXPECT_EQ(at(0.9499), WeighingDecision::AwaitPharmacist);
    EXPECT_EQ(at(1.0999), WeighingDecision::AwaitPharmacist);
    EXPECT_EQ(at(1.1001), WeighingDecision::RejectRedo);
    EXPECT_EQ(at(0.5), WeighingDecision::RejectRedo);
}

TEST(WithdrawalCheck, ImpossibleWeighingsAreErrorsNotDecisions)
{
    auto t = shipped();
    EXPECT_FALSE(checkWithdrawal(t.densities, t.policy, "azacitidine", 25, 136.4, 10.0, 10.0)); // nothing drawn
    EXPECT_FALSE(checkWithdrawal(t.densities, t.policy, "azacitidine", 25, 136.4, 10.0, 9.0));  // swapped
    EXPECT_FALSE(checkWithdrawal(t.densities, t.policy, "azacitidine", 25, 136.4, -1.0, 5.0));  // negative tare
    EXPECT_FALSE(checkWithdrawal(t.densities, t.policy, "azacitidine", 25, 0.0, 10.0, 15.0));   // no target
    EXPECT_FALSE(checkWithdrawal(t.densities, t.policy, "azacitidine", 25, NAN, 10.0, 15.0));   // not a number
    EXPECT_FALSE(checkWithdrawal(t.densities, t.policy, "cytarabine", 20, 100, 10.0, 15.0));    // no density
}

TEST(WithdrawalCheck, PropertyExactFillIsAcceptedAndDeviationTracksTheFill)
{
    auto t = shipped();
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> dose(0.5, 250.0), tare(2.0, 40.0), factor(0.7, 1.3);
    for (int i = 0; i < 500; ++i) {
        const bool aza = i % 2 == 0;
        const double conc = aza ? 25.0 : 2.5;
        const double rho = aza ? 1.016 : 1.014;
        const double target = aza ? dose(rng) : dose(rng) / 50;
        const double m0 = tare(rng);
        const double f = factor(rng);
        auto exact = checkWithdrawal(t.densities, t.policy, aza ? "azacitidine" : "bortezomib", conc, target, m0,
                                     m0 + target / conc * rho);
        ASSERT_TRUE(exact);
        EXPECT_NEAR(exact->deviationPercent, 0.0, 1e-6);
        EXPECT_EQ(exact->decision, WeighingDecision::Accept);
        auto off = checkWithdrawal(t.densities, t.policy, aza ? "azacitidine" : "bortezomib", conc, target, m0,
                                   m0 + target / conc * rho * f);
        ASSERT_TRUE(off);
        // The deviation is the fill error, whatever the tare: mass, volume and dose scale together.
        EXPECT_NEAR(off->deviationPercent, (f - 1) * 100, 1e-6);
        EXPECT_NEAR(off->doseMg / off->targetDoseMg, off->netGrams / off->expectedNetGrams, 1e-9);
        const double tol = off->tolerancePercent;
        EXPECT_EQ(off->decision == WeighingDecision::Accept, std::fabs(off->deviationPercent) <= tol);
    }
}

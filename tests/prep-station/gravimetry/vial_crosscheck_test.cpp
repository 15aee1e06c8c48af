// SPDX-License-Identifier: GPL-3.0-or-later
// The vial/syringe cross-check (vial-crosscheck.csv) with a worked example on the shipped allowance: the mass the
// vial lost against the mass the syringe gained, the needle's dead volume allowed one way only.
#include "prep-station/data_files.h"
#include "prep-station/gravimetry/gravimetry.h"

#include <gtest/gtest.h>

using namespace prep::station;

namespace {

CrossCheckAllowance shipped(const std::string& drug)
{
    auto file = loadDataFile("vial-crosscheck.csv");
    EXPECT_TRUE(file) << file.error().message;
    auto policy = CrossCheckPolicy::parse(file->content, file->origin);
    EXPECT_TRUE(policy) << policy.error().message;
    auto a = policy->allowance(drug);
    EXPECT_TRUE(a) << a.error().message;
    return a ? *a : CrossCheckAllowance{};
}

constexpr double kD = 0.001;           // a 0.001 g analytical scale, for the vial and the syringe
constexpr double kAzacitidine = 1.016; // g/mL, densities.csv

} // namespace

// The shipped allowance is the sourced figure: an 18 G needle keeps 0.07 mL (Cambruzzi & Macfarlane 2021).
TEST(VialCrossCheck, TheShippedAllowanceIsTheSourcedNeedleDeadVolume)
{
    const auto a = shipped("azacitidine");
    EXPECT_DOUBLE_EQ(a.deadVolumeMl, 0.07);
    EXPECT_DOUBLE_EQ(a.readabilities, 2);
    EXPECT_NE(a.source.find("10.1016/j.vaa.2021.01.008"), std::string::npos) << a.source;
}

// Worked example, azacitidine 25 mg/mL, 3 mL drawn:
//   vial 16.250 g -> 13.150 g: lost 3.100 g; syringe 4.500 g -> 7.548 g: gained 3.048 g; difference +0.052 g.
//   allowance: scale 2 x (0.001 + 0.001) = 0.004 g either way; dead volume 0.07 mL x 1.016 g/mL = 0.07112 g.
//   allowed -0.004 g to +0.07512 g: passed.
TEST(VialCrossCheck, WorkedExampleADrugDrawnFromTheVialPasses)
{
    auto c = checkVialCrossCheck(shipped("azacitidine"), kAzacitidine, 16.250, 13.150, kD, 4.500, 7.548, kD);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_NEAR(c->vialLostGrams, 3.100, 1e-9);
    EXPECT_NEAR(c->syringeGainedGrams, 3.048, 1e-9);
    EXPECT_NEAR(c->differenceGrams, 0.052, 1e-9);
    EXPECT_NEAR(c->scaleAllowanceGrams, 0.004, 1e-12);
    EXPECT_NEAR(c->deadVolumeGrams, 0.07112, 1e-12);
    EXPECT_TRUE(c->passed) << c->explanation;
    // 0.030 g more lost (a drop left in the needle and on the stopper: 0.082 g) is beyond 0.07512 g.
    auto spilled = checkVialCrossCheck(shipped("azacitidine"), kAzacitidine, 16.250, 13.120, kD, 4.500, 7.548, kD);
    ASSERT_TRUE(spilled);
    EXPECT_FALSE(spilled->passed);
    EXPECT_NE(spilled->explanation.find("liquid was lost"), std::string::npos) << spilled->explanation;
}

// The same syringe mass drawn from the diluent bag: the vial lost nothing.
TEST(VialCrossCheck, ASyringeFilledFromTheDiluentFails)
{
    auto c = checkVialCrossCheck(shipped("azacitidine"), kAzacitidine, 16.250, 16.250, kD, 4.500, 7.548, kD);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_FALSE(c->passed);
    EXPECT_NEAR(c->differenceGrams, -3.048, 1e-9);
    EXPECT_NE(c->explanation.find("may hold diluent"), std::string::npos) << c->explanation;
    EXPECT_NE(c->explanation.find("pharmacist"), std::string::npos) << c->explanation;
    // Half from the vial, half from the bag: 1.524 g the vial never gave.
    auto half = checkVialCrossCheck(shipped("azacitidine"), kAzacitidine, 16.250, 14.726, kD, 4.500, 7.548, kD);
    ASSERT_TRUE(half);
    EXPECT_FALSE(half->passed);
    // The dead volume never excuses a syringe heavier than the vial's loss: 5 mg over fails, 4 mg passes.
    auto over5 = checkVialCrossCheck(shipped("azacitidine"), kAzacitidine, 16.250, 13.207, kD, 4.500, 7.548, kD);
    ASSERT_TRUE(over5);
    EXPECT_FALSE(over5->passed) << over5->explanation;
    auto over4 = checkVialCrossCheck(shipped("azacitidine"), kAzacitidine, 16.250, 13.206, kD, 4.500, 7.548, kD);
    ASSERT_TRUE(over4);
    EXPECT_TRUE(over4->passed) << over4->explanation;
}

TEST(VialCrossCheck, AnAllowanceFileThatWouldHideADiluentSyringeIsRefused)
{
    const char* header = "drug,dead_volume_ml,readabilities,source\n";
    EXPECT_TRUE(CrossCheckPolicy::parse(std::string(header) + "*,0.07,2,x\n", "t.csv"));
    auto wide = CrossCheckPolicy::parse(std::string(header) + "*,1.0,2,x\n", "t.csv");
    ASSERT_FALSE(wide);
    EXPECT_NE(wide.error().message.find("t.csv line"), std::string::npos) << wide.error().message;
    EXPECT_FALSE(CrossCheckPolicy::parse(std::string(header) + "*,0.07,2,\n", "t.csv")); // no source
    EXPECT_FALSE(CrossCheckPolicy::parse(std::string(header) + "*,0.07,2,x\n*,0.05,2,y\n", "t.csv"));
    auto none = CrossCheckPolicy::parse(std::string(header) + "azacitidine,0.07,2,x\n", "t.csv");
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->allowance("bortezomib"));
}

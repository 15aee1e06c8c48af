// SPDX-License-Identifier: GPL-3.0-or-later
// Dosing against the shipped protocols and against small protocol tables that isolate one rule each.
#include "prep-station/dosing/dosing.h"
#include "prep-station/time/paris_time.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace prep::station;

namespace {

ProtocolTable shipped()
{
    auto table = loadProtocols();
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message);
    return table.ok() ? *table : ProtocolTable{};
}

// One azacitidine-like protocol with the given rounding, cap and formula.
ProtocolTable custom(const std::string& rounding, const std::string& cap = "null",
                     const std::string& formula = "mosteller")
{
    const std::string json = R"({"version":"test","plausibility":{"height_cm":{"min":120,"max":230},
        "weight_kg":{"min":30,"max":250}},"default_protocol":{"azacitidine":"T"},"protocols":[{"id":"T",
        "drug":"azacitidine","route":"SC","mg_per_m2":75,"bsa_formula":")" +
                             formula + R"(","bsa_cap_m2":)" + cap + R"(,"rounding":)" + rounding +
                             R"(,"concentration_mg_per_ml":25,"vial_mg":100,"split":{"above_ml":4,"syringes":2},
        "source":"test"}]})";
    auto table = parseProtocols(json);
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message);
    return table.ok() ? *table : ProtocolTable{};
}

Result<DosePlan> plan(const std::string& drug, double h, double w, std::optional<double> level = std::nullopt,
                      std::optional<std::string> protocol = std::nullopt)
{
    return planDose(DoseRequest{drug, h, w, level, protocol, std::nullopt, std::nullopt}, shipped());
}

} // namespace

TEST(Dosing, BsaFormulasMatchTheReferenceWorkedExample)
{
    // reference.md 2.2: 170 cm, 70 kg -> Mosteller 1.818, DuBois 1.810.
    EXPECT_NEAR(bsaMosteller(170, 70), 1.818, 0.0005);
    EXPECT_NEAR(bsaDuBois(170, 70), 1.810, 0.0005);
}

TEST(Dosing, AzacitidineWorkedExampleSplitsIntoTwoEqualSyringes)
{
    // reference.md 2.2: 75 x 1.818 = 136.4 mg = 5.45 mL, over 4 mL, so 2 syringes of 2.73 mL (68.2 mg).
    auto p = plan("azacitidine", 170, 70);
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(p->protocolId, "AZA-SC-75");
    EXPECT_EQ(p->bsaFormula, "Mosteller");
    EXPECT_NEAR(p->bsaM2, 1.818, 0.0005);
    EXPECT_NEAR(p->calculatedDoseMg, 136.36, 0.01);
    EXPECT_DOUBLE_EQ(p->doseMg, 136.4);
    EXPECT_NEAR(p->volumeMl, 5.456, 1e-9);
    ASSERT_EQ(p->syringes.size(), 2u);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(p->syringes[i].index, i + 1);
        EXPECT_EQ(p->syringes[i].count, 2);
        EXPECT_NEAR(p->syringes[i].volumeMl, 2.728, 1e-9);
        EXPECT_NEAR(p->syringes[i].doseMg, 68.2, 1e-9);
    }
    EXPECT_EQ(p->vials, 2);
    EXPECT_NEAR(p->leftoverMg, 63.6, 1e-9);
    EXPECT_NEAR(p->roundingDeviationPercent, 0.03, 0.01);
    EXPECT_DOUBLE_EQ(p->heightCm, 170);
    EXPECT_DOUBLE_EQ(p->weightKg, 70);
}

TEST(Dosing, DuBoisIsChosenPerProtocol)
{
    auto p = plan("azacitidine", 170, 70, std::nullopt, "AZA-SC-75-DUBOIS");
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_EQ(p->bsaFormula, "DuBois");
    EXPECT_NEAR(p->bsaM2, 1.810, 0.0005);
    EXPECT_NEAR(p->doseMg, 135.7, 0.05);
}

TEST(Dosing, BortezomibWorkedExampleOneSyringeOneVial)
{
    // reference.md 2.2: 1.3 x 1.818 = 2.36 mg = 0.945 mL of 2.5 mg/mL.
    auto p = plan("bortezomib", 170, 70);
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_DOUBLE_EQ(p->doseMg, 2.36);
    EXPECT_NEAR(p->volumeMl, 0.944, 1e-9);
    ASSERT_EQ(p->syringes.size(), 1u);
    EXPECT_EQ(p->syringes[0].count, 1);
    EXPECT_EQ(p->vials, 1);
    EXPECT_NEAR(p->leftoverMg, 1.14, 1e-9);
}

TEST(Dosing, BortezomibReductionsFollowTheLevels)
{
    auto full = plan("bortezomib", 170, 70, 1.3);
    auto first = plan("bortezomib", 170, 70, 1.0);
    auto second = plan("bortezomib", 170, 70, 0.7);
    ASSERT_TRUE(full.ok() && first.ok() && second.ok());
    EXPECT_DOUBLE_EQ(first->doseMg, 1.82);
    EXPECT_DOUBLE_EQ(second->doseMg, 1.27);
    auto off = plan("bortezomib", 170, 70, 1.2);
    ASSERT_FALSE(off.ok());
    EXPECT_EQ(off.error().kind, Error::Kind::Refused);
    EXPECT_NE(off.error().message.find("1.3, 1, 0.7"), std::string::npos) << off.error().message;
}

TEST(Dosing, AzacitidineAboveTheFullDoseIsRefused)
{
    auto p = plan("azacitidine", 170, 70, 100);
    ASSERT_FALSE(p.ok());
    EXPECT_NE(p.error().message.find("mg-per-m2"), std::string::npos);
    auto reduced = plan("azacitidine", 170, 70, 50);
    ASSERT_TRUE(reduced.ok());
    EXPECT_NEAR(reduced->doseMg, 90.9, 1e-9);
    EXPECT_EQ(reduced->syringes.size(), 1u); // 3.636 mL
}

TEST(Dosing, BortezomibDosesAtLeast72HoursApart)
{
    const ProtocolTable table = shipped();
    const DoseProtocol* btz = table.find("BTZ-SC-1.3");
    ASSERT_NE(btz, nullptr);
    const UtcTime day1 = *parseIso8601("2026-11-02T10:00");
    EXPECT_TRUE(checkDoseSpacing(*btz, day1, day1 + std::chrono::hours(72)).ok());
    auto early = checkDoseSpacing(*btz, day1, day1 + std::chrono::hours(71));
    ASSERT_FALSE(early.ok());
    EXPECT_NE(early.error().message.find("72 h"), std::string::npos) << early.error().message;
    // Through planDose as well.
    auto p = planDose(
        DoseRequest{"bortezomib", 170, 70, std::nullopt, std::nullopt, day1, day1 + std::chrono::hours(48)}, table);
    EXPECT_FALSE(p.ok());
    // Azacitidine (daily) has no spacing rule.
    auto aza = planDose(
        DoseRequest{"azacitidine", 170, 70, std::nullopt, std::nullopt, day1, day1 + std::chrono::hours(24)}, table);
    EXPECT_TRUE(aza.ok());
}

TEST(Dosing, SplitOnlyAboveTheThreshold)
{
    // A dose of exactly 100 mg is exactly 4 mL: one syringe. 100.1 mg is above: two equal halves.
    const double bsa = bsaMosteller(170, 70);
    auto at = plan("azacitidine", 170, 70, 100.0 / bsa);
    ASSERT_TRUE(at.ok()) << at.error().message;
    EXPECT_DOUBLE_EQ(at->doseMg, 100.0);
    EXPECT_DOUBLE_EQ(at->volumeMl, 4.0);
    EXPECT_EQ(at->syringes.size(), 1u);
    EXPECT_EQ(at->vials, 1);
    EXPECT_NEAR(at->leftoverMg, 0, 1e-9);
    auto above = plan("azacitidine", 170, 70, 100.1 / bsa);
    ASSERT_TRUE(above.ok());
    ASSERT_EQ(above->syringes.size(), 2u);
    EXPECT_NEAR(above->syringes[0].volumeMl, 2.002, 1e-9);
    EXPECT_EQ(above->vials, 2);
}

TEST(Dosing, BsaExtremesAndImplausibleInput)
{
    auto small = plan("azacitidine", 120, 30);
    auto large = plan("azacitidine", 230, 250);
    ASSERT_TRUE(small.ok() && large.ok());
    EXPECT_NEAR(small->bsaM2, 1.0, 1e-9);      // sqrt(120 * 30 / 3600)
    EXPECT_NEAR(large->bsaM2, 3.9965, 0.0001); // no cap in the shipped protocol
    EXPECT_EQ(large->syringes.size(), 2u);
    for (auto [h, w, field] :
         {std::tuple{119.0, 70.0, "height"}, std::tuple{231.0, 70.0, "height"}, std::tuple{170.0, 29.0, "weight"},
          std::tuple{170.0, 251.0, "weight"}, std::tuple{double(NAN), 70.0, "height"},
          std::tuple{170.0, double(INFINITY), "weight"}, std::tuple{1.70, 70.0, "height"}}) {
        auto p = plan("azacitidine", h, w);
        ASSERT_FALSE(p.ok()) << h << " " << w;
        EXPECT_EQ(p.error().message.rfind(field, 0), 0u) << p.error().message;
    }
}

TEST(Dosing, UnknownDrugOrWrongProtocolIsNamed)
{
    auto unknown = plan("cytarabine", 170, 70);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, Error::Kind::NotFound);
    EXPECT_NE(unknown.error().message.find("cytarabine"), std::string::npos);
    auto wrong = plan("azacitidine", 170, 70, std::nullopt, "BTZ-SC-1.3");
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("bortezomib"), std::string::npos);
    auto missing = plan("azacitidine", 170, 70, std::nullopt, "NOPE");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("NOPE"), std::string::npos);
    EXPECT_TRUE(plan("Azacitidine", 170, 70).ok()); // names are not case-sensitive
}

TEST(Dosing, BsaCapAppliesAndTheUncappedValueIsKept)
{
    const ProtocolTable table = custom(R"({"increment_mg":0.1,"block_above_percent":10})", "2.0");
    auto p = planDose(DoseRequest{"azacitidine", 200, 120, std::nullopt, std::nullopt, {}, {}}, table);
    ASSERT_TRUE(p.ok()) << p.error().message;
    EXPECT_TRUE(p->bsaCapped);
    EXPECT_DOUBLE_EQ(p->bsaM2, 2.0);
    EXPECT_NEAR(p->uncappedBsaM2, 2.582, 0.001);
    EXPECT_DOUBLE_EQ(p->doseMg, 150.0);
    auto below = planDose(DoseRequest{"azacitidine", 170, 70, std::nullopt, std::nullopt, {}, {}}, table);
    ASSERT_TRUE(below.ok());
    EXPECT_FALSE(below->bsaCapped);
}

TEST(Dosing, RoundingIncrementRecordsTheDeviationAndBlocksAboveTheLimit)
{
    // 136.36 mg to the nearest 25 mg is 125 mg: -8.3 %.
    auto allowed = planDose(DoseRequest{"azacitidine", 170, 70, std::nullopt, std::nullopt, {}, {}},
                            custom(R"({"increment_mg":25,"block_above_percent":10})"));
    ASSERT_TRUE(allowed.ok()) << allowed.error().message;
    EXPECT_DOUBLE_EQ(allowed->doseMg, 125.0);
    EXPECT_NEAR(allowed->roundingDeviationPercent, -8.33, 0.01);
    auto blocked = planDose(DoseRequest{"azacitidine", 170, 70, std::nullopt, std::nullopt, {}, {}},
                            custom(R"({"increment_mg":25,"block_above_percent":5})"));
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().kind, Error::Kind::Refused);
    EXPECT_NE(blocked.error().message.find("rounding"), std::string::npos) << blocked.error().message;
    // 2.5 mg increments: 136.36 -> 137.5 mg (+0.8 %).
    auto banded = planDose(DoseRequest{"azacitidine", 170, 70, std::nullopt, std::nullopt, {}, {}},
                           custom(R"({"increment_mg":2.5,"block_above_percent":10})"));
    ASSERT_TRUE(banded.ok());
    EXPECT_DOUBLE_EQ(banded->doseMg, 137.5);
}

TEST(Dosing, DoseNeverDecreasesWhenBsaGrows)
{
    // Property over the plausible range, both formulas: heavier or taller never gets a smaller dose.
    for (const std::string formula : {"mosteller", "dubois"}) {
        const ProtocolTable table = custom(R"({"increment_mg":0.1,"block_above_percent":10})", "null", formula);
        double previousByWeight = 0;
        for (double w = 30; w <= 250; w += 0.7) {
            auto p = planDose(DoseRequest{"azacitidine", 165, w, std::nullopt, std::nullopt, {}, {}}, table);
            ASSERT_TRUE(p.ok());
            ASSERT_GE(p->doseMg, previousByWeight) << formula << " w=" << w;
            ASSERT_LE(std::fabs(p->roundingDeviationPercent), 10.0);
            previousByWeight = p->doseMg;
        }
        double previousByHeight = 0;
        for (double h = 120; h <= 230; h += 0.3) {
            auto p = planDose(DoseRequest{"azacitidine", h, 80, std::nullopt, std::nullopt, {}, {}}, table);
            ASSERT_TRUE(p.ok());
            ASSERT_GE(p->doseMg, previousByHeight) << formula << " h=" << h;
            double syringeTotal = 0;
            for (const auto& s : p->syringes)
                syringeTotal += s.volumeMl;
            ASSERT_NEAR(syringeTotal, p->volumeMl, 1e-9);
            previousByHeight = p->doseMg;
        }
    }
}

TEST(Dosing, ProtocolFileErrorsNameTheProtocolAndField)
{
    auto noSource = parseProtocols(R"({"version":"t","plausibility":{"height_cm":{"min":1,"max":2},
        "weight_kg":{"min":1,"max":2}},"protocols":[{"id":"X","drug":"d","route":"SC","mg_per_m2":1,
        "bsa_formula":"mosteller","concentration_mg_per_ml":1,"vial_mg":1}]})");
    ASSERT_FALSE(noSource.ok());
    EXPECT_NE(noSource.error().message.find("protocol X"), std::string::npos) << noSource.error().message;
    auto badFormula = parseProtocols(R"({"version":"t","plausibility":{"height_cm":{"min":1,"max":2},
        "weight_kg":{"min":1,"max":2}},"protocols":[{"id":"Y","drug":"d","route":"SC","mg_per_m2":1,
        "bsa_formula":"haycock","concentration_mg_per_ml":1,"vial_mg":1,"source":"s"}]})");
    ASSERT_FALSE(badFormula.ok());
    EXPECT_NE(badFormula.error().message.find("bsa_formula"), std::string::npos);
    EXPECT_FALSE(parseProtocols("not json").ok());
}

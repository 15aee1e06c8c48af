// SPDX-License-Identifier: GPL-3.0-or-later
// Trastuzumab SC was added through prep-station/data only. These worked examples show what the data give: a
// fixed dose without BSA, the tolerance band of a 5 mL syringe, the expiry of the filled syringe (Europe/Paris),
// and that the protocol model refuses a file that mixes a fixed dose with a dose per m2.
#include "prep-station/data_files.h"
#include "prep-station/dosing/dosing.h"
#include "prep-station/gravimetry/density_table.h"
#include "prep-station/gravimetry/tolerance_policy.h"
#include "prep-station/gravimetry/withdrawal_check.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/time/paris_time.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace prep::station {
namespace {

using namespace std::chrono_literals;

TEST(NewDrugByData, TrastuzumabIs600MgWhateverTheHeightAndWeight)
{
    auto protocols = loadProtocols();
    ASSERT_TRUE(protocols) << protocols.error().message;
    const DoseProtocol* protocol = protocols->find("TRA-SC-600");
    ASSERT_NE(protocol, nullptr);
    EXPECT_TRUE(protocol->isFixedDose());
    EXPECT_FALSE(protocol->needsReconstitution()); // ready to use: vial_diluent_ml null
    // A small, a large and an unknown patient (0 = not given): the same 600 mg, never rounded, 5.0 mL, one vial.
    for (auto [height, weight] : {std::pair{150.0, 45.0}, std::pair{185.0, 120.0}, std::pair{0.0, 0.0}}) {
        auto plan = planDose(DoseRequest{"Trastuzumab", height, weight}, *protocols);
        ASSERT_TRUE(plan) << plan.error().message;
        EXPECT_EQ(plan->protocolId, "TRA-SC-600");
        EXPECT_DOUBLE_EQ(plan->doseMg, 600.0);
        EXPECT_DOUBLE_EQ(plan->calculatedDoseMg, 600.0);
        EXPECT_DOUBLE_EQ(plan->roundingDeviationPercent, 0.0);
        EXPECT_DOUBLE_EQ(plan->bsaM2, 0.0);
        EXPECT_DOUBLE_EQ(plan->volumeMl, 5.0);
        ASSERT_EQ(plan->syringes.size(), 1u);
        EXPECT_DOUBLE_EQ(plan->syringes[0].volumeMl, 5.0);
        EXPECT_EQ(plan->vials, 1);
        EXPECT_DOUBLE_EQ(plan->leftoverMg, 0.0);
        EXPECT_DOUBLE_EQ(plan->heightCm, height); // kept for the record
        EXPECT_TRUE(plan->fixedDose);
    }
    // A dose per m2 is another regimen, not a fixed-dose order; an implausible weight is still an entry error.
    auto perM2 = planDose(DoseRequest{"trastuzumab", 165, 62, 75.0}, *protocols);
    ASSERT_FALSE(perM2);
    EXPECT_NE(perM2.error().message.find("fixed dose of 600 mg"), std::string::npos) << perM2.error().message;
    auto typo = planDose(DoseRequest{"trastuzumab", 165, 620}, *protocols);
    ASSERT_FALSE(typo);
    EXPECT_NE(typo.error().message.find("weight"), std::string::npos) << typo.error().message;
    // The BSA protocols are untouched: azacitidine still needs height, weight and its diluent.
    EXPECT_FALSE(planDose(DoseRequest{"azacitidine", 0, 0}, *protocols));
    EXPECT_TRUE(protocols->find("AZA-SC-75")->needsReconstitution());
}

TEST(NewDrugByData, AProtocolIsEitherPerM2OrFixedAndItsDiluentIsANumberOrNull)
{
    auto parse = [](const std::string& dose, const std::string& diluent) {
        const std::string text = R"({"version":"t","plausibility":{"height_cm":{"min":120,"max":230},
            "weight_kg":{"min":30,"max":250}},"protocols":[{"id":"P","drug":"d","route":"SC",)" +
                                 dose + R"(,"concentration_mg_per_ml":10,"vial_mg":100,"vial_diluent_ml":)" + diluent +
                                 R"(,"source":"s"}]})";
        return parseProtocols(text);
    };
    auto fixed = parse(R"("fixed_dose_mg":100)", "null");
    ASSERT_TRUE(fixed) << fixed.error().message;
    EXPECT_EQ(fixed->protocols[0].fixedDoseMg, 100.0);
    EXPECT_FALSE(fixed->protocols[0].needsReconstitution());
    auto both = parse(R"("fixed_dose_mg":100,"mg_per_m2":75,"bsa_formula":"mosteller")", "0");
    ASSERT_FALSE(both);
    EXPECT_NE(both.error().message.find("protocol P"), std::string::npos) << both.error().message;
    EXPECT_FALSE(parse(R"("bsa_formula":"mosteller")", "0")); // neither
    auto negative = parse(R"("fixed_dose_mg":100)", "-1");
    ASSERT_FALSE(negative);
    EXPECT_NE(negative.error().message.find("vial_diluent_ml"), std::string::npos) << negative.error().message;
    EXPECT_FALSE(parse(R"("fixed_dose_mg":-600)", "null"));
}

TEST(NewDrugByData, AFiveMillilitreSyringeGetsTheDefaultFivePercentBand)
{
    auto tolerances = TolerancePolicy::load();
    auto densities = DensityTable::load();
    ASSERT_TRUE(tolerances && densities);
    auto band = tolerances->band("trastuzumab", 5.0);
    ASSERT_TRUE(band) << band.error().message;
    EXPECT_EQ(band->drug, "*"); // no rows of its own: the default band for > 2 mL
    EXPECT_DOUBLE_EQ(band->tolerancePercent, 5.0);
    EXPECT_DOUBLE_EQ(band->pharmacistPercent, 10.0);
    // Worked example at the estimated density 1.06 g/mL: 5.0 mL = 5.300 g net for 600 mg.
    auto density = densities->find("trastuzumab", 120);
    ASSERT_TRUE(density);
    EXPECT_DOUBLE_EQ(density->gramsPerMl, 1.06);
    struct Case
    {
        double netGrams;
        WeighingDecision decision;
    };
    for (const Case& c : {Case{5.300, WeighingDecision::Accept},          // 600 mg, 0 %
                          Case{5.512, WeighingDecision::Accept},          // 624 mg, +4 %
                          Case{4.929, WeighingDecision::AwaitPharmacist}, // 558 mg, -7 % (under-dosed)
                          Case{5.671, WeighingDecision::AwaitPharmacist}, // 642 mg, +7 %
                          Case{5.936, WeighingDecision::RejectRedo}}) {   // 672 mg, +12 %
        auto check = checkWithdrawal(*densities, *tolerances, "trastuzumab", 120, 600, 10.0, 10.0 + c.netGrams);
        ASSERT_TRUE(check) << check.error().message;
        EXPECT_EQ(check->decision, c.decision) << c.netGrams << " g: " << check->explanation;
        EXPECT_DOUBLE_EQ(check->tolerancePercent, 5.0);
    }
}

// Worked example: the syringe filled on Saturday 28 March 2026 at 14:30 in Paris (13:30 UTC, CET); the clocks go
// forward that night, so every expiry below is in CEST (UTC+2) on the label.
class TrastuzumabExpiry : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto table = loadStabilityTable();
        ASSERT_TRUE(table) << table.error().message;
        m_table = *table;
        auto policy = loadSitePolicy(m_table);
        ASSERT_TRUE(policy) << policy.error().message;
        m_policy = *policy;
    }
    ExpiryDecision decide(std::vector<std::string> storage, const SitePolicy& policy)
    {
        ExpiryRequest r;
        r.drug = "trastuzumab";
        r.preparedAt = *parseIso8601("2026-03-28T14:30");
        r.storage = std::move(storage);
        r.diluentTemp = ""; // ready to use: no reconstitution water
        auto d = computeExpiry(r, m_table, policy);
        EXPECT_TRUE(d) << (d ? "" : d.error().message);
        return d ? *d : ExpiryDecision{};
    }
    SitePolicy asepticValidated()
    {
        auto text = loadDataFile("site-policy.json");
        EXPECT_TRUE(text);
        auto doc = nlohmann::json::parse(text->content);
        doc["aseptic_process_validated"] = true;
        auto policy = parseSitePolicy(doc.dump(), m_table);
        EXPECT_TRUE(policy) << (policy ? "" : policy.error().message);
        return *policy;
    }
    StabilityTable m_table;
    SitePolicy m_policy;
};

TEST_F(TrastuzumabExpiry, RefrigeratedTheMicrobiologicalCapDecidesUntilTheAsepticProcessIsValidated)
{
    EXPECT_EQ(formatUtcIso(*parseIso8601("2026-03-28T14:30")), "2026-03-28T13:30:00Z");
    // Shipped policy: TRA-SPC-1 allows 48 h, the 24 h cap (no preservative, process not validated) is earlier.
    const ExpiryDecision capped = decide({"2-8C"}, m_policy);
    EXPECT_EQ(capped.productId, "herceptin-sc");
    EXPECT_EQ(capped.ruleId, "MICRO-CPMP-24H");
    EXPECT_EQ(formatUtcIso(capped.expiry), "2026-03-29T13:30:00Z");
    EXPECT_EQ(formatParisDisplay(capped.expiry), "29/03/2026 15:30"); // 24 h later, one hour more on the wall
    EXPECT_EQ(capped.storageLabel, "À conserver entre +2 °C et +8 °C");
    // A site that validated its aseptic process gets the product's own 48 h.
    const ExpiryDecision full = decide({"2-8C"}, asepticValidated());
    EXPECT_EQ(full.ruleId, "TRA-SPC-1");
    EXPECT_EQ(full.verification, "V");
    EXPECT_EQ(formatParisIso(full.expiry), "2026-03-30T15:30:00+02:00");
    EXPECT_NE(full.source.find("generika.cc"), std::string::npos) << full.source;
}

TEST_F(TrastuzumabExpiry, AfterTheRefrigeratorSixHoursAtRoomTemperature)
{
    const ExpiryDecision d = decide({"2-8C", "25C"}, asepticValidated());
    EXPECT_EQ(d.ruleId, "TRA-SPC-1"); // the expiry stays the refrigerated one
    ASSERT_EQ(d.phases.size(), 2u);
    EXPECT_EQ(d.phases[1].ruleId, "TRA-SPC-2");
    EXPECT_EQ(d.phases[1].maxDuration, 6h);
    EXPECT_NE(d.storageLabel.find("injecter dans les 360 min"), std::string::npos) << d.storageLabel;
    EXPECT_EQ(d.roomTemperatureBudget, 6h);
    // Kept at room temperature from the start: 6 h, 14:30 -> 20:30 the same day (still CET).
    const ExpiryDecision room = decide({"25C"}, m_policy);
    EXPECT_EQ(room.ruleId, "TRA-SPC-3");
    EXPECT_EQ(formatParisDisplay(room.expiry), "28/03/2026 20:30");
}

} // namespace
} // namespace prep::station

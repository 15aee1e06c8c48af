// SPDX-License-Identifier: GPL-3.0-or-later
// Expiry: worked examples from reference.md (hand-computed wall-clock times, both DST changes), every stability
// row deciding at least once, storage sequences, caps, refusals, and the "never later than any limit" property.
#include "prep-station/data_files.h"
#include "prep-station/stability/expiry.h"
#include "prep-station/time/paris_time.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace prep::station;
using namespace std::chrono;
using nlohmann::json;

namespace {

const StabilityTable& table()
{
    static const StabilityTable t = *loadStabilityTable();
    return t;
}

json shippedPolicyJson()
{
    return json::parse(loadDataFile("site-policy.json")->content);
}

SitePolicy policyFrom(const json& doc)
{
    auto p = parseSitePolicy(doc.dump(), table(), "test-policy");
    EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message);
    return p.ok() ? *p : SitePolicy{};
}

SitePolicy shipped()
{
    return policyFrom(shippedPolicyJson());
}

ExpiryRequest request(const std::string& drug, const std::string& prepared, std::vector<std::string> storage,
                      std::string diluentTemp = "2-8C", std::optional<std::string> product = std::nullopt)
{
    ExpiryRequest r;
    r.drug = drug;
    r.productId = product;
    r.preparedAt = *parseIso8601(prepared);
    r.storage = std::move(storage);
    r.diluentTemp = std::move(diluentTemp);
    return r;
}

ExpiryDecision decide(const ExpiryRequest& r, const SitePolicy& policy)
{
    auto d = computeExpiry(r, table(), policy);
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
    return d.ok() ? *d : ExpiryDecision{};
}

Error refusal(const ExpiryRequest& r, const SitePolicy& policy)
{
    auto d = computeExpiry(r, table(), policy);
    EXPECT_FALSE(d.ok()) << "expected a refusal, got " << (d.ok() ? d->ruleId : "");
    return d.ok() ? Error{} : d.error();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(Expiry, DemoCaseAzacitidineRefrigeratedWfiAtTwoToEight)
{
    // SmPC: refrigerated WFI, 22 h at 2-8 C [S1]; the 24 h microbiological cap is later. Across midnight.
    const ExpiryDecision d = decide(request("azacitidine", "2026-11-22T20:30", {"2-8C"}), shipped());
    EXPECT_EQ(formatParisIso(d.expiry), "2026-11-23T18:30:00+01:00");
    EXPECT_EQ(formatParisDisplay(d.expiry), "23/11/2026 18:30");
    EXPECT_EQ(d.ruleId, "AZA-SPC-3");
    EXPECT_TRUE(contains(d.source, "S1: Vidaza EU SmPC"));
    EXPECT_EQ(d.basis, "SmPC in-use");
    EXPECT_EQ(d.productId, "vidaza");
    EXPECT_EQ(d.storageLabel, "À conserver entre +2 °C et +8 °C");
    EXPECT_FALSE(d.protectFromLight);
    EXPECT_EQ(d.verification, "V");
    EXPECT_EQ(d.considered.size(), 2u);
    EXPECT_TRUE(contains(d.explanation, "MICRO-CPMP-24H 24 h"));
    EXPECT_EQ(d.roomTemperatureBudget, minutes(30)); // AZA-SPC-4: equilibration before injection
    EXPECT_EQ(d.roomTemperatureRuleId, "AZA-SPC-4");
}

TEST(Expiry, AzacitidineWaterNotRefrigerated)
{
    const SitePolicy policy = shipped();
    const ExpiryDecision fridge = decide(request("azacitidine", "2026-11-22T20:30", {"2-8C"}, "room"), policy);
    EXPECT_EQ(fridge.ruleId, "AZA-SPC-2");
    EXPECT_EQ(formatParisIso(fridge.expiry), "2026-11-23T04:30:00+01:00");
    const ExpiryDecision room = decide(request("azacitidine", "2026-11-22T20:30", {"25C"}, "room"), policy);
    EXPECT_EQ(room.ruleId, "AZA-SPC-1");
    EXPECT_EQ(formatParisIso(room.expiry), "2026-11-22T21:15:00+01:00");
}

TEST(Expiry, NoMatchingRowIsRefusedNeverBorrowed)
{
    // Refrigerated WFI then kept at 25 C: the SmPC has no statement; another product's data must not be used.
    const Error e = refusal(request("azacitidine", "2026-11-22T20:30", {"25C"}), shipped());
    EXPECT_EQ(e.kind, Error::Kind::Refused);
    EXPECT_TRUE(contains(e.message, "no validated stability data")) << e.message;
    EXPECT_TRUE(contains(e.message, "AZA-SPC-1 (diluent temperature not refrigerated)")) << e.message;
}

TEST(Expiry, OctoberChangeGivesTheRightWallClock)
{
    const SitePolicy policy = shipped();
    // 24 Oct 20:00 CEST + 22 h = 25 Oct 17:00 CET (the wall clock moved back an hour in between).
    EXPECT_EQ(formatParisIso(decide(request("azacitidine", "2026-10-24T20:00", {"2-8C"}), policy).expiry),
              "2026-10-25T17:00:00+01:00");
    // Half an hour before the change (01:30 CEST): 22 h later is 22:30 CET.
    EXPECT_EQ(formatParisIso(decide(request("azacitidine", "2026-10-25T01:30", {"2-8C"}), policy).expiry),
              "2026-10-25T22:30:00+01:00");
    // Bortezomib 8 h at 25 C from 01:00 CEST: 08:00 CET, seven wall-clock hours later.
    EXPECT_EQ(formatParisIso(decide(request("bortezomib", "2026-10-25T01:00", {"25C"}, "room"), policy).expiry),
              "2026-10-25T08:00:00+01:00");
}

TEST(Expiry, MarchChangeGivesTheRightWallClock)
{
    const SitePolicy policy = shipped();
    // 28 Mar 20:00 CET + 22 h = 29 Mar 19:00 CEST.
    EXPECT_EQ(formatParisIso(decide(request("azacitidine", "2026-03-28T20:00", {"2-8C"}), policy).expiry),
              "2026-03-29T19:00:00+02:00");
    // 01:30 CET, just before the change: 22 h later is past midnight, 00:30 CEST on the 30th.
    EXPECT_EQ(formatParisIso(decide(request("azacitidine", "2026-03-29T01:30", {"2-8C"}), policy).expiry),
              "2026-03-30T00:30:00+02:00");
    // 45 min at 25 C from 01:30 CET crosses the gap: 03:15 CEST.
    EXPECT_EQ(formatParisIso(decide(request("azacitidine", "2026-03-29T01:30", {"25C"}, "room"), policy).expiry),
              "2026-03-29T03:15:00+02:00");
}

TEST(Expiry, SecondsNeverMakeThePrintedExpiryLater)
{
    const ExpiryDecision d = decide(request("azacitidine", "2026-11-22T20:30:59.500+01:00", {"2-8C"}), shipped());
    EXPECT_EQ(formatParisIso(d.expiry), "2026-11-23T18:30:00+01:00");
}

TEST(Expiry, RefrigeratedThenRoomTemperatureBeforeInjection)
{
    // AZA-SPC-4 describes the short phase after the refrigerator: the expiry stays the refrigerated one.
    const ExpiryDecision d = decide(request("azacitidine", "2026-11-22T20:30", {"2-8C", "25C"}), shipped());
    EXPECT_EQ(d.ruleId, "AZA-SPC-3");
    EXPECT_EQ(formatParisIso(d.expiry), "2026-11-23T18:30:00+01:00");
    ASSERT_EQ(d.phases.size(), 2u);
    EXPECT_EQ(d.phases[1].ruleId, "AZA-SPC-4");
    EXPECT_EQ(d.phases[1].maxDuration, minutes(30));
    EXPECT_TRUE(contains(d.storageLabel, "30 min"));
    // The reverse order is not what the row describes.
    EXPECT_TRUE(contains(refusal(request("azacitidine", "2026-11-22T20:30", {"25C", "2-8C"}), shipped()).message,
                         "no row and no site-validated sequence"));
    // Bortezomib has no such row: refrigerated then room is refused rather than composed.
    EXPECT_FALSE(
        computeExpiry(request("bortezomib", "2026-11-22T20:30", {"2-8C", "25C"}, "room"), table(), shipped()).ok());
}

TEST(Expiry, FrozenSequenceIsRefusedUntilTheSiteValidatesIt)
{
    const SitePolicy policy = shipped();
    const Error alone = refusal(request("azacitidine", "2026-11-22T20:30", {"frozen"}), policy);
    EXPECT_TRUE(contains(alone.message, "must be thawed")) << alone.message;
    const Error sequence = refusal(request("azacitidine", "2026-11-22T20:30", {"frozen", "2-8C"}), policy);
    EXPECT_TRUE(contains(sequence.message, "SEQ-AZA-FROZEN-THAW")) << sequence.message;
    EXPECT_TRUE(contains(sequence.message, "UNVERIFIED")) << sequence.message;
}

TEST(Expiry, SiteValidatedFrozenThenThawedSequence)
{
    // A site that validated its process (media fill) and its own post-thaw limit (here 24 h, hypothetical).
    json doc = shippedPolicyJson();
    doc["aseptic_process_validated"] = true;
    doc["sequences"][0]["validated"] = true;
    doc["sequences"][0]["phases"][1]["hours"] = 24;
    const ExpiryDecision d = decide(request("azacitidine", "2026-11-22T20:30", {"frozen", "2-8C"}), policyFrom(doc));
    // 8 days frozen (AZA-DUR-1, 192 h) + 24 h after thawing = 216 h = 9 days.
    EXPECT_EQ(formatParisIso(d.expiry), "2026-12-01T20:30:00+01:00");
    EXPECT_EQ(d.ruleId, "SEQ-AZA-FROZEN-THAW");
    EXPECT_EQ(d.basis, "site-validated storage sequence");
    ASSERT_EQ(d.phases.size(), 2u);
    EXPECT_EQ(d.phases[0].ruleId, "AZA-DUR-1");
    EXPECT_EQ(d.phases[0].maxDuration, hours(192));
    EXPECT_EQ(d.phases[1].maxDuration, hours(24));
    EXPECT_TRUE(contains(d.storageLabel, "congélateur"));
    EXPECT_TRUE(contains(d.storageLabel, "après décongélation"));
    EXPECT_TRUE(contains(d.source, "S11"));

    // Without a validated aseptic process the 24 h microbiological cap still decides.
    doc["aseptic_process_validated"] = false;
    const ExpiryDecision capped =
        decide(request("azacitidine", "2026-11-22T20:30", {"frozen", "2-8C"}), policyFrom(doc));
    EXPECT_EQ(capped.ruleId, "MICRO-CPMP-24H");
    EXPECT_EQ(formatParisIso(capped.expiry), "2026-11-23T20:30:00+01:00");

    // The frozen phase relies on refrigerated water (AZA-DUR-1): room-temperature water is refused.
    doc["aseptic_process_validated"] = true;
    const Error e = refusal(request("azacitidine", "2026-11-22T20:30", {"frozen", "2-8C"}, "room"), policyFrom(doc));
    EXPECT_TRUE(contains(e.message, "AZA-DUR-1")) << e.message;
}

TEST(Expiry, BortezomibVelcade)
{
    const SitePolicy policy = shipped();
    const ExpiryDecision fridge = decide(request("bortezomib", "2026-11-22T10:00", {"2-8C"}, ""), policy);
    EXPECT_EQ(fridge.ruleId, "MICRO-CPMP-24H"); // Walker 2014 gives 21 days; the cap decides
    EXPECT_EQ(fridge.basis, "microbiological cap");
    EXPECT_EQ(fridge.considered.front().id, "BTZ-WAL-1");
    EXPECT_EQ(formatParisIso(fridge.expiry), "2026-11-23T10:00:00+01:00");
    EXPECT_EQ(fridge.roomTemperatureBudget, hours(8));
    const ExpiryDecision room = decide(request("bortezomib", "2026-11-22T10:00", {"25C"}, "room"), policy);
    EXPECT_EQ(room.ruleId, "BTZ-SPC-1");
    EXPECT_EQ(formatParisIso(room.expiry), "2026-11-22T18:00:00+01:00");
    // Reconstituted with refrigerated saline: the SmPC row (RT) does not cover it.
    EXPECT_FALSE(computeExpiry(request("bortezomib", "2026-11-22T10:00", {"25C"}, "2-8C"), table(), policy).ok());
    // With a validated aseptic process the 21 days of Walker 2014 apply.
    json doc = shippedPolicyJson();
    doc["aseptic_process_validated"] = true;
    const ExpiryDecision long_ = decide(request("bortezomib", "2026-11-22T10:00", {"2-8C"}, ""), policyFrom(doc));
    EXPECT_EQ(long_.ruleId, "BTZ-WAL-1");
    EXPECT_EQ(formatParisIso(long_.expiry), "2026-12-13T10:00:00+01:00");
}

TEST(Expiry, LightProtectionIsAConditionOfTheRow)
{
    const SitePolicy policy = shipped();
    auto r = request("bortezomib", "2026-11-22T10:00", {"2-8C"}, "", "bortezomib-stada-rtu");
    const ExpiryDecision protectedDose = decide(r, policy);
    EXPECT_EQ(protectedDose.ruleId, "MICRO-CPMP-24H");
    EXPECT_EQ(protectedDose.considered.front().id, "BTZ-STA-1");
    EXPECT_TRUE(protectedDose.protectFromLight);
    r.lightProtected = false;
    EXPECT_TRUE(contains(refusal(r, policy).message, "studied protected from light"));
    // At 25 C under normal light, 24 h (BTZ-STA-3) ties with the cap: the stability row is named.
    r.storage = {"25C"};
    const ExpiryDecision ambient = decide(r, policy);
    EXPECT_EQ(ambient.ruleId, "BTZ-STA-3");
    EXPECT_FALSE(ambient.protectFromLight);
}

TEST(Expiry, EveryCoveringRowIsListedEarliestFirst)
{
    // A site accepting the SmPC and Legeron 2013 for Vidaza: both cover refrigerated WFI at 2-8 C.
    json doc = shippedPolicyJson();
    doc["products"]["vidaza"]["rules"].push_back("AZA-LEG-1");
    const ExpiryDecision d = decide(request("azacitidine", "2026-11-22T20:30", {"2-8C"}), policyFrom(doc));
    EXPECT_EQ(d.ruleId, "AZA-SPC-3");
    ASSERT_EQ(d.considered.size(), 3u);
    EXPECT_EQ(d.considered[0].id, "AZA-SPC-3");
    EXPECT_EQ(d.considered[1].id, "AZA-LEG-1");
    EXPECT_EQ(d.considered[2].id, "MICRO-CPMP-24H");
    EXPECT_FALSE(d.protectFromLight); // the deciding SmPC row did not rely on light protection
}

TEST(Expiry, LocalCapCanBeEarliest)
{
    json doc = shippedPolicyJson();
    doc["local_caps"] = json::array(
        {{{"id", "LOCAL-AZA-12H"}, {"hours", 12}, {"drug", "azacitidine"}, {"band", "2-8C"}, {"source", "site"}},
         {{"id", "LOCAL-BTZ-1H"}, {"hours", 1}, {"drug", "bortezomib"}, {"source", "site"}}});
    const ExpiryDecision d = decide(request("azacitidine", "2026-11-22T20:30", {"2-8C"}), policyFrom(doc));
    EXPECT_EQ(d.ruleId, "LOCAL-AZA-12H");
    EXPECT_EQ(d.basis, "local cap");
    EXPECT_EQ(formatParisIso(d.expiry), "2026-11-23T08:30:00+01:00");
    EXPECT_EQ(d.considered.size(), 3u); // the bortezomib cap does not apply
}

TEST(Expiry, BadInputIsNamed)
{
    const SitePolicy policy = shipped();
    struct Case
    {
        ExpiryRequest r;
        std::string expected;
    };
    std::vector<Case> cases = {
        {request("cytarabine", "2026-11-22T20:30", {"2-8C"}), "drug: unknown drug \"cytarabine\""},
        {request("azacitidine", "2026-11-22T20:30", {"2-8C"}, "2-8C", "vidaza-generic"), "not a product of this site"},
        {request("azacitidine", "2026-11-22T20:30", {"2-8C"}, "2-8C", "velcade"), "velcade is bortezomib"},
        {request("bortezomib", "2026-11-22T20:30", {"2-8C"}, "2-8C", "bortezomib-unspecified"),
         "has stability data but the site policy accepts none"},
        {request("azacitidine", "2026-11-22T20:30", {"fridge"}), "unknown band \"fridge\""},
        {request("azacitidine", "2026-11-22T20:30", {}), "storage: missing"},
        {request("azacitidine", "2026-11-22T20:30", {"2-8C"}, "lukewarm"), "diluent-temp"},
    };
    ExpiryRequest unset;
    unset.drug = "azacitidine";
    unset.storage = {"2-8C"};
    cases.push_back({unset, "prepared: missing"});
    for (const auto& c : cases) {
        auto d = computeExpiry(c.r, table(), policy);
        ASSERT_FALSE(d.ok()) << c.expected;
        EXPECT_TRUE(contains(d.error().message, c.expected)) << d.error().message;
    }
}

TEST(Expiry, EveryStabilityRowDecidesAWorkedExample)
{
    // For each row: a site that accepts only that row (aseptic process validated, so no cap interferes) and a
    // band equal to the row's range. The expiry must be exactly reconstitution + dur_h, named by the row.
    const UtcTime prepared = *parseIso8601("2026-11-22T20:30");
    int checked = 0;
    for (const StabilityRow& row : table().rows) {
        json band = {{"cover_C", {row.minC, row.maxC}},
                     {"studies_at_C", json::array()},
                     {"accept_C", {row.minC, row.maxC}},
                     {"label", "test"}};
        json rules = {row.id};
        std::vector<std::string> storage = {"T"};
        // A final phase after the refrigerator is decided with the refrigerated row it follows.
        const std::map<std::string, std::string> firstPhaseOf = {{"AZA-SPC-4", "AZA-SPC-3"},
                                                                 {"TRA-SPC-2", "TRA-SPC-1"}};
        if (row.phase == "after:2-8C") {
            ASSERT_TRUE(firstPhaseOf.count(row.id)) << row.id;
            rules.push_back(firstPhaseOf.at(row.id));
            storage = {"2-8C", "T"};
        }
        json doc = {
            {"version", "t"},
            {"aseptic_process_validated", true},
            {"microbiological_cap", {{"id", "M"}, {"hours", 24}, {"source", "s"}}},
            {"bands",
             {{"T", band},
              {"2-8C", {{"cover_C", {2, 8}}, {"studies_at_C", json::array()}, {"accept_C", {2, 8}}, {"label", "f"}}}}},
            {"products",
             {{row.productId,
               {{"drug", row.drug},
                {"name", row.product},
                {"concentration_mg_per_ml", row.concentrationMgPerMl},
                {"diluent", row.diluentId},
                {"default_diluent_temp", row.diluentTempClass == "room" ? "room" : "2-8C"},
                {"rules", rules}}}}},
            {"default_product", {{row.drug, row.productId}}}};
        ExpiryRequest r;
        r.drug = row.drug;
        r.productId = row.productId;
        r.preparedAt = prepared;
        r.storage = storage;
        r.diluentTemp = "";
        const ExpiryDecision d = decide(r, policyFrom(doc));
        if (row.phase == "storage") {
            EXPECT_EQ(d.ruleId, row.id);
            EXPECT_EQ(d.expiry, floor<minutes>(prepared + milliseconds(llround(row.durationHours * 3600'000))))
                << row.id;
            EXPECT_EQ(d.protectFromLight, row.light == "protect") << row.id;
        } else {
            EXPECT_EQ(d.ruleId, firstPhaseOf.at(row.id));
            ASSERT_EQ(d.phases.size(), 2u);
            EXPECT_EQ(d.phases[1].ruleId, row.id);
            EXPECT_EQ(d.phases[1].maxDuration, minutes(llround(row.durationHours * 60)));
        }
        ++checked;
    }
    EXPECT_EQ(checked, 31);
}

TEST(Expiry, NeverLaterThanAnyApplicableLimit)
{
    // Property over many preparation times (both DST changes included), products, storages and policies.
    json aseptic = shippedPolicyJson();
    aseptic["aseptic_process_validated"] = true;
    aseptic["local_caps"] = json::array({{{"id", "L"}, {"hours", 30}, {"source", "s"}}});
    const std::vector<SitePolicy> policies = {shipped(), policyFrom(aseptic)};
    struct Plan
    {
        std::string drug, product, diluent;
        std::vector<std::string> storage;
    };
    const std::vector<Plan> plans = {{"azacitidine", "vidaza", "2-8C", {"2-8C"}},
                                     {"azacitidine", "vidaza", "room", {"2-8C"}},
                                     {"azacitidine", "vidaza", "room", {"25C"}},
                                     {"azacitidine", "vidaza", "2-8C", {"2-8C", "25C"}},
                                     {"azacitidine", "azacitidine-zentiva", "2-8C", {"2-8C"}},
                                     {"bortezomib", "velcade", "room", {"2-8C"}},
                                     {"bortezomib", "velcade", "room", {"25C"}},
                                     {"bortezomib", "bortezomib-stada-rtu", "", {"2-8C"}},
                                     {"bortezomib", "bortezomib-zentiva", "", {"25C"}}};
    unsigned seed = 12345;
    int checked = 0;
    for (int i = 0; i < 400; ++i) {
        seed = seed * 1103515245u + 12345u;
        const UtcTime prepared = *parseIso8601("2026-01-01T00:00Z") + minutes(seed % (2 * 365 * 24 * 60));
        for (const auto& policy : policies)
            for (const auto& p : plans) {
                ExpiryRequest r;
                r.drug = p.drug;
                r.productId = p.product;
                r.preparedAt = prepared;
                r.storage = p.storage;
                r.diluentTemp = p.diluent;
                auto d = computeExpiry(r, table(), policy);
                ASSERT_TRUE(d.ok()) << p.product << ": " << d.error().message;
                ASSERT_FALSE(d->considered.empty());
                double earliest = 1e18;
                for (const auto& limit : d->considered) {
                    ASSERT_LE(d->expiry, prepared + milliseconds(llround(limit.hours * 3600'000))) << limit.id;
                    earliest = std::min(earliest, limit.hours);
                }
                ASSERT_GT(d->expiry, prepared + milliseconds(llround(earliest * 3600'000)) - minutes(1));
                ++checked;
            }
    }
    EXPECT_EQ(checked, 400 * 2 * 9);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// MKT (the two worked examples of reference.md 6.3) and the per-dose verdict from a cooler's history.
#include "prep-station/coldchain/cold_chain.h"
#include "prep-station/data_files.h"
#include "prep-station/time/paris_time.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cmath>

using namespace prep::station;
using namespace std::chrono;

namespace {

// A history as (minutes at temperature) segments, one reading per 5 minutes, plus a closing reading.
std::vector<TemperatureReading> profile(UtcTime start, std::vector<std::pair<int, double>> segments)
{
    std::vector<TemperatureReading> out;
    UtcTime t = start;
    for (const auto& [minutesLong, celsius] : segments)
        for (int m = 0; m < minutesLong; m += 5) {
            out.push_back({t, celsius});
            t += minutes(5);
        }
    out.push_back({t, out.empty() ? 0 : out.back().celsius});
    return out;
}

const StabilityTable& table()
{
    static const StabilityTable t = *loadStabilityTable();
    return t;
}

SitePolicy policy(bool validatedFrozenSequence = false, bool asepticProcessValidated = false)
{
    auto doc = nlohmann::json::parse(loadDataFile("site-policy.json")->content);
    doc["aseptic_process_validated"] = asepticProcessValidated;
    if (validatedFrozenSequence) {
        doc["aseptic_process_validated"] = true;
        doc["sequences"][0]["validated"] = true;
        doc["sequences"][0]["phases"][1]["hours"] = 24; // hypothetical site-validated post-thaw limit
    }
    return *parseSitePolicy(doc.dump(), table());
}

ExpiryDecision decision(const std::string& drug, const std::string& prepared, std::vector<std::string> storage,
                        const SitePolicy& p, std::string diluent = "")
{
    ExpiryRequest r;
    r.drug = drug;
    r.preparedAt = *parseIso8601(prepared);
    r.storage = std::move(storage);
    r.diluentTemp = std::move(diluent);
    auto d = computeExpiry(r, table(), p);
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
    return *d;
}

ColdChainVerdict verdict(const std::vector<TemperatureReading>& readings, const ExpiryDecision& d, const SitePolicy& p)
{
    auto v = evaluateColdChain(TemperatureLog{"LOG-TEST", readings}, d, d.storage, p);
    EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().message);
    return v.ok() ? *v : ColdChainVerdict{};
}

const UtcTime kStart = *parseIso8601("2026-11-22T08:00:00Z");

} // namespace

TEST(MeanKineticTemperature, ReferenceWorkedExamples)
{
    // reference.md 6.3: 20 h at 5 C + 3 h at 10 C + 1 h at 15 C -> 6.51 C; 22 h at 5 C + 2 h at 25 C -> 9.83 C.
    const double first = meanKineticTemperatureC(profile(kStart, {{20 * 60, 5}, {3 * 60, 10}, {60, 15}}));
    const double second = meanKineticTemperatureC(profile(kStart, {{22 * 60, 5}, {2 * 60, 25}}));
    EXPECT_NEAR(first, 6.51, 0.005);
    EXPECT_NEAR(second, 9.83, 0.005);
    // Unequal spacing is time-weighted: the same first profile as three readings plus a closing one.
    const std::vector<TemperatureReading> sparse = {
        {kStart, 5}, {kStart + hours(20), 10}, {kStart + hours(23), 15}, {kStart + hours(24), 15}};
    EXPECT_NEAR(meanKineticTemperatureC(sparse), 6.51, 0.005);
}

TEST(MeanKineticTemperature, EdgeCases)
{
    EXPECT_TRUE(std::isnan(meanKineticTemperatureC({})));
    EXPECT_DOUBLE_EQ(meanKineticTemperatureC({{kStart, 4.0}}), 4.0);
    EXPECT_NEAR(meanKineticTemperatureC(profile(kStart, {{600, 5}})), 5.0, 1e-9);
    // MKT is never below the arithmetic mean (Jensen): 6.51 > 6.04 and 9.83 > 6.67 in the reference.
    EXPECT_GT(meanKineticTemperatureC(profile(kStart, {{60, 0}, {60, 20}})), 10.0);
}

TEST(ColdChain, SteadyFridgeStaysValidUntilTheExpiry)
{
    const SitePolicy p = policy();
    const ExpiryDecision d = decision("azacitidine", "2026-11-22T09:00", {"2-8C"}, p); // 08:00Z
    const ColdChainVerdict v = verdict(profile(kStart, {{6 * 60, 5}}), d, p);
    EXPECT_TRUE(v.administrable);
    EXPECT_EQ(v.status, "valid");
    EXPECT_EQ(v.validUntil, d.expiry);
    EXPECT_EQ(v.timeInRange, minutes(360));
    EXPECT_EQ(v.timeAbove8C, minutes(0));
    EXPECT_NEAR(v.mktC, 5.0, 1e-9);
    EXPECT_NE(v.reason.find("valid until 23/11/2026 07:00"), std::string::npos) << v.reason;
}

TEST(ColdChain, ShortExcursionConsumesTheRoomTemperatureBudget)
{
    const SitePolicy p = policy();
    const ExpiryDecision d = decision("azacitidine", "2026-11-22T09:00", {"2-8C"}, p);
    // 20 min at 15 C within the 30 min of AZA-SPC-4: still valid.
    const ColdChainVerdict within = verdict(profile(kStart, {{120, 5}, {20, 15}, {120, 5}}), d, p);
    EXPECT_TRUE(within.administrable) << within.reason;
    EXPECT_EQ(within.timeAbove8C, minutes(20));
    ASSERT_EQ(within.timeByBand.size(), 7u);
    EXPECT_EQ(within.timeByBand[3], std::make_pair(std::string("2 to 8 °C"), minutes(240)));
    EXPECT_EQ(within.timeByBand[4], std::make_pair(std::string("8 to 15 °C"), minutes(20))); // upper edges inclusive
    EXPECT_NE(within.reason.find("20 of the 30 min room-temperature budget used (AZA-SPC-4), 10 min left"),
              std::string::npos)
        << within.reason;
    // 40 min: over budget from the 30th minute of the excursion.
    const ColdChainVerdict over = verdict(profile(kStart, {{120, 5}, {40, 15}, {120, 5}}), d, p);
    EXPECT_FALSE(over.administrable);
    EXPECT_EQ(over.status, "do not administer");
    EXPECT_NE(over.reason.find("room-temperature budget of 30 min (AZA-SPC-4)"), std::string::npos) << over.reason;
    EXPECT_EQ(over.validUntil, kStart + minutes(150));
    EXPECT_EQ(over.timeAbove8C, minutes(40));
}

TEST(ColdChain, ReferenceProfilesJudgedOnMkt)
{
    // Bortezomib tolerates 8 h at 25 C (BTZ-SPC-1), so only the controlled-cold MKT limit can fail these.
    const SitePolicy p = policy();
    const ExpiryDecision d = decision("bortezomib", "2026-11-22T09:00", {"2-8C"}, p);
    const ColdChainVerdict passes = verdict(profile(kStart, {{20 * 60, 5}, {3 * 60, 10}, {60, 15}}), d, p);
    EXPECT_TRUE(passes.administrable) << passes.reason;
    EXPECT_NEAR(passes.mktC, 6.51, 0.005);
    EXPECT_EQ(passes.timeAbove8C, minutes(240));
    const ColdChainVerdict fails = verdict(profile(kStart, {{22 * 60, 5}, {2 * 60, 25}}), d, p);
    EXPECT_FALSE(fails.administrable);
    EXPECT_NEAR(fails.mktC, 9.83, 0.005);
    EXPECT_NE(fails.reason.find("mean kinetic temperature 9.8"), std::string::npos) << fails.reason;
}

TEST(ColdChain, OutOfRangeReadingsQuarantine)
{
    const SitePolicy p = policy();
    const ExpiryDecision d = decision("azacitidine", "2026-11-22T09:00", {"2-8C"}, p);
    const ColdChainVerdict cold = verdict(profile(kStart, {{60, 5}, {10, 1.5}, {60, 5}}), d, p);
    EXPECT_FALSE(cold.administrable);
    EXPECT_EQ(cold.timeBelow2C, minutes(10));
    EXPECT_NE(cold.reason.find("below the 2-8C range"), std::string::npos) << cold.reason;
    EXPECT_EQ(cold.validUntil, kStart + minutes(60));
    const ColdChainVerdict frozen = verdict(profile(kStart, {{60, 5}, {10, -2}, {60, 5}}), d, p);
    EXPECT_FALSE(frozen.administrable);
    EXPECT_NE(frozen.reason.find("found frozen"), std::string::npos) << frozen.reason;
    const ColdChainVerdict hot = verdict(profile(kStart, {{60, 5}, {5, 30}, {60, 5}}), d, p);
    EXPECT_FALSE(hot.administrable);
    EXPECT_NE(hot.reason.find("above the validated range"), std::string::npos) << hot.reason;
}

TEST(ColdChain, HistoryBeforeThePreparationIsIgnored)
{
    const SitePolicy p = policy();
    const ExpiryDecision d = decision("azacitidine", "2026-11-22T10:00", {"2-8C"}, p); // 09:00Z
    // The cooler was warm an hour before the dose went in: irrelevant to this dose.
    const ColdChainVerdict v = verdict(profile(kStart, {{60, 20}, {120, 5}}), d, p);
    EXPECT_TRUE(v.administrable) << v.reason;
    EXPECT_EQ(v.timeAbove8C, minutes(0));
    auto none = evaluateColdChain(TemperatureLog{"L", profile(kStart, {{30, 5}})}, d, d.storage, p);
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().message.find("no history after the preparation"), std::string::npos);
}

TEST(ColdChain, FrozenThenThawedFollowsTheValidatedSequence)
{
    const SitePolicy p = policy(true);
    const ExpiryDecision d = decision("azacitidine", "2026-11-22T09:00", {"frozen", "2-8C"}, p);
    // 3 days at -20 C, a 20-minute thaw, then the refrigerator: valid 24 h from the thaw.
    const auto readings = profile(kStart, {{3 * 24 * 60, -20}, {10, -5}, {10, 1}, {6 * 60, 5}});
    const ColdChainVerdict v = verdict(readings, d, p);
    EXPECT_TRUE(v.administrable) << v.reason;
    ASSERT_TRUE(v.thawedAt.has_value());
    EXPECT_EQ(*v.thawedAt, kStart + hours(72));
    EXPECT_EQ(v.validUntil, kStart + hours(96));
    EXPECT_EQ(v.timeFrozen, hours(72));
    EXPECT_EQ(v.timeBelow2C, hours(72) + minutes(20));

    // Refrozen after thawing: out of sequence.
    const auto refrozen = profile(kStart, {{24 * 60, -20}, {10, -5}, {60, 5}, {30, -3}, {60, 5}});
    const ColdChainVerdict bad = verdict(refrozen, d, p);
    EXPECT_FALSE(bad.administrable);
    EXPECT_NE(bad.reason.find("found frozen"), std::string::npos) << bad.reason;

    // Kept frozen longer than AZA-DUR-1's 8 days.
    const ColdChainVerdict late = verdict(profile(kStart, {{9 * 24 * 60, -20}, {60, 5}}), d, p);
    EXPECT_FALSE(late.administrable);
    EXPECT_NE(late.reason.find("AZA-DUR-1"), std::string::npos) << late.reason;
}

TEST(ColdChain, FrozenDoseFoundThawedIsOutOfSequence)
{
    const SitePolicy p = policy(true);
    ExpiryDecision d = decision("azacitidine", "2026-11-22T09:00", {"frozen", "2-8C"}, p);
    d.storage = {"frozen"}; // the plan says the dose stays frozen for the whole history
    auto v = evaluateColdChain(TemperatureLog{"L", profile(kStart, {{600, -20}, {30, 3}, {60, -20}})}, d, d.storage, p);
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->administrable);
    EXPECT_NE(v->reason.find("found thawed"), std::string::npos) << v->reason;
}

TEST(ColdChain, MktIsJudgedOverTwentyFourHourWindows)
{
    // Two hours: 30 min at 14 C uses the whole 30 min budget; MKT is reported, but a 2 h history is not judged on it.
    const SitePolicy p = policy();
    const ExpiryDecision d = decision("azacitidine", "2026-11-22T09:00", {"2-8C"}, p);
    const ColdChainVerdict shortHistory = verdict(profile(kStart, {{30, 5}, {30, 14}, {60, 5}}), d, p);
    EXPECT_TRUE(shortHistory.administrable) << shortHistory.reason;
    EXPECT_GT(shortHistory.mktC, 8.0);
    EXPECT_EQ(shortHistory.roomTemperatureUsed, minutes(30));

    // Three days with one bad day: the whole-history MKT passes, the window containing the excursion does not.
    const SitePolicy aseptic = policy(false, true);
    const ExpiryDecision btz = decision("bortezomib", "2026-11-22T09:00", {"2-8C"}, aseptic); // 21 days
    EXPECT_EQ(btz.ruleId, "BTZ-WAL-1");
    const auto days = profile(kStart, {{24 * 60, 4}, {22 * 60, 5}, {2 * 60, 25}, {24 * 60, 4}});
    const ColdChainVerdict v = verdict(days, btz, aseptic);
    EXPECT_LT(v.mktC, 8.0);
    EXPECT_FALSE(v.administrable);
    EXPECT_NE(v.reason.find("over the 24 h"), std::string::npos) << v.reason;
    EXPECT_EQ(v.timeAbove8C, minutes(120));
}

TEST(ColdChain, FromTheRequestOrARebuiltDecision)
{
    // The request overload recomputes the decision with the shipped data (Vidaza, refrigerated WFI, 2-8C).
    ExpiryRequest r;
    r.drug = "azacitidine";
    r.preparedAt = *parseIso8601("2026-11-22T09:00");
    r.storage = {"2-8C"};
    const auto readings = profile(kStart, {{120, 5}, {20, 15}, {120, 5}});
    auto fromRequest = evaluateColdChain(TemperatureLog{"L", readings}, r);
    ASSERT_TRUE(fromRequest.ok()) << fromRequest.error().message;
    EXPECT_TRUE(fromRequest->administrable) << fromRequest->reason;

    // A decision rebuilt from a record (expiry and rule only) is judged conservatively: no budget.
    const SitePolicy p = policy();
    ExpiryDecision rebuilt;
    rebuilt.expiry = decision("azacitidine", "2026-11-22T09:00", {"2-8C"}, p).expiry;
    rebuilt.ruleId = "AZA-SPC-3";
    auto strict = evaluateColdChain(TemperatureLog{"L", readings}, rebuilt, {"2-8C"}, p);
    ASSERT_TRUE(strict.ok()) << strict.error().message;
    EXPECT_FALSE(strict->administrable);

    // Storage as stored in a record: one comma-joined element.
    const ExpiryDecision seq = decision("azacitidine", "2026-11-22T09:00", {"2-8C", "25C"}, p);
    auto joined = evaluateColdChain(TemperatureLog{"L", readings}, seq, {"2-8C,25C"}, p);
    ASSERT_TRUE(joined.ok()) << joined.error().message;
    EXPECT_TRUE(joined->administrable);
    EXPECT_FALSE(evaluateColdChain(TemperatureLog{"L", readings}, seq, {"2-8C,warm"}, p).ok());
}

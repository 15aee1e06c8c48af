// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol checks as worked examples: each check passing, warning and stopping, with the figures a pharmacist
// would compute by hand (170 cm, 70 kg: Mosteller BSA 1.818 m², bortezomib 1.3 mg/m² = 2.364 mg).
#include "prep-station/dosing/protocol_checks.h"

#include <gtest/gtest.h>

namespace prep::station {
namespace {

using namespace std::chrono;

UtcTime utc(int y, unsigned m, unsigned d, int h, int min = 0)
{
    return time_point_cast<milliseconds>(sys_days{year{y} / month{m} / day{d}} + hours{h} + minutes{min});
}

DoseProtocol bortezomib()
{
    DoseProtocol p;
    p.id = "BTZ-SC-1.3";
    p.drug = "bortezomib";
    p.mgPerM2 = 1.3;
    p.doseLevelsMgPerM2 = {1.3, 1.0, 0.7};
    p.scheduleDays = {1, 4, 8, 11};
    p.cycleDays = 21;
    p.minIntervalHours = 72;
    return p;
}

DoseProtocol azacitidine()
{
    DoseProtocol p;
    p.id = "AZA-SC-75";
    p.drug = "azacitidine";
    p.mgPerM2 = 75;
    p.scheduleDays = {1, 2, 3, 4, 5, 6, 7};
    p.cycleDays = 28;
    return p;
}

const std::optional<DoseDeviationLimits> kLimits = DoseDeviationLimits{5, 10, "site choice"};
const UtcTime kNow = utc(2026, 12, 5, 15); // 16:00 in Paris

OrderUnderCheck order(const std::string& cycleDay = "C1J4", double mgPerM2 = 1.3)
{
    OrderUnderCheck o;
    o.orderId = 10;
    o.drug = "bortezomib";
    o.cycleDay = cycleDay;
    o.heightCm = 170;
    o.weightKg = 70;
    o.mgPerM2 = mgPerM2;
    o.doseMg = 2.36; // as recorded at entry (rounded to 0.01 mg)
    o.createdAt = kNow - hours(2);
    return o;
}

OtherOrder other(std::int64_t id, const std::string& cycleDay, std::optional<UtcTime> doseAt = std::nullopt)
{
    OtherOrder o;
    o.orderId = id;
    o.drug = "bortezomib";
    o.cycleDay = cycleDay;
    o.mgPerM2 = 1.3;
    o.doseMg = 2.36;
    o.status = "validated";
    o.createdAt = kNow - hours(80);
    o.doseAt = doseAt;
    return o;
}

ProtocolCheckResult result(const std::vector<ProtocolCheckResult>& all, ProtocolCheck check)
{
    for (const auto& r : all)
        if (r.check == check)
            return r;
    ADD_FAILURE() << "no result for " << toText(check);
    return {check, CheckSeverity::HardStop, "", {}};
}

ProtocolCheckResult run(ProtocolCheck check, const OrderUnderCheck& o, const std::vector<OtherOrder>& others = {},
                        const DoseProtocol& p = bortezomib(),
                        const std::optional<DoseDeviationLimits>& limits = kLimits, UtcTime now = kNow)
{
    return result(runProtocolChecks(o, others, p, limits, now), check);
}

TEST(ProtocolChecks, EveryCheckReportsOnceInAFixedOrder)
{
    const auto all = runProtocolChecks(order(), {}, bortezomib(), kLimits, kNow);
    ASSERT_EQ(all.size(), 6u);
    const char* ids[] = {"cycle_day", "min_interval", "dose_level", "dose_vs_bsa", "bsa_cap", "duplicate"};
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(toText(all[i].check), ids[i]);
        EXPECT_EQ(protocolCheckFromText(ids[i]), all[i].check);
        EXPECT_EQ(all[i].severity, CheckSeverity::Pass) << all[i].message;
    }
    EXPECT_EQ(worstSeverity(all), CheckSeverity::Pass);
    EXPECT_FALSE(protocolCheckFromText("dose"));
}

TEST(ProtocolChecks, CycleDayAgainstTheSchedule)
{
    EXPECT_EQ(run(ProtocolCheck::CycleDay, order("C1J4")).severity, CheckSeverity::Pass);
    EXPECT_EQ(run(ProtocolCheck::CycleDay, order("c2d11")).severity, CheckSeverity::Pass);
    const auto off = run(ProtocolCheck::CycleDay, order("C1J5"));
    EXPECT_EQ(off.severity, CheckSeverity::Warning);
    EXPECT_NE(off.message.find("days 1, 4, 8, 11 of 21"), std::string::npos) << off.message;
    EXPECT_EQ(run(ProtocolCheck::CycleDay, order("C1J22")).severity, CheckSeverity::HardStop);
    EXPECT_EQ(run(ProtocolCheck::CycleDay, order("")).severity, CheckSeverity::Warning);   // HL7, FHIR
    EXPECT_EQ(run(ProtocolCheck::CycleDay, order("J4")).severity, CheckSeverity::Warning); // not understood
}

TEST(ProtocolChecks, ParsesCycleDay)
{
    ASSERT_TRUE(parseCycleDay("C3J8"));
    EXPECT_EQ(parseCycleDay("C3J8")->cycle, 3);
    EXPECT_EQ(parseCycleDay("C3J8")->day, 8);
    EXPECT_EQ(parseCycleDay("C12D1")->cycle, 12);
    for (const char* bad : {"", "C", "C1", "C1J", "CJ4", "C1X4", "C1J4 ", "C1J4x", "C123456J1"})
        EXPECT_FALSE(parseCycleDay(bad)) << bad;
}

// The 72 h rule with real timestamps: the previous dose was released on 3 December at 08:00 Paris time (07:00 UTC).
TEST(ProtocolChecks, MinimumIntervalFromTheLastDoseGiven)
{
    const UtcTime previous = utc(2026, 12, 3, 7);
    // Given on C1J3 (a day late, say), this C1J4 dose 56 h later is too soon.
    const auto tooSoon = run(ProtocolCheck::MinInterval, order(), {other(9, "C1J3", previous)});
    EXPECT_EQ(tooSoon.severity, CheckSeverity::HardStop);
    EXPECT_NE(tooSoon.message.find("bortezomib 1.3 mg/m² on 2026-12-03 08:00"), std::string::npos) << tooSoon.message;
    EXPECT_NE(tooSoon.message.find("56 h ago; the protocol asks at least 72 h"), std::string::npos) << tooSoon.message;

    // Without cycle/day (an HL7 order): measured from now. 71 h 54 min is still too soon, not printed as "72 h".
    const auto almost = run(ProtocolCheck::MinInterval, order(""), {other(9, "", previous)}, bortezomib(), kLimits,
                            previous + hours(71) + minutes(54));
    EXPECT_EQ(almost.severity, CheckSeverity::HardStop);
    EXPECT_NE(almost.message.find("71.9 h ago"), std::string::npos) << almost.message;

    EXPECT_EQ(run(ProtocolCheck::MinInterval, order(), {other(9, "C1J3", previous)}, bortezomib(), kLimits,
                  previous + hours(72))
                  .severity,
              CheckSeverity::Pass);
    // Another cycle started 56 h after the last dose: too soon.
    EXPECT_EQ(run(ProtocolCheck::MinInterval, order("C2J1"), {other(9, "C1J11", previous)}).severity,
              CheckSeverity::HardStop);
    // Validated ahead: C1J1 given 56 h ago, this is C1J4, which may be given from 72 h: a warning naming when.
    const auto ahead = run(ProtocolCheck::MinInterval, order("C1J4"), {other(9, "C1J1", previous)});
    EXPECT_EQ(ahead.severity, CheckSeverity::Warning);
    EXPECT_NE(ahead.message.find("must not be given before 2026-12-06 08:00"), std::string::npos) << ahead.message;
    // A cancelled order, another drug, or no interval in the protocol: nothing to keep apart.
    auto cancelled = other(9, "C1J1", previous);
    cancelled.cancelled = true;
    EXPECT_EQ(run(ProtocolCheck::MinInterval, order(), {cancelled}).severity, CheckSeverity::Pass);
    auto aza = other(9, "C1J1", previous);
    aza.drug = "azacitidine";
    EXPECT_EQ(run(ProtocolCheck::MinInterval, order(), {aza}).severity, CheckSeverity::Pass);
    EXPECT_EQ(run(ProtocolCheck::MinInterval, order(), {other(9, "C1J1", previous)}, azacitidine()).severity,
              CheckSeverity::Pass);
}

TEST(ProtocolChecks, MinimumIntervalBetweenScheduledDaysNotYetGiven)
{
    const auto close = run(ProtocolCheck::MinInterval, order("C1J5"), {other(9, "C1J4")});
    EXPECT_EQ(close.severity, CheckSeverity::HardStop);
    EXPECT_NE(close.message.find("24 h from this dose"), std::string::npos) << close.message;
    EXPECT_EQ(run(ProtocolCheck::MinInterval, order("C1J4"), {other(9, "C1J1")}).severity, CheckSeverity::Pass);
    EXPECT_EQ(run(ProtocolCheck::MinInterval, order("C2J2"), {other(9, "C1J1")}).severity, CheckSeverity::Pass);
}

TEST(ProtocolChecks, DoseLevelsOfTheReductionLadder)
{
    EXPECT_EQ(run(ProtocolCheck::DoseLevel, order("C1J4", 1.3)).severity, CheckSeverity::Pass);
    const auto first = run(ProtocolCheck::DoseLevel, order("C1J4", 1.0));
    EXPECT_EQ(first.severity, CheckSeverity::Pass);
    EXPECT_NE(first.message.find("reduction level 1"), std::string::npos) << first.message;
    EXPECT_EQ(run(ProtocolCheck::DoseLevel, order("C1J4", 0.7)).severity, CheckSeverity::Pass);
    const auto between = run(ProtocolCheck::DoseLevel, order("C1J4", 1.1));
    EXPECT_EQ(between.severity, CheckSeverity::HardStop);
    EXPECT_NE(between.message.find("1.3 -> 1.0 -> 0.7"), std::string::npos) << between.message;
    EXPECT_EQ(run(ProtocolCheck::DoseLevel, order("C1J4", 0.5)).severity, CheckSeverity::HardStop);
    // Without listed levels: anything up to the full dose.
    EXPECT_EQ(run(ProtocolCheck::DoseLevel, order("C1J4", 50), {}, azacitidine()).severity, CheckSeverity::Pass);
    EXPECT_EQ(run(ProtocolCheck::DoseLevel, order("C1J4", 80), {}, azacitidine()).severity, CheckSeverity::HardStop);
}

// 1.3 mg/m² × 1.818 m² = 2.364 mg; the site warns above 5 % and stops above 10 %.
TEST(ProtocolChecks, OrderedDoseAgainstTheDoseRecomputedFromHeightAndWeight)
{
    auto o = order();
    EXPECT_EQ(run(ProtocolCheck::DoseVsBsa, o).severity, CheckSeverity::Pass); // 2.36 mg recorded: -0.2 %
    o.orderedDoseMg = 2.5;                                                     // +5.8 %
    const auto warn = run(ProtocolCheck::DoseVsBsa, o);
    EXPECT_EQ(warn.severity, CheckSeverity::Warning);
    EXPECT_NE(warn.message.find("ordered 2.50 mg"), std::string::npos) << warn.message;
    EXPECT_NE(warn.message.find("2.36 mg recomputed"), std::string::npos) << warn.message;
    EXPECT_NE(warn.message.find("1.818 m²"), std::string::npos) << warn.message;
    EXPECT_NE(warn.message.find("+5.8 %"), std::string::npos) << warn.message;
    o.orderedDoseMg = 2.7; // +14.2 %
    EXPECT_EQ(run(ProtocolCheck::DoseVsBsa, o).severity, CheckSeverity::HardStop);
    o.orderedDoseMg = 2.1; // -11.2 %: too little is as wrong as too much
    EXPECT_EQ(run(ProtocolCheck::DoseVsBsa, o).severity, CheckSeverity::HardStop);
    // The limits come from the site policy: a stricter site stops at +5.8 %.
    o.orderedDoseMg = 2.5;
    EXPECT_EQ(run(ProtocolCheck::DoseVsBsa, o, {}, bortezomib(), DoseDeviationLimits{2, 5, "stricter"}).severity,
              CheckSeverity::HardStop);
    EXPECT_EQ(run(ProtocolCheck::DoseVsBsa, order(), {}, bortezomib(), std::nullopt).severity, CheckSeverity::Warning);
}

// 190 cm, 110 kg: Mosteller 2.409 m², above a 2.0 m² cap.
TEST(ProtocolChecks, BsaCapIsAWarningAndTheCappedBsaIsUsed)
{
    auto capped = bortezomib();
    capped.bsaCapM2 = 2.0;
    auto o = order();
    o.heightCm = 190;
    o.weightKg = 110;
    o.doseMg = 2.6;                                                         // 1.3 × 2.0
    EXPECT_EQ(run(ProtocolCheck::BsaCap, o).severity, CheckSeverity::Pass); // no cap in the protocol
    const auto cap = run(ProtocolCheck::BsaCap, o, {}, capped);
    EXPECT_EQ(cap.severity, CheckSeverity::Warning);
    EXPECT_NE(cap.message.find("2.409 m²"), std::string::npos) << cap.message;
    EXPECT_NE(cap.message.find("computed on 2.00 m²"), std::string::npos) << cap.message;
    EXPECT_EQ(run(ProtocolCheck::DoseVsBsa, o, {}, capped).severity, CheckSeverity::Pass);
    EXPECT_EQ(run(ProtocolCheck::BsaCap, order(), {}, capped).severity, CheckSeverity::Pass);
}

TEST(ProtocolChecks, DuplicateOrderForTheSamePatientDrugAndDay)
{
    const auto twice = run(ProtocolCheck::Duplicate, order("C1J4"), {other(9, "C1J4")});
    EXPECT_EQ(twice.severity, CheckSeverity::HardStop);
    EXPECT_NE(twice.message.find("order 9"), std::string::npos) << twice.message;
    auto cancelled = other(9, "C1J4");
    cancelled.cancelled = true;
    EXPECT_EQ(run(ProtocolCheck::Duplicate, order("C1J4"), {cancelled}).severity, CheckSeverity::Pass);
    // A new course months later starts again at C1J1 without being a duplicate.
    auto lastCourse = other(9, "C1J4");
    lastCourse.createdAt = kNow - days(60);
    EXPECT_EQ(run(ProtocolCheck::Duplicate, order("C1J4"), {lastCourse}).severity, CheckSeverity::Pass);
    EXPECT_EQ(run(ProtocolCheck::Duplicate, order("C1J4"), {other(9, "C1J8")}).severity, CheckSeverity::Pass);
    // Without cycle/day, an order of the same drug entered the same day is worth a look.
    auto sameDay = other(9, "");
    sameDay.createdAt = kNow - hours(1);
    EXPECT_EQ(run(ProtocolCheck::Duplicate, order(""), {sameDay}).severity, CheckSeverity::Warning);
}

TEST(ProtocolChecks, FixedDoseProtocolHasNoBsaChecks)
{
    DoseProtocol fixedDose;
    fixedDose.id = "FIXED-600";
    fixedDose.drug = "bortezomib"; // any drug: only the missing mg/m2 matters here
    fixedDose.scheduleDays = {1};
    fixedDose.cycleDays = 21;
    auto o = order("C1J1", 0);
    o.doseMg = 600;
    o.orderedDoseMg = 600;
    const auto all = runProtocolChecks(o, {}, fixedDose, kLimits, kNow);
    for (auto check : {ProtocolCheck::DoseLevel, ProtocolCheck::DoseVsBsa, ProtocolCheck::BsaCap}) {
        EXPECT_EQ(result(all, check).severity, CheckSeverity::Pass);
        EXPECT_NE(result(all, check).message.find("fixed dose"), std::string::npos);
    }
}

} // namespace
} // namespace prep::station

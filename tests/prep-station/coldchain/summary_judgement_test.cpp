// SPDX-License-Identifier: GPL-3.0-or-later
// Summary loggers (Fridge-tag 2) judged at their worst, worked examples: a day's minutes above 8 C are charged to
// the room-temperature budget in full as if right after the preparation; a day below 2 C or frozen is out of range
// as for continuous readings; minutes the device did not count are the whole day; a sensor that could not measure
// is a hole. Azacitidine at 2-8 C: 30 min at room temperature allowed (AZA-SPC-4).
#include "prep-station/coldchain/summary_judgement.h"
#include "prep-station/data_files.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/file_output.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

using namespace prep::station;
using namespace std::chrono;

namespace {

const StabilityTable& table()
{
    static const StabilityTable t = *loadStabilityTable();
    return t;
}

const SitePolicy& policy()
{
    static const SitePolicy p = *loadSitePolicy(table());
    return p;
}

ExpiryDecision azacitidine(const std::string& preparedParis)
{
    ExpiryRequest r;
    r.drug = "azacitidine";
    r.preparedAt = *parseIso8601(preparedParis);
    r.storage = {"2-8C"};
    auto d = computeExpiry(r, table(), policy());
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
    return *d;
}

// A Fridge-tag 2 set like the ones hospitals receive for 2-8 C (alarms at +2.0 and +8.0 C), one day per entry:
// {date "2026-11-DD", min, max, minutes above 8, minutes below 2}.
struct Day
{
    int dayOfMonth;
    double minC, maxC;
    int above, below;
};

LoggerFile summaryLogger(const std::vector<Day>& days, double highAlarmC = 8.0, double lowAlarmC = 2.0)
{
    DailySummaryLog log;
    log.loggerId = "FT2-FICTIF";
    log.lowAlarm = AlarmLimit{lowAlarmC, minutes(60)};
    log.highAlarm = AlarmLimit{highAlarmC, minutes(600)};
    int line = 30;
    for (const Day& d : days) {
        DailySummary s;
        s.date = year_month_day(2026y / November / d.dayOfMonth);
        char date[16];
        std::snprintf(date, sizeof date, "2026-11-%02d", d.dayOfMonth);
        s.from = *parseIso8601(std::string(date) + "T00:00");
        s.to = s.from + hours(24);
        s.minC = d.minC;
        s.maxC = d.maxC;
        s.minutesAboveHighAlarm = minutes(d.above);
        s.minutesBelowLowAlarm = minutes(d.below);
        s.line = line += 15;
        log.days.push_back(s);
    }
    return LoggerFile{LoggerFormat::FridgeTag2, log.loggerId, log, std::nullopt};
}

Result<ColdChainVerdict> judge(const LoggerFile& file, const ExpiryDecision& d)
{
    return evaluateColdChain(file, d, d.storage, policy());
}

} // namespace

TEST(SummaryJudgement, QuietDaysKeepTheDoseValid)
{
    const ExpiryDecision d = azacitidine("2026-11-22T09:00");
    auto v = judge(summaryLogger({{22, 3.8, 6.1, 0, 0}, {23, 4.0, 5.9, 0, 0}}), d);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_TRUE(v->administrable) << v->reason;
    EXPECT_EQ(v->roomTemperatureUsed, minutes(0));
    EXPECT_NE(v->reason.find("daily summaries of fridge-tag-2 judged at their worst"), std::string::npos) << v->reason;
}

// 20 min above 8 C on the day of preparation, at an unknown hour: charged in full, though the excursion may have
// happened before the dose existed.
TEST(SummaryJudgement, ExcursionMinutesOnTheDayAreChargedInFull)
{
    const ExpiryDecision d = azacitidine("2026-11-22T16:00");
    auto v = judge(summaryLogger({{22, 3.8, 12.0, 20, 0}, {23, 4.0, 5.9, 0, 0}}), d);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_TRUE(v->administrable) << v->reason;
    EXPECT_EQ(v->roomTemperatureUsed, minutes(20));
    EXPECT_NE(v->reason.find("20 of the 30 min room-temperature budget used"), std::string::npos) << v->reason;
}

// 40 min above 8 C: over the 30 min budget; assumed right after the preparation, so invalid from its 30th minute.
TEST(SummaryJudgement, MoreThanTheBudgetStopsTheDoseFromThePreparationOn)
{
    const ExpiryDecision d = azacitidine("2026-11-22T16:00");
    auto v = judge(summaryLogger({{22, 3.8, 12.0, 40, 0}, {23, 4.0, 5.9, 0, 0}}), d);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_FALSE(v->administrable);
    EXPECT_NE(v->reason.find("room-temperature budget of 30 min"), std::string::npos) << v->reason;
    EXPECT_EQ(v->validUntil, d.preparedAt + minutes(30));
}

TEST(SummaryJudgement, DaysOverBeforeThePreparationDoNotCount)
{
    const ExpiryDecision d = azacitidine("2026-11-23T09:00");
    auto v = judge(summaryLogger({{22, 3.8, 25.0, 300, 0}, {23, 4.0, 5.9, 0, 0}}), d);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_TRUE(v->administrable) << v->reason;
}

// The high alarm at +10 C: a day at 9 C has no count against 8 C, so the whole day is assumed above 8 C.
TEST(SummaryJudgement, MinutesTheDeviceDidNotCountAreTheWholeDay)
{
    const ExpiryDecision d = azacitidine("2026-11-22T16:00");
    auto v = judge(summaryLogger({{22, 3.8, 9.0, 0, 0}, {23, 4.0, 5.9, 0, 0}}, 10.0), d);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_FALSE(v->administrable);
    EXPECT_NE(v->reason.find("room-temperature budget of 30 min"), std::string::npos) << v->reason;
}

TEST(SummaryJudgement, ADayBelowTwoOrFrozenIsOutOfRange)
{
    const ExpiryDecision d = azacitidine("2026-11-22T09:00");
    // The alarm at -0.5 C (as Fridge-tag 2 ship) counted nothing, but the day went down to 1.5 C.
    auto cold = judge(summaryLogger({{22, 4.0, 6.0, 0, 0}, {23, 1.5, 5.9, 0, 0}}, 8.0, -0.5), d);
    ASSERT_TRUE(cold.ok()) << cold.error().message;
    EXPECT_FALSE(cold->administrable);
    EXPECT_NE(cold->reason.find("below the 2-8C range"), std::string::npos) << cold->reason;
    auto frozen = judge(summaryLogger({{22, 4.0, 6.0, 0, 0}, {23, -1.0, 5.9, 0, 30}}), d);
    ASSERT_TRUE(frozen.ok()) << frozen.error().message;
    EXPECT_FALSE(frozen->administrable);
    EXPECT_NE(frozen->reason.find("found frozen"), std::string::npos) << frozen->reason;
}

TEST(SummaryJudgement, ASensorThatCouldNotMeasureIsAHole)
{
    const ExpiryDecision d = azacitidine("2026-11-22T09:00");
    LoggerFile file = summaryLogger({{22, 4.0, 6.0, 0, 0}, {23, 4.0, 5.9, 0, 0}});
    std::get<DailySummaryLog>(file.history).days[1].sensorTimeout = minutes(45);
    auto v = judge(file, d);
    ASSERT_FALSE(v.ok());
    EXPECT_NE(v.error().message.find("(line 60): the sensor could not measure for 45 min"), std::string::npos)
        << v.error().message;
    std::get<DailySummaryLog>(file.history).days[1].sensorTimeout = minutes(0);
    std::get<DailySummaryLog>(file.history).days[1].measured = false; // "Min T: ---"
    auto unmeasured = judge(file, d);
    ASSERT_FALSE(unmeasured.ok());
    EXPECT_NE(unmeasured.error().message.find("(line 60): no minimum or maximum recorded"), std::string::npos)
        << unmeasured.error().message;
}

// The real 130400191544 report: a dose prepared on 18 April 2023 at 10:00. That day the logger saw 2 min above
// 8 C (charged first: within budget) and a minimum of 1.9 C it never counted (its low alarm is at -0.5 C): at
// worst right after those 2 min, so the dose is quarantined from 10:02.
TEST(SummaryJudgement, RealFridgeTag2Report)
{
    auto content = readWholeFile(prep::test::sourcePath("tests/data/loggers/fridgetag2_130400191544_202304201514.txt"));
    ASSERT_TRUE(content.ok());
    auto file = parseLoggerFile(*content);
    ASSERT_TRUE(file.ok()) << file.error().message;
    const ExpiryDecision d = azacitidine("2023-04-18T10:00");
    auto v = judge(*file, d);
    ASSERT_TRUE(v.ok()) << v.error().message;
    EXPECT_FALSE(v->administrable);
    EXPECT_NE(v->reason.find("1.9 °C on 18/04/2023 10:02, below the 2-8C range"), std::string::npos) << v->reason;
    EXPECT_EQ(v->roomTemperatureUsed, minutes(2));
}

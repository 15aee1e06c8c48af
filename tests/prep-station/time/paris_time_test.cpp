// SPDX-License-Identifier: GPL-3.0-or-later
// UTC storage, Europe/Paris display: both DST changes, the gap and the doubled hour, and round trips.
#include "prep-station/time/clock.h"
#include "prep-station/time/paris_time.h"

#include <gtest/gtest.h>

using namespace prep::station;
using namespace std::chrono;

namespace {

UtcTime utc(int y, unsigned mo, unsigned d, int h, int mi, int s = 0)
{
    return UtcTime(sys_days(year_month_day(year(y), month(mo), day(d))) + hours(h) + minutes(mi) + seconds(s));
}

UtcTime parsed(const std::string& text)
{
    auto r = parseIso8601(text);
    EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : UtcTime{};
}

} // namespace

TEST(ParisTime, FormatsUtcWithMillisecondsOnlyWhenPresent)
{
    EXPECT_EQ(formatUtcIso(utc(2026, 11, 22, 19, 30)), "2026-11-22T19:30:00Z");
    EXPECT_EQ(formatUtcIso(utc(2026, 11, 22, 19, 30) + milliseconds(250)), "2026-11-22T19:30:00.250Z");
}

TEST(ParisTime, WinterIsPlusOneSummerIsPlusTwo)
{
    EXPECT_EQ(formatParisIso(utc(2026, 11, 22, 19, 30)), "2026-11-22T20:30:00+01:00");
    EXPECT_EQ(formatParisIso(utc(2026, 6, 13, 12, 0)), "2026-06-13T14:00:00+02:00");
    EXPECT_EQ(formatParisDisplay(utc(2026, 11, 22, 19, 30)), "22/11/2026 20:30");
    EXPECT_EQ(formatParisDisplay(utc(2026, 6, 13, 12, 0, 59)), "13/06/2026 14:00");
}

TEST(ParisTime, Gs1ExpiryDateTimeIsLocal)
{
    EXPECT_EQ(formatParisAi7003(utc(2026, 6, 14, 13, 30)), "2606141530"); // reference.md 4.5 example
    EXPECT_EQ(formatParisAi7003(utc(2026, 12, 31, 23, 30, 59)), "2701010030");
}

TEST(ParisTime, OctoberChangeAtOneUtc)
{
    // 25 October 2026: clocks go back from 03:00 CEST to 02:00 CET at 01:00 UTC.
    EXPECT_EQ(formatParisIso(utc(2026, 10, 25, 0, 59)), "2026-10-25T02:59:00+02:00");
    EXPECT_EQ(formatParisIso(utc(2026, 10, 25, 1, 0)), "2026-10-25T02:00:00+01:00");
}

TEST(ParisTime, MarchChangeAtOneUtc)
{
    // 29 March 2026: clocks go forward from 02:00 CET to 03:00 CEST at 01:00 UTC.
    EXPECT_EQ(formatParisIso(utc(2026, 3, 29, 0, 59)), "2026-03-29T01:59:00+01:00");
    EXPECT_EQ(formatParisIso(utc(2026, 3, 29, 1, 0)), "2026-03-29T03:00:00+02:00");
}

TEST(ParisTime, ParsesUtcOffsetsAndLocalTime)
{
    EXPECT_EQ(parsed("2026-11-22T19:30:00Z"), utc(2026, 11, 22, 19, 30));
    EXPECT_EQ(parsed("2026-11-22T20:30:00+01:00"), utc(2026, 11, 22, 19, 30));
    EXPECT_EQ(parsed("2026-11-22T20:30+0100"), utc(2026, 11, 22, 19, 30));
    EXPECT_EQ(parsed("2026-11-22T14:30:00-05:00"), utc(2026, 11, 22, 19, 30));
    EXPECT_EQ(parsed("2026-11-22 20:30"), utc(2026, 11, 22, 19, 30)); // Paris winter
    EXPECT_EQ(parsed("2026-06-13T14:00"), utc(2026, 6, 13, 12, 0));   // Paris summer
    EXPECT_EQ(parsed("2026-11-22T19:30:00.25Z"), utc(2026, 11, 22, 19, 30) + milliseconds(250));
}

TEST(ParisTime, RefusesTheSpringGap)
{
    auto r = parseIso8601("2026-03-29T02:30");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("does not exist"), std::string::npos) << r.error().message;
    EXPECT_EQ(parsed("2026-03-29T02:30+01:00"), utc(2026, 3, 29, 1, 30)); // with an offset it is an instant
}

TEST(ParisTime, RefusesTheAmbiguousAutumnHourUnlessAnOffsetSaysWhich)
{
    auto r = parseIso8601("2026-10-25T02:30");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("twice"), std::string::npos) << r.error().message;
    EXPECT_EQ(parsed("2026-10-25T02:30+02:00"), utc(2026, 10, 25, 0, 30));
    EXPECT_EQ(parsed("2026-10-25T02:30+01:00"), utc(2026, 10, 25, 1, 30));
    // Either side of the doubled hour is unambiguous.
    EXPECT_EQ(parsed("2026-10-25T01:59"), utc(2026, 10, 24, 23, 59));
    EXPECT_EQ(parsed("2026-10-25T03:00"), utc(2026, 10, 25, 2, 0));
}

TEST(ParisTime, RefusesMalformedTextNamingWhatIsWrong)
{
    for (const char* bad : {"", "garbage", "2026-02-30T10:00Z", "2026-11-22T25:00Z", "2026-11-22T10:61Z", "2026-11-22",
                            "2026-11-22T10:00Zjunk", "2026-11-22T10:00+1", "2026-11-22T10:00:00.Z", "2026-13-01T10:00Z",
                            "26-11-22T10:00Z"}) {
        auto r = parseIso8601(bad);
        EXPECT_FALSE(r.ok()) << bad;
        if (!r.ok()) {
            EXPECT_NE(r.error().message.find("date-time"), std::string::npos);
        }
    }
}

TEST(ParisTime, ZoneDatabaseAgreesWithTheEuRule)
{
    // Every 30 minutes over the change days, and daily otherwise, 2000-2037.
    for (int y = 2000; y <= 2037; ++y) {
        for (UtcTime t = utc(y, 1, 1, 0, 0); t < utc(y + 1, 1, 1, 0, 0); t += hours(24))
            ASSERT_EQ(parisOffset(t), parisOffsetByEuRule(t)) << formatUtcIso(t);
        for (unsigned m : {3u, 10u}) {
            const UtcTime lastSunday =
                UtcTime(sys_days(year_month_weekday_last(year(y), month(m), weekday_last(Sunday))));
            for (UtcTime t = lastSunday - hours(6); t < lastSunday + hours(6); t += minutes(30))
                ASSERT_EQ(parisOffset(t), parisOffsetByEuRule(t)) << formatUtcIso(t);
        }
    }
}

TEST(ParisTime, RoundTripsThroughBothFormats)
{
    // Property: parse(format(t)) == t for instants spread over years, including both change nights.
    for (UtcTime t = utc(2025, 1, 1, 0, 0); t < utc(2028, 1, 1, 0, 0); t += minutes(6 * 60 + 7)) {
        ASSERT_EQ(parsed(formatUtcIso(t)), t);
        ASSERT_EQ(parsed(formatParisIso(t)), t);
    }
    for (UtcTime t = utc(2026, 10, 24, 22, 0); t < utc(2026, 10, 25, 4, 0); t += minutes(1))
        ASSERT_EQ(parsed(formatParisIso(t)), t) << formatParisIso(t);
}

TEST(Clock, FixedClockMovesOnlyWhenTold)
{
    FixedClock clock(utc(2026, 11, 22, 19, 30));
    EXPECT_EQ(clock.now(), utc(2026, 11, 22, 19, 30));
    clock.advance(minutes(90));
    EXPECT_EQ(clock.now(), utc(2026, 11, 22, 21, 0));
    clock.set(utc(2026, 1, 1, 0, 0));
    EXPECT_EQ(clock.now(), utc(2026, 1, 1, 0, 0));
    const Clock& asInterface = clock;
    EXPECT_EQ(asInterface.now(), utc(2026, 1, 1, 0, 0));
    SystemClock system;
    EXPECT_GT(system.now(), utc(2020, 1, 1, 0, 0));
}

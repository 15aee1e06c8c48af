// SPDX-License-Identifier: GPL-3.0-or-later
// Logger files: the documented format, and every kind of bad file refused with its line.
#include "prep-station/coldchain/temperature_log.h"
#include "prep-station/time/paris_time.h"

#include <gtest/gtest.h>

using namespace prep::station;

namespace {

void expectRefused(const std::string& content, const std::string& line, const std::string& why)
{
    auto r = parseLoggerCsv(content);
    ASSERT_FALSE(r.ok()) << content;
    EXPECT_NE(r.error().message.find(line), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find(why), std::string::npos) << r.error().message;
}

const std::string kHead = "logger_id,LOG-0193\ntimestamp,temperature_C\n";

} // namespace

TEST(LoggerCsv, ReadsTheDocumentedFormat)
{
    const std::string file = "\xEF\xBB\xBF# exported by the cooler's logger\r\n"
                             "logger_id,LOG-0193\r\n"
                             "timestamp,temperature_C\r\n"
                             "2026-11-22T19:30:00Z,5.1\r\n"
                             "\r\n"
                             "2026-11-22T20:35:00+01:00,5.3\r\n"
                             "2026-11-22T19:40:00Z,-0.5\r\n";
    auto log = parseLoggerCsv(file);
    ASSERT_TRUE(log.ok()) << log.error().message;
    EXPECT_EQ(log->loggerId, "LOG-0193");
    ASSERT_EQ(log->readings.size(), 3u);
    EXPECT_EQ(formatUtcIso(log->readings[1].at), "2026-11-22T19:35:00Z");
    EXPECT_DOUBLE_EQ(log->readings[2].celsius, -0.5);
}

TEST(LoggerCsv, RefusesGapsDuplicatesDisorderAndGarbageNamingTheLine)
{
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T20:05:00Z,5\n", "line 4", "gap of 35 min after line 3");
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T19:30:00Z,5\n", "line 4", "duplicate timestamp");
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T19:25:00Z,5\n", "line 4", "earlier than line 3");
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\nhello world\n", "line 4", "two comma-separated fields");
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T19:35:00Z,five\n", "line 4", "not a number");
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T19:35:00Z,5,6\n", "line 4", "two comma-separated");
    expectRefused(kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T19:35:00Z,nan\n", "line 4", "not a number");
    expectRefused(kHead + "2026-11-22T19:30:00Z,120\n", "line 3", "recorder range");
    expectRefused(kHead + "2026-11-22T19:30:00,5\n", "line 3", "no UTC offset");
    expectRefused(kHead + "2026-02-30T19:30:00Z,5\n", "line 3", "no such calendar date");
    expectRefused("logger_id,L\ntimestamp,temperature_F\n2026-11-22T19:30:00Z,41\n", "line 2", "degrees Celsius");
    expectRefused("logger_id,L\ntimestamp,temperature_K\n", "line 2", "degrees Celsius");
    expectRefused("logger_id,L\ntimestamp,temp\n", "line 2", "unknown column");
    expectRefused("timestamp,temperature_C\n2026-11-22T19:30:00Z,5\n", "line 1", "logger_id");
    expectRefused(kHead, "logger file", "no readings");
    expectRefused("", "logger file", "no readings");
}

TEST(LoggerCsv, GapLimitIsConfigurable)
{
    const std::string file = kHead + "2026-11-22T19:30:00Z,5\n2026-11-22T20:05:00Z,5\n";
    EXPECT_TRUE(parseLoggerCsv(file, LoggerCsvOptions{std::chrono::minutes(60)}).ok());
    EXPECT_FALSE(parseLoggerCsv(file, LoggerCsvOptions{std::chrono::minutes(30)}).ok());
}

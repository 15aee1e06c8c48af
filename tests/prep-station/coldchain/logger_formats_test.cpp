// SPDX-License-Identifier: GPL-3.0-or-later
// Logger files as hospitals have them: real Fridge-tag 2 / 2 L reports read and compared with what the device
// itself reported (tests/data/loggers/README.md), LogTag CSV exports in °C and °F, format detection, and bad files
// refused naming the line.
#include "prep-station/coldchain/logger_file.h"
#include "prep-station/time/paris_time.h"
#include "prep-station/workflow/file_output.h"
#include "tests/support/temp_dir.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace prep::station;
using namespace std::chrono;

namespace {

std::string data(const std::string& name)
{
    auto content = readWholeFile(prep::test::sourcePath("tests/data/loggers/" + name));
    EXPECT_TRUE(content.ok()) << name;
    return content.ok() ? *content : std::string();
}

const std::string kFridgeTag2 = "fridgetag2_130400191544_202304201514.txt";
const std::string kFridgeTag2RoomTemperature = "fridgetag2_130400191542_202302140605.txt";
const std::string kFridgeTag2L = "fridgetag2l_130500109088_202206081014.txt";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

void expectRefused(const std::string& content, const std::string& where, const std::string& why)
{
    auto r = parseLoggerFile(content);
    ASSERT_FALSE(r.ok()) << content.substr(0, 200);
    EXPECT_NE(r.error().message.find(where), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find(why), std::string::npos) << r.error().message;
}

const DailySummary& dayOf(const DailySummaryLog& log, const std::string& date)
{
    for (const auto& d : log.days) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.date.year()), unsigned(d.date.month()),
                      unsigned(d.date.day()));
        if (buf == date)
            return d;
    }
    ADD_FAILURE() << "no day " << date;
    static const DailySummary none{};
    return none;
}

} // namespace

TEST(LoggerFormats, DetectsEachFormatFromTheContent)
{
    EXPECT_EQ(*detectLoggerFormat(data(kFridgeTag2)), LoggerFormat::FridgeTag2);
    EXPECT_EQ(*detectLoggerFormat(data(kFridgeTag2L)), LoggerFormat::FridgeTag2L);
    EXPECT_EQ(*detectLoggerFormat(data("logtag_celsius.csv")), LoggerFormat::LogTagCsv);
    EXPECT_EQ(*detectLoggerFormat("logger_id,LOG-1\ntimestamp,temperature_C\n"), LoggerFormat::GenericCsv);
    auto unknown = detectLoggerFormat("Time,Temp\n2026-11-22 10:00,5\n");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("unknown temperature-logger format: line 1 \"Time,Temp\""),
              std::string::npos)
        << unknown.error().message;
    EXPECT_EQ(loggerFormatName(LoggerFormat::FridgeTag2L), "fridge-tag-2l");
}

// 130400191544: a Fridge-tag 2 (alarms -0.5 C / +8.0 C) over four days; every figure below is the device's own.
TEST(LoggerFormats, FridgeTag2ReadsEachDayAsTheDeviceReportedIt)
{
    auto file = parseLoggerFile(data(kFridgeTag2));
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->format, LoggerFormat::FridgeTag2);
    EXPECT_EQ(file->serial, "130400191544");
    const auto* log = std::get_if<DailySummaryLog>(&file->history);
    ASSERT_NE(log, nullptr) << "a Fridge-tag 2 is a summary logger";
    ASSERT_TRUE(log->lowAlarm && log->highAlarm);
    EXPECT_DOUBLE_EQ(log->lowAlarm->celsius, -0.5);
    EXPECT_EQ(log->lowAlarm->delay, minutes(60));
    EXPECT_DOUBLE_EQ(log->highAlarm->celsius, 8.0);
    EXPECT_EQ(log->highAlarm->delay, minutes(600));
    ASSERT_EQ(log->days.size(), 4u);
    const DailySummary& first = dayOf(*log, "2023-04-17");
    EXPECT_DOUBLE_EQ(first.minC, 2.3);
    EXPECT_DOUBLE_EQ(first.maxC, 20.8);
    EXPECT_EQ(first.minutesAboveHighAlarm, minutes(8));
    EXPECT_EQ(first.sensorTimeout, minutes(178));                       // the external probe, which this logger uses
    EXPECT_EQ(formatParisIso(first.from), "2023-04-17T16:43:00+02:00"); // activation
    EXPECT_EQ(dayOf(*log, "2023-04-18").minutesAboveHighAlarm, minutes(2));
    EXPECT_DOUBLE_EQ(dayOf(*log, "2023-04-18").maxC, 8.5);
    EXPECT_DOUBLE_EQ(dayOf(*log, "2023-04-19").minC, 1.5);
    EXPECT_EQ(formatParisIso(log->days.back().to), "2023-04-20T15:14:00+02:00"); // report creation
    EXPECT_EQ(log->days[0].date, year_month_day(2023y / April / 17)); // oldest first, though listed newest first

    const LoggerFigures f = loggerFigures(*file);
    EXPECT_EQ(f.readings, 4u);
    EXPECT_DOUBLE_EQ(f.minC, 1.5);
    EXPECT_DOUBLE_EQ(f.maxC, 20.8);
    EXPECT_EQ(f.minutesAbove8C, minutes(10)); // 8 + 2, the device's counts against its +8.0 C alarm
    // The device counted below -0.5 C, not 2 C, and one day went to 1.5 C: how long is unknown, not zero.
    EXPECT_FALSE(f.minutesBelow2C.has_value());
}

TEST(LoggerFormats, FridgeTag2SixtyDaysMatchTheDevicesTotals)
{
    auto file = parseLoggerFile(data(kFridgeTag2RoomTemperature));
    ASSERT_TRUE(file.ok()) << file.error().message;
    const LoggerFigures f = loggerFigures(*file);
    EXPECT_EQ(f.readings, 60u);
    EXPECT_DOUBLE_EQ(f.minC, 14.7);
    EXPECT_DOUBLE_EQ(f.maxC, 19.5);
    EXPECT_EQ(f.minutesAbove8C, minutes(85326)); // the sum of its 60 "t Acc" for alarm 1
    EXPECT_EQ(f.minutesBelow2C, minutes(0));     // never below 2 C, so known to be none
}

// 130500109088: a Fridge-tag 2 L, a reading every 5 minutes for 37 days beside its own daily report.
TEST(LoggerFormats, FridgeTag2LReadingsAgreeWithTheDevicesDailyReport)
{
    auto file = parseLoggerFile(data(kFridgeTag2L));
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->format, LoggerFormat::FridgeTag2L);
    EXPECT_EQ(file->serial, "130500109088");
    const auto* log = std::get_if<TemperatureLog>(&file->history);
    ASSERT_NE(log, nullptr) << "a 2 L is judged on its readings";
    // 10653 rows; the first, stamped at activation (04:44) and followed by nearly six hours without a reading, is
    // not part of the history.
    ASSERT_EQ(log->readings.size(), 10652u);
    EXPECT_EQ(formatParisIso(log->readings.front().at), "2022-05-02T10:36:00+02:00");
    EXPECT_DOUBLE_EQ(log->readings.front().celsius, 27.5);
    ASSERT_TRUE(file->deviceSummary);
    const DailySummaryLog& device = *file->deviceSummary;
    ASSERT_EQ(device.days.size(), 38u);
    EXPECT_DOUBLE_EQ(device.lowAlarm->celsius, 2.0);
    minutes deviceAbove{0}, deviceBelow{0};
    for (const auto& d : device.days) {
        deviceAbove += d.minutesAboveHighAlarm;
        deviceBelow += d.minutesBelowLowAlarm;
    }
    EXPECT_EQ(deviceAbove, minutes(16150));
    EXPECT_EQ(deviceBelow, minutes(13830));
    EXPECT_EQ(dayOf(device, "2022-06-07").minutesAboveHighAlarm, minutes(312));
    EXPECT_DOUBLE_EQ(dayOf(device, "2022-06-07").maxC, 30.3);

    // Ours, from readings 5 minutes apart, against the device's per-minute counts: within a few intervals.
    const LoggerFigures f = loggerFigures(*file);
    ASSERT_TRUE(f.minutesAbove8C && f.minutesBelow2C);
    EXPECT_NEAR(f.minutesAbove8C->count(), deviceAbove.count(), 30);
    EXPECT_NEAR(f.minutesBelow2C->count(), deviceBelow.count(), 30);
    // Each day's readings lie within the extremes the device saw that day (it samples more often).
    for (const auto& d : device.days) {
        double lo = 1e9, hi = -1e9;
        for (const auto& r : log->readings)
            if (r.at >= d.from && r.at < d.to) {
                lo = std::min(lo, r.celsius);
                hi = std::max(hi, r.celsius);
            }
        if (hi < lo)
            continue; // the activation day's only row was the dropped one
        EXPECT_GE(lo, d.minC - 1e-9) << "line " << d.line;
        EXPECT_LE(hi, d.maxC + 1e-9) << "line " << d.line;
    }
}

TEST(LoggerFormats, FridgeTagBadReportsAreRefusedNamingTheLine)
{
    const std::string good = data(kFridgeTag2);
    // 2023-04-19 (lines 51-65) removed: the history jumps from the 18th to the 20th.
    {
        const size_t from = good.find(" 2:\r\n  Date: 2023-04-19");
        const size_t to = good.find(" 3:\r\n  Date: 2023-04-18");
        ASSERT_TRUE(from != std::string::npos && to != std::string::npos);
        expectRefused(std::string(good).erase(from, to - from), "line 34", "no history for 2023-04-19");
    }
    expectRefused(replaced(good, "Min T: +1.5", "Min T: warm"), "line 53", "Min T \"warm\" is not a temperature");
    expectRefused(replaced(good, "Date: 2023-04-19", "Date: 2023-04-31"), "line 52", "not a date");
    expectRefused(replaced(good, "Date: 2023-04-19", "Date: 2023-04-18"), "appears twice", "2023-04-18");
    expectRefused(replaced(good, "Temp unit: C", "Temp unit: K"), "line 17", "neither C nor F");
    expectRefused(replaced(good, "Device: Q-tag Fridge-tag 2", "Device: Q-tag CLm doc LR"), "line 1",
                  "not a Fridge-tag 2");
    expectRefused(replaced(good, " Serial: 130400191544\r\n", ""), "Conf: Serial", "missing");
    expectRefused(replaced(good, "    t Acc: 2\r\n", "    t Acc: 2000\r\n"), "line 75", "more than a day");
    expectRefused(replaced(good, "  Max T: +7.1", "  Max T +7.1"), "line 54", "expected \"key: value\"");
    expectRefused(good.substr(0, good.find("Hist:")), "Hist", "missing");

    const std::string twoL = data(kFridgeTag2L);
    expectRefused(replaced(twoL, "\t2022-05-02 11:21\t6.3", "\t2022-05-02 11:21\tsix"), "line 542",
                  "reading \"six\" is not a temperature");
    expectRefused(replaced(twoL, "\t2022-05-02 11:21\t6.3", "\t2022-05-02 11:11\t6.3"), "line 542",
                  "earlier than line 541");
    expectRefused(replaced(twoL, "\t2022-05-02 11:21\t6.3", "\t2022-05-02 12:21\t6.3"), "line 542",
                  "gap of 65 min after line 541");
}

// A day the device could not measure is printed "---": read as such, and its minutes are unknown, not zero.
TEST(LoggerFormats, FridgeTagDayWithoutMeasurementIsKeptAsUnknown)
{
    std::string f = data(kFridgeTag2);
    f = replaced(f, "Min T: +1.5, TS Min T: 18:44", "Min T: ---, TS Min T: ---");
    f = replaced(f, "Max T: +7.1, TS Max T: 17:38", "Max T: ---, TS Max T: ---");
    auto file = parseLoggerFile(f);
    ASSERT_TRUE(file.ok()) << file.error().message;
    const auto& log = std::get<DailySummaryLog>(file->history);
    EXPECT_FALSE(dayOf(log, "2023-04-19").measured);
    EXPECT_TRUE(dayOf(log, "2023-04-18").measured);
    const LoggerFigures figures = loggerFigures(*file);
    EXPECT_DOUBLE_EQ(figures.minC, 1.9); // the measured days only
    EXPECT_FALSE(figures.minutesAbove8C.has_value());
    EXPECT_FALSE(figures.minutesBelow2C.has_value());
}

TEST(LoggerFormats, FridgeTagInFahrenheitIsConverted)
{
    std::string f = data(kFridgeTag2);
    f = replaced(f, "Temp unit: C", "Temp unit: F");
    f = replaced(f, "T AL: -0.5", "T AL: +31.1");
    f = replaced(f, "T AL: +8.0", "T AL: +46.4");
    f = replaced(f, "Max T: +20.8", "Max T: +69.4"); // 20.78 C
    auto file = parseLoggerFile(f);
    ASSERT_TRUE(file.ok()) << file.error().message;
    const auto& log = std::get<DailySummaryLog>(file->history);
    EXPECT_NEAR(log.highAlarm->celsius, 8.0, 1e-9);
    EXPECT_NEAR(dayOf(log, "2023-04-17").maxC, 20.78, 0.01);
    // The +46.4 F alarm is the 8 C one, so its counts are minutes above 8 C; the other days' maxima, now read as
    // degrees F (8.5 F is -13 C), never reached it: only the 17th's 8 min remain.
    EXPECT_EQ(loggerFigures(*file).minutesAbove8C, minutes(8));
}

TEST(LoggerFormats, LogTagCsvInCelsiusAndFahrenheitReadTheSame)
{
    for (const char* name : {"logtag_celsius.csv", "logtag_fahrenheit.csv"}) {
        auto file = parseLoggerFile(data(name));
        ASSERT_TRUE(file.ok()) << name << ": " << file.error().message;
        EXPECT_EQ(file->format, LoggerFormat::LogTagCsv);
        EXPECT_EQ(file->serial, "1006000042");
        const LoggerFigures f = loggerFigures(*file);
        EXPECT_EQ(f.readings, 13u) << name;
        EXPECT_EQ(formatUtcIso(f.first), "2026-11-22T18:30:00Z") << name; // 19:30 in Paris, winter time
        EXPECT_EQ(formatUtcIso(f.last), "2026-11-22T19:30:00Z") << name;
        EXPECT_NEAR(f.minC, 1.8, 0.03) << name;
        EXPECT_NEAR(f.maxC, 10.2, 0.03) << name;
        EXPECT_EQ(f.minutesAbove8C, minutes(10)) << name; // 9.5 and 10.2, five minutes each
        EXPECT_EQ(f.minutesBelow2C, minutes(5)) << name;
    }
}

TEST(LoggerFormats, LogTagTimesAmPmAndTheAutumnHourTwice)
{
    const std::string head = "Serial #,1006000042\r\nReading,Date,Time,Temperature (°C)\r\n";
    auto pm = parseLoggerFile(head + "1,2026-11-22,7:30:00 PM,5\r\n2,2026-11-22,7:35:00 PM,5\r\n");
    ASSERT_TRUE(pm.ok()) << pm.error().message;
    EXPECT_EQ(formatUtcIso(loggerFigures(*pm).first), "2026-11-22T18:30:00Z");
    // 25 October 2026: the clocks go back at 03:00 to 02:00; the readings' order tells the two 02:30 apart.
    auto autumn = parseLoggerFile(head + "1,2026-10-25,02:00:00,5\r\n2,2026-10-25,02:30:00,5\r\n"
                                         "3,2026-10-25,02:00:00,5\r\n4,2026-10-25,02:30:00,5\r\n");
    ASSERT_TRUE(autumn.ok()) << autumn.error().message;
    const auto& r = std::get<TemperatureLog>(autumn->history).readings;
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(formatUtcIso(r[0].at), "2026-10-25T00:00:00Z");
    EXPECT_EQ(formatUtcIso(r[3].at), "2026-10-25T01:30:00Z");
}

// Exported on Windows: the degree sign in Windows-1252, a quoted description holding a comma.
TEST(LoggerFormats, LogTagWindowsExportWithQuotedCells)
{
    auto file =
        parseLoggerFile("\"Serial #\",\"1006000042\"\r\n\"Description\",\"Cooler 12, ward B (FICTIF)\"\r\n"
                        "\"Reading\",\"Date\",\"Time\",\"Temperature (\xB0"
                        "F)\"\r\n"
                        "\"1\",\"2026-11-22\",\"19:30:00\",\"41.0\"\r\n\"2\",\"2026-11-22\",\"19:35:00\",\"46.4\"\r\n");
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->serial, "1006000042");
    const LoggerFigures f = loggerFigures(*file);
    EXPECT_NEAR(f.minC, 5.0, 1e-9);
    EXPECT_NEAR(f.maxC, 8.0, 1e-9);
}

TEST(LoggerFormats, LogTagBadExportsAreRefusedNamingTheLine)
{
    const std::string head = "Serial #,1006000042\r\nReading,Date,Time,Temperature (°C)\r\n";
    expectRefused(head + "1,22/11/2026,19:30:00,5\r\n", "line 3", "ambiguous");
    expectRefused(head + "1,2026-11-22,19:30:00,5\r\n2,2026-11-22,19:35:00\r\n", "line 4",
                  "3 cells where the header has 4");
    expectRefused(head + "1,2026-11-22,19:30:00,5\r\n2,2026-11-22,20:35:00,5\r\n", "line 4", "gap of 65 min");
    expectRefused(head + "1,2026-11-22,25:30:00,5\r\n", "line 3", "not a time");
    expectRefused(head + "1,2026-11-22,19:30:00,cold\r\n", "line 3", "not a number");
    expectRefused(head + "1,2026-03-29,02:30:00,5\r\n", "line 3", "does not exist");
    expectRefused("Serial #,1\r\nReading,Date,Time,Temperature\r\n", "line 2", "does not say its unit");
    expectRefused("LogTag export\r\nReading,Date,Time,Temperature (°C)\r\n", "line 2", "Serial #");
    expectRefused(head + "1,2026-11-22,19:30:00,5\r\n", "LogTag CSV", "fewer than two readings");
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Any temperature-logger export the station accepts, its format detected from the content (never the file name):
//   - our generic CSV (temperature_log.h): continuous readings with UTC offsets;
//   - Berlinger Fridge-tag 2 (and 2 E) USB text report: a summary logger, one entry per day with the minimum,
//     maximum and the minutes accumulated beyond each alarm limit, but not when within the day (fridge_tag.h);
//   - Berlinger Fridge-tag 2 L: the same daily summary plus a reading every few minutes (its "Data:" section);
//   - LogTag Analyzer CSV export: continuous readings, degrees C or F (logtag_csv.h).
// A history is either continuous readings or daily summaries, and the verdict judges each its own way
// (cold_chain.h). Bad input is refused naming the line and what was wrong; an unknown format is refused.
#pragma once

#include "prep-station/coldchain/temperature_log.h"
#include "prep-station/error.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace prep::station {

enum class LoggerFormat { GenericCsv, FridgeTag2, FridgeTag2L, LogTagCsv };

// "generic-csv", "fridge-tag-2", "fridge-tag-2l", "logtag-csv": what prepctl prints and the record keeps.
std::string loggerFormatName(LoggerFormat format);

// An alarm limit as the device was configured: the minutes beyond it are what the device counts each day.
struct AlarmLimit
{
    double celsius = 0;
    std::chrono::minutes delay{0}; // accumulated time before the device raises the alarm
};

// One day of a summary logger, in the device's local calendar (read as Europe/Paris wall-clock time).
struct DailySummary
{
    std::chrono::year_month_day date;
    UtcTime from, to; // the part of the day the logger covered (activation and report creation clip the ends)
    double minC = 0, maxC = 0;
    // False when the device printed "---" for the minimum or maximum (it could not measure): a hole, whatever
    // minC and maxC say.
    bool measured = true;
    std::chrono::minutes minutesAboveHighAlarm{0}, minutesBelowLowAlarm{0}; // the device's own counts ("t Acc")
    std::chrono::minutes sensorTimeout{0}; // minutes the device could not measure (probe disconnected)
    int line = 0;                          // where the day starts in the file, for messages
};

struct DailySummaryLog
{
    std::string loggerId;
    std::optional<AlarmLimit> lowAlarm, highAlarm;
    std::vector<DailySummary> days; // oldest first, one per calendar day, none missing
};

struct LoggerFile
{
    LoggerFormat format = LoggerFormat::GenericCsv;
    std::string serial;
    std::variant<TemperatureLog, DailySummaryLog> history;
    // The per-day report a Fridge-tag 2 L prints beside its readings: kept to compare with what we compute.
    std::optional<DailySummaryLog> deviceSummary;
};

// What a file says, in the figures prepctl logger read prints. Minutes above 8 / below 2 C are unknown (nullopt)
// for a summary day that went past the limit when the device counted against another limit (a Fridge-tag 2
// configured at -0.5 C cannot say how long it spent below 2 C).
struct LoggerFigures
{
    size_t readings = 0; // readings, or days for a summary logger
    UtcTime first{}, last{};
    double minC = 0, maxC = 0;
    std::optional<std::chrono::minutes> minutesAbove8C, minutesBelow2C;
};

Result<LoggerFormat> detectLoggerFormat(std::string_view content);
Result<LoggerFile> parseLoggerFile(std::string_view content, const LoggerCsvOptions& options = {});
LoggerFigures loggerFigures(const LoggerFile& file);

// A logger's wall-clock time without offset ("2022-05-02 10:36"), read as Europe/Paris local time. The autumn
// hour that happens twice is told apart by order (the earlier instant unless it would not follow `previous`);
// a time in the spring-forward gap is refused.
Result<UtcTime> parseLoggerLocalTime(std::string_view text, std::optional<UtcTime> previous);

// Degrees Fahrenheit to Celsius (LogTag and Fridge-tag files may be in either).
double fahrenheitToCelsius(double f);

// The minutes of a summary day beyond `limitC` that the device's counts prove, or nullopt when they cannot (the
// day went past the limit, but the device counted against another one). Above when `above`, else below.
std::optional<std::chrono::minutes> provenMinutesBeyond(const DailySummaryLog& log, const DailySummary& day,
                                                        double limitC, bool above);

} // namespace prep::station

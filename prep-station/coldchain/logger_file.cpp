// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/coldchain/logger_file.h"

#include "prep-station/coldchain/fridge_tag.h"
#include "prep-station/coldchain/logtag_csv.h"
#include "prep-station/time/paris_time.h"

#include <algorithm>
#include <cmath>

namespace prep::station {

using namespace std::chrono;

namespace {

// The first line that is neither blank nor a '#' comment (our CSV allows both before its first record).
std::string_view firstLine(std::string_view content)
{
    size_t pos = 0;
    while (pos < content.size()) {
        size_t end = content.find('\n', pos);
        if (end == std::string_view::npos)
            end = content.size();
        std::string_view line = content.substr(pos, end - pos);
        pos = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (!line.empty() && line.front() != '#')
            return line;
    }
    return {};
}

bool looksLikeLogTag(std::string_view content)
{
    // The recorder's serial line comes within the description block that opens every export.
    const std::string_view head = content.substr(0, 4096);
    return head.find("Serial #") != std::string_view::npos || head.find("LogTag") != std::string_view::npos;
}

} // namespace

std::string loggerFormatName(LoggerFormat format)
{
    switch (format) {
    case LoggerFormat::GenericCsv:
        return "generic-csv";
    case LoggerFormat::FridgeTag2:
        return "fridge-tag-2";
    case LoggerFormat::FridgeTag2L:
        return "fridge-tag-2l";
    case LoggerFormat::LogTagCsv:
        return "logtag-csv";
    }
    return "unknown";
}

Result<LoggerFormat> detectLoggerFormat(std::string_view content)
{
    if (content.substr(0, 3) == "\xEF\xBB\xBF")
        content.remove_prefix(3);
    const std::string_view first = firstLine(content);
    if (first.substr(0, 8) == "Device: ")
        return first.find("Fridge-tag 2 L") != std::string_view::npos ||
                       first.find("Fridge-tag 2L") != std::string_view::npos
                   ? LoggerFormat::FridgeTag2L
                   : LoggerFormat::FridgeTag2;
    if (first.substr(0, 10) == "logger_id,")
        return LoggerFormat::GenericCsv;
    if (looksLikeLogTag(content))
        return LoggerFormat::LogTagCsv;
    std::string shown(first.substr(0, 60));
    for (char& c : shown)
        if (static_cast<unsigned char>(c) < 0x20)
            c = '?';
    return makeError(Error::Kind::Invalid,
                     "unknown temperature-logger format: line 1 \"" + shown +
                         "\" is neither a Fridge-tag 2 / 2 L report (\"Device: ...\"), a LogTag CSV export "
                         "(\"Serial #,...\") nor our CSV (\"logger_id,...\")");
}

Result<LoggerFile> parseLoggerFile(std::string_view content, const LoggerCsvOptions& options)
{
    auto format = detectLoggerFormat(content);
    if (!format)
        return format.error();
    switch (*format) {
    case LoggerFormat::FridgeTag2:
    case LoggerFormat::FridgeTag2L:
        return parseFridgeTag(content, options);
    case LoggerFormat::LogTagCsv:
        return parseLogTagCsv(content, options);
    case LoggerFormat::GenericCsv:
        break;
    }
    auto log = parseLoggerCsv(content, options);
    if (!log)
        return log.error();
    LoggerFile file;
    file.format = LoggerFormat::GenericCsv;
    file.serial = log->loggerId;
    file.history = std::move(*log);
    return file;
}

double fahrenheitToCelsius(double f)
{
    return (f - 32.0) * 5.0 / 9.0;
}

Result<UtcTime> parseLoggerLocalTime(std::string_view text, std::optional<UtcTime> previous)
{
    auto at = parseIso8601(text);
    if (at)
        return at;
    // Refused as ambiguous or nonexistent: if both offsets give a valid Paris time, it is the autumn hour that
    // happens twice, and a logger's readings, always in time order, say which one.
    const std::string local(text);
    auto summer = parseIso8601(local + "+02:00");
    auto winter = parseIso8601(local + "+01:00");
    if (!summer || !winter || parisOffset(*summer) != hours(2) || parisOffset(*winter) != hours(1))
        return at.error();
    if (!previous || *summer > *previous)
        return *summer;
    return *winter;
}

std::optional<minutes> provenMinutesBeyond(const DailySummaryLog& log, const DailySummary& day, double limitC,
                                           bool above)
{
    if (!day.measured)
        return std::nullopt;
    if (above ? day.maxC <= limitC : day.minC >= limitC)
        return minutes(0); // the day never went there
    const std::optional<AlarmLimit>& alarm = above ? log.highAlarm : log.lowAlarm;
    // The device counts minutes beyond its own limit; they are the minutes beyond ours only when the two agree.
    if (alarm && std::abs(alarm->celsius - limitC) < 1e-9)
        return above ? day.minutesAboveHighAlarm : day.minutesBelowLowAlarm;
    return std::nullopt;
}

LoggerFigures loggerFigures(const LoggerFile& file)
{
    LoggerFigures f;
    if (const auto* log = std::get_if<TemperatureLog>(&file.history)) {
        f.readings = log->readings.size();
        if (log->readings.empty())
            return f;
        f.first = log->readings.front().at;
        f.last = log->readings.back().at;
        f.minC = f.maxC = log->readings.front().celsius;
        milliseconds above{0}, below{0};
        for (size_t i = 0; i < log->readings.size(); ++i) {
            const double c = log->readings[i].celsius;
            f.minC = std::min(f.minC, c);
            f.maxC = std::max(f.maxC, c);
            // Each reading stands for the interval up to the next one (as the verdict counts it).
            if (i + 1 < log->readings.size()) {
                const auto dt = duration_cast<milliseconds>(log->readings[i + 1].at - log->readings[i].at);
                above += c > 8.0 ? dt : milliseconds(0);
                below += c < 2.0 ? dt : milliseconds(0);
            }
        }
        f.minutesAbove8C = duration_cast<minutes>(above);
        f.minutesBelow2C = duration_cast<minutes>(below);
        return f;
    }
    const auto& summary = std::get<DailySummaryLog>(file.history);
    f.readings = summary.days.size();
    if (summary.days.empty())
        return f;
    f.first = summary.days.front().from;
    f.last = summary.days.back().to;
    f.minutesAbove8C = f.minutesBelow2C = minutes(0);
    bool anyMeasured = false;
    for (const auto& day : summary.days) {
        if (day.measured) {
            f.minC = anyMeasured ? std::min(f.minC, day.minC) : day.minC;
            f.maxC = anyMeasured ? std::max(f.maxC, day.maxC) : day.maxC;
            anyMeasured = true;
        }
        const auto above = provenMinutesBeyond(summary, day, 8.0, true);
        const auto below = provenMinutesBeyond(summary, day, 2.0, false);
        f.minutesAbove8C = above && f.minutesAbove8C ? std::optional(*f.minutesAbove8C + *above) : std::nullopt;
        f.minutesBelow2C = below && f.minutesBelow2C ? std::optional(*f.minutesBelow2C + *below) : std::nullopt;
    }
    return f;
}

} // namespace prep::station
